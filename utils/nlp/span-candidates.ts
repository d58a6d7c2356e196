// Name candidates from the tagger's spans: trimmed of ordinary words in headlines and of what no name ends on, split at
// titles and at words that join two names, a maker's name cut from its product's.
import {
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  COMPANY_CUE_BEFORE,
  COMPANY_SUFFIXES,
  isBusinessWord,
  KNOWN_COMPANY_NAMES,
  ORGANIZATION_NAME_WORDS,
  PLACES,
} from './gazetteer.ts';
import { isAnyGivenName, isFrequentWord, isListedPlace, type LearnedLexicon } from './lexicon.ts';
import { DESCRIPTION_HEADS, POST_NOMINALS, ROLE_HEADS } from './roles.ts';
import { findNames, type NameSpan } from './ner.ts';
import { endsLikePlace } from './speech-person.ts';
import { CONTRACTION, isPossessive, type Token, type TokenizedText } from './tokenize.ts';
import { isOneWordSentence, isOfferCodeAt } from './cluster-kind.ts';
import type { NameMention } from './types.ts';
import {
  isGivenNameAndSurname,
  isGivenNameAndWordSurname,
  isGivenNameBeforeSurname,
  isTitleBeforeName,
  joinAndedBusinessNames,
  joinBusinessNameRuns,
  joinOutletsAfterListenerVerbs,
  joinPossessiveShopNames,
  withoutAnswerLabels,
  joinParticleNames,
  FOREIGN_NAME_CONJUNCTIONS,
  isFamilyNameBeforeGivenName,
  mendCutNames,
  mendPersonNames,
  PARTY_AND_STATE,
  untaggedPersonNames,
} from './name-spans.ts';
import {
  ADVERB,
  allCapitalised,
  BASED_IN,
  CONNECTIVE_ADVERBS,
  SENTENCE_OPENING_WORDS,
  HAS_LETTER,
  PLURAL_ACRONYM,
  isBodyOrBusinessWord,
  isCapitalised,
  isKnownCompanyName,
  isLegalFormOnly,
  isKnownName,
  isSentenceFirstWord,
  lowerOf,
  NAME_BREAKS,
  NAME_ENDING_SUFFIXES,
  NAME_JOINERS,
  NAME_PARTICLES,
  occursElsewhere,
  onlyFrequentWords,
  PERSON_SPLIT_WORDS,
  PHRASE_OPENERS,
  PLACE_PREPOSITIONS,
  possessiveLength,
  QUOTE_OR_BRACKET,
  REGIONS,
  ROLE_WORDS,
  SPLIT_WORDS,
  surfaceOf,
  titleStartBefore,
} from './name-words.ts';
import { isModelNameAfterMaker, makerBeforeProduct } from './products.ts';
import { HAS_DIGIT, LOWER_CASE_START, LOWER_CASE_WORD, TITLE_CASE_START, TITLE_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';
import { LOWER_CASE_LEGAL_FORMS, type NameContext } from './name-context.ts';

/** Last words of the names of committees, which may name two things joined by "and" ("House Energy and Commerce Committee"). */
const COMMITTEE_WORDS = new Set(['Committee', 'Subcommittee', 'Commission', 'Council', 'Board']);

/** Words that name a site's sections ("Arts", "Entertainment", "Politics", "Home", "Garden"). */
const SECTION_WORDS = new Set(
  'arts|entertainment|politics|government|sports|sport|health|fitness|food|drink|drinks|travel|business|finance|money|science|technology|tech|lifestyle|culture|opinion|news|weather|home|garden|style|fashion|beauty|music|movies|film|tv|books|education|world|local|national|economy|markets|media|religion|faith|family|parenting|relationships|wellness|autos|cars|jobs|careers|games|gaming|crime|justice|law|environment|climate|energy|history|society|life|living|leisure|events|people|nature|outdoors|pets|recipes|cooking|dining|design|photography|video|podcasts|opinions|analysis'.split('|'),
);

/** Whether tokens `first` to `end` are a site's sections joined by an ampersand ("Arts & Entertainment", "Food, Drink & Travel"). */
function isSectionHeading(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first < 3 || tokens[end - 2]!.text !== '&') return false;
  for (let index = first; index < end; index++) {
    const text = tokens[index]!.text;
    if (text !== '&' && text !== ',' && !(SECTION_WORDS.has(tokens[index]!.lower) && TITLE_CASE_WORD.test(text))) return false;
  }
  return true;
}

/** A day of a month, in figures: "3", "10th". */
const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)?$/;

/** A capitalised word for a work done on a text or a picture, as a credit line writes it before "by" ("Editing", "Reporting"). */
const CREDIT_WORD = /^\p{Lu}\p{Ll}+ing$/u;

/** Prepositions no name holds, whatever follows them (a body's name may hold "in", "at", "on" or "to"). */
const NEVER_IN_NAMES = new Set(['from', 'with', 'by']);

/** Heads of a government's body named after its portfolios ("Department for Culture, Media and Sport"). */
const PORTFOLIO_BODIES = new Set(['Department', 'Ministry', 'Office', 'Secretariat']);

/**
 * The end of a list of portfolios from token `first`, capitalised words joined by commas and a last "and" in one
 * sentence ("Science, Innovation and Technology"), or -1 when none (at least one comma: "Health and Human Services" is
 * joined elsewhere).
 */
function portfolioListEnd(tokens: readonly Token[], first: number): number {
  const sentence = tokens[first]!.sentence;
  let at = first;
  let commas = 0;
  for (;;) {
    const start = at;
    at = portfolioEnd(tokens, at, sentence);
    if (at === start) return -1;
    const joiner = tokens[at]?.sentence === sentence ? tokens[at]!.text : '';
    if (joiner === ',') {
      commas++;
      at++;
      if (tokens[at]?.text === 'and') at++;
      else continue;
    } else if (joiner === 'and') at++;
    else return -1;
    // The last portfolio, after "and".
    const last = at;
    at = portfolioEnd(tokens, at, sentence);
    return at > last && commas > 0 ? at : -1;
  }
}

/** Where one portfolio's name from token `first` ends: up to three title-case words in sentence `sentence` ("Human Services"). */
function portfolioEnd(tokens: readonly Token[], first: number, sentence: number): number {
  let at = first;
  while (at < tokens.length && at - first < 3 && tokens[at]!.sentence === sentence && TITLE_CASE_START.test(tokens[at]!.text)) at++;
  return at;
}

/** Titles of the clergy and honorifics written before a name, which the tagger may read as a word of it. */
const TITLES_READ_AS_NAMES = new Set(['Pastor', 'Reverend', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Father', 'Cardinal', 'Sheikh', 'Madam', 'Madame', 'Mister']);

/** Whether the word at `index` stands between a title's capitalised first word and its capitalised head ("Chief Customer Officer"). */
function isInsideTitle(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (!before || !after || before.sentence !== tokens[index]!.sentence || after.sentence !== before.sentence) return false;
  return TITLE_CASE_START.test(before.text) && ROLE_WORDS.has(before.lower) && TITLE_CASE_START.test(after.text) && ROLE_HEADS.has(after.lower);
}

/**
 * Whether two names joined at `joiner` inside the name `first`..`end` end a list after a comma ("Persimmon plc, Taylor
 * Wimpey and Barratt Redrow"): a name or a legal form before the comma, and capitalised words only, none a body's.
 */
function endsListOfNames(tokens: readonly Token[], first: number, joiner: number, end: number): boolean {
  const before = tokens[first - 2];
  if (tokens[first - 1]?.text !== ',' || !before || before.sentence !== tokens[first]!.sentence || !(isCapitalised(before.text) || LOWER_CASE_LEGAL_FORMS.test(before.text))) return false;
  for (let index = first; index < end; index++) if (index !== joiner && (!isCapitalised(tokens[index]!.text) || ORGANIZATION_NAME_WORDS.has(tokens[index]!.lower))) return false;
  return true;
}

/**
 * The candidates of one text as its spans are read: where a name of a known company's product starts and ends ("Azure"
 * of "Microsoft Azure"), and the short names of businesses written with a possessive inside ("Moody's").
 */
interface SpanCandidates {
  readonly context: NameContext;
  readonly candidates: NameMention[];
  readonly productEnds: Map<number, number>;
  readonly possessiveNames: ReadonlySet<string>;
}

/** "General Motors", "United Airlines": what would remain without the first word names no one. */
function onlyBusinessWords(tokens: readonly Token[], first: number, end: number): boolean {
  if (end <= first) return false;
  for (let index = first; index < end; index++) if (!isBusinessWord(lowerOf(tokens[index]))) return false;
  return true;
}

/** "UX Designer", "Visual Designer": a capitalised word narrowing a title the tagger left out of the span. */
function qualifiedBefore(tokens: readonly Token[], first: number): boolean {
  return first > 0 && tokens[first - 1]!.sentence === tokens[first]!.sentence && UPPER_CASE_START.test(tokens[first - 1]!.text) && !isSentenceFirstWord(tokens, first - 1);
}

/** "Delta Crest" beside "Delta Crest Petroleum": the text writes the name with a business word after it somewhere. */
function namesBusinessElsewhere(tokenized: TokenizedText, first: number, end: number): boolean {
  const { tokens } = tokenized;
  const surface = tokenized.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
  for (let at = tokenized.text.indexOf(surface); at >= 0; at = tokenized.text.indexOf(surface, at + 1)) {
    const next = /^ (\S+)/.exec(tokenized.text.slice(at + surface.length, at + surface.length + 40));
    if (next && UPPER_CASE_START.test(next[1]!) && isBusinessWord(next[1]!.toLowerCase().replace(/[.,;:]$/, ''))) return true;
  }
  return false;
}

/**
 * Whether the apostrophe at `index` closes a nickname that opened after the span's first word ("Thomas ‘Tip’ O’Neill").
 */
function closesNickname(tokens: readonly Token[], first: number, index: number): boolean {
  if (tokens[index]!.text !== '’' && tokens[index]!.text !== "'") return false;
  for (let at = index - 1; at > first; at--) if (tokens[at]!.text === '‘' || tokens[at]!.text === "'") return true;
  return false;
}

/** Adds tokens `first` to `end` as a candidate read by the tagger as `kind`, trimmed and split as no name is written. */
function addCandidate(spans: SpanCandidates, first: number, end: number, kind: NameSpan['kind'] | null): void {
  const { tokenized, tokens, lexicon, inTitle, capitalsSentences } = spans.context;
  const { candidates, productEnds, possessiveNames } = spans;
  const isSentenceStart = (index: number): boolean => isSentenceFirstWord(tokens, index);
  // Nothing left after a split at a span's last token ("… Cloud (").
  if (end <= first) return;
  // "Arts & Entertainment", "Politics & Government": a site's sections joined by an ampersand, no firm's name.
  if (isSectionHeading(tokens, first, end)) return;
  const known = isKnownName(surfaceOf(tokens, first, end), lexicon);
  if (inTitle(first) && !capitalsSentences.has(tokens[first]!.sentence) && !known) {
    // In a title-case headline every word is capitalised: ordinary words split a span into its names.
    // The tagger learned headlines in capitals ("NEW YORK") from examples and needs no help there.
    for (let index = first; index < end; index++) {
      if (lexicon.commonWords.has(lowerOf(tokens[index]))) {
        if (index > first) addCandidate(spans, first, index, kind);
        first = index + 1;
      }
    }
  }
  // Names end on a capitalised word, a digit or a closing mark, never on "and" or a verb the tagger ran into ("NAPM rose"),
  // nor on a possessive, unless the text names a business with it ("Moody's" after "Moody's Investors Service").
  while (
    end > first &&
    ((!HAS_LETTER.test(tokens[end - 1]!.text) && !HAS_DIGIT.test(tokens[end - 1]!.text)) ||
      LOWER_CASE_START.test(tokens[end - 1]!.text) ||
      (isPossessive(tokens[end - 1]!.text) && !(end - first > 1 && possessiveNames.has(surfaceOf(tokens, first, end)))))
  )
    end--;
  // "Freshly Promo Code": a code for a discount is no part of the name before it.
  if (end - first > 2 && isOfferCodeAt(tokens, end - 2)) end -= 2;
  // "Kremlin Press" + "Secretary", "Texas Agriculture" + "Commissioner": the words that narrow a title written after
  // a name are the title's, not the name's.
  if (end - first > 1 && end < tokens.length && isCapitalised(tokens[end]!.text) && (ROLE_WORDS.has(lowerOf(tokens[end])) || ROLE_HEADS.has(lowerOf(tokens[end])))) end = Math.max(first + 1, titleStartBefore(tokens, first, end));
  const possessive = end > first && end < tokens.length ? possessiveLength(tokens, end) : 0;
  if (possessive > 0 && possessiveNames.has(surfaceOf(tokens, first, end + possessive))) end += possessive;
  while (first < end && !isCapitalised(tokens[first]!.text) && !HAS_DIGIT.test(tokens[first]!.text)) first++;
  // "Pastor Darrell Scott", "Rabbi Sharon Brous", "Madam Siti Aminah Osman": a clergy title or an honorific the tagger
  // read as a word of the person's name is none (not in a name in quotation marks, a rose's or a work's: "'Madame Julia Correvon'").
  if (kind === 'PER' && end - first >= 3 && TITLES_READ_AS_NAMES.has(tokens[first]!.text) && !QUOTE_OR_BRACKET.test(tokens[first - 1]?.text ?? '')) first++;
  // "Mercer Island-based Dana F. Besecker Company": where a business is based is not part of its name.
  for (let index = first; index < end - 1; index++) if (BASED_IN.test(tokens[index]!.text)) first = index + 1;
  // "Jason Chaffetz, R-Utah", "(D-Ga.)": a lawmaker's party and state are no name.
  // ("State Sen. Mark Delaney, R-Council Bluffs, noted": a home town of two words after the party's letter.)
  if (first < end && PARTY_AND_STATE.test(tokens[first]!.text) && (end - first === 1 || (end - first <= 3 && /^[,(]$/.test(tokens[first - 1]?.text ?? '')))) return;
  // A sentence's first word is capitalised whatever it is: an ordinary word there is not a name ("Although").
  // A listed name keeps its first word ("New York", "Federal Reserve").
  // Unless the text writes the whole name mid-sentence too ("... shoppers at Whole Foods"): then it is the name's own word.
  // A name holding or ending in a legal form keeps its first word too ("National Grid plc"): asked only of a
  // sentence's common first word, about the span as it stands here.
  const spanFirst = first;
  const legalFormAt = (index: number): boolean =>
    COMPANY_SUFFIXES.has(lowerOf(tokens[index])) && tokens[index]!.sentence === tokens[spanFirst]!.sentence && (isCapitalised(tokens[index]!.text) || LOWER_CASE_LEGAL_FORMS.test(tokens[index]!.text));
  let legalForm: boolean | undefined;
  const holdsLegalForm = (): boolean => {
    if (legalForm === undefined) {
      let opener = false;
      for (let index = spanFirst; index < end; index++) if (PHRASE_OPENERS.has(tokens[index]!.text)) opener = true;
      let inside = false;
      for (let index = spanFirst + 1; index < end - 1; index++) if (legalFormAt(index)) inside = true;
      legalForm = !opener && end - spanFirst >= 2 && (inside || legalFormAt(end - 1) || (end < tokens.length && legalFormAt(end)));
    }
    return legalForm;
  };
  while (
    !known &&
    first < end &&
    isSentenceStart(first) &&
    // ("Meanwhile Rihanna": an adverb opening the sentence, which news seldom writes in lower case, is no name's word either.)
    (lexicon.commonWords.has(lowerOf(tokens[first])) || CONNECTIVE_ADVERBS.has(tokens[first]!.text) || SENTENCE_OPENING_WORDS.has(tokens[first]!.text)) &&
    // ("Grant Young, a strategist, said": a given name before a surname that is also a word, never written in lower case here;
    // "Ban Ki-moon, the secretary general": a family name that is a word before a hyphenated given name.)
    !(
      kind === 'PER' &&
      first === spanFirst &&
      (isGivenNameBeforeSurname(tokens, first, end, lexicon) ||
        (end - first === 2 && isGivenNameAndWordSurname(tokenized, first, lexicon) && !endsLikePlace(surfaceOf(tokens, first, end))) ||
        (end - first === 2 && isFamilyNameBeforeGivenName(tokenized, first, lexicon)))
    ) &&
    // (A plural of businesses opening the sentence is no name's word, legal form or not: "Rivals Salzgitter AG and …".)
    (!holdsLegalForm() || (COMPANY_CUE_BEFORE.has(tokens[first]!.lower) && tokens[first]!.lower.endsWith('s'))) &&
    !onlyBusinessWords(tokens, first + 1, end) &&
    !(end - first > 1 && occursElsewhere(tokenized.text, tokenized.text.slice(tokens[first]!.start, tokens[end - 1]!.end), tokens[first]!.start, tokens[end - 1]!.end, true))
  )
    first++;
  // "My advice: Choose Thinkific.": after a colon too, a sentence's opening verb is no name's word.
  if (end - first > 1 && tokens[first - 1]?.text === ':' && SENTENCE_OPENING_WORDS.has(tokens[first]!.text)) first++;
  // "Start My LLC", "Your Business": a possessive or demonstrative opens a phrase, not a name.
  while (first < end && PHRASE_OPENERS.has(tokens[first]!.text)) first++;
  // What the sentence-start rule left may open with a lower-case word ("Best for Creative Brands").
  while (first < end && !isCapitalised(tokens[first]!.text) && !HAS_DIGIT.test(tokens[first]!.text)) first++;
  if (end <= first) return;
  // "$500": figures alone are no name.
  let lettered = false;
  for (let index = first; index < end && !lettered; index++) lettered = HAS_LETTER.test(tokens[index]!.text);
  if (!lettered) return;
  // "LONDON, March 3 (Reuters)", "until December 10th", "on 3 December": a month beside a day is a date.
  if (end - first === 1 && CALENDAR_WORDS.has(lowerOf(tokens[first])) && (DAY_OF_MONTH.test(tokens[end]?.text ?? '') || DAY_OF_MONTH.test(tokens[first - 1]?.text ?? ''))) return;
  // A legal form alone ("Co.", "S.A.B. de C.V."), an ordinary word in capitals ("TV", "CPU", "8 AM") or the plural of one ("APIs", "GPUs") is not a name.
  if (isLegalFormOnly(tokens, first, end) || (end - first === 1 && (COMMON_ACRONYMS.has(tokens[first]!.text) || PLURAL_ACRONYM.test(tokens[first]!.text)))) return;
  // Letters after a person's name are no part of it ("Declan Furlong SC", "Jane Roe QC").
  if (kind === 'PER' && end - first >= 3 && POST_NOMINALS.test(tokens[end - 1]!.text)) end--;
  // Where something is based is no name ("Singapore-based").
  if (end - first === 1 && BASED_IN.test(tokens[first]!.text)) return;
  // "Chief Customer Officer Harriet Olufemi-Grant": a word alone between a title's first word and its head is the title's
  // (not a given name: "Lt. Gov. Patty Judge").
  if (end - first === 1 && isInsideTitle(tokens, first) && !isAnyGivenName(tokens[first]!.text, lexicon)) return;
  // "Reporting by Jane Doe; Editing by Martin Greaves": a credit's word before "by" is no name.
  if (end - first === 1 && tokens[end]?.text === 'by' && CREDIT_WORD.test(tokens[first]!.text) && isFrequentWord(tokens[first]!.lower, lexicon)) return;
  // Contractions ("We’ll", "They’re") are never names.
  if (end - first === 1 && CONTRACTION.test(tokens[first]!.text)) return;
  // A sentence's first word alone is no name when it is an adverb ("Relentlessly upbeat, ...") or all of its sentence ("Harsh? He ...").
  if (end - first === 1 && isSentenceStart(first) && (ADVERB.test(tokens[first]!.text) || isOneWordSentence(tokens, first))) return;
  // A product named after its maker ("Disney+") is neither the maker nor a company.
  if (tokens[end - 1]!.text.endsWith('+')) return;
  // "Boeing 737 MAX", "Airbus A350 XWB": a name after a known company's name and a model's figure is the model's.
  if (isModelNameAfterMaker(tokens, first, end, lexicon)) return;
  // A name ending in a legal form is a company whatever the tagger thought ("Nissan Motor Co").
  if (end - first > 1 && COMPANY_SUFFIXES.has(lowerOf(tokens[end - 1])) && UPPER_CASE_START.test(tokens[end - 1]!.text)) kind = 'ORG';
  // "Microsoft Azure", "AMD Ryzen 5", "Apple Watch Ultra": a known company's name before the name of one of its
  // products names the company, and the rest a product.
  const maker = known ? 0 : makerBeforeProduct(tokens, first, end, kind, lexicon);
  if (maker > 0 && !namesBusinessElsewhere(tokenized, first, end)) {
    candidates.push({ first, end: first + maker, modelKind: 'ORG', cluster: -1 });
    candidates.push({ first: first + maker, end, modelKind: 'MISC', cluster: -1 });
    productEnds.set(first + maker, end);
    return;
  }
  candidates.push({ first, end, modelKind: kind, cluster: -1 });
}

/**
 * "Facebook and Cambridge Analytica" is two names when the text also writes either on its own, or either is a known company;
 * "Procter and Gamble", "Department of Health and Human Services" are one.
 */
function joinsTwoNames(context: NameContext, joiner: number, first: number, end: number): boolean {
  const { tokenized, tokens, lexicon } = context;
  if (joiner === first || joiner + 1 >= end || !isCapitalised(tokens[joiner + 1]!.text)) return false;
  const spanStart = tokens[first]!.start;
  const spanEnd = tokens[end - 1]!.end;
  const left = tokenized.text.slice(spanStart, tokens[joiner - 1]!.end);
  const right = tokenized.text.slice(tokens[joiner + 1]!.start, spanEnd);
  // Ordinary words and a legal form after the joiner are no business's whole name ("Adani Ports and Special Economic Zone
  // Ltd", "Canada Mortgage and Housing Corp."; not a group's or a holding's, "… and International Resource Holdings", nor
  // after a known company, "Google and Meta Platforms Inc.").
  if (
    end - joiner > 2 &&
    OWN_NAME_LEGAL_FORMS.has(tokens[end - 1]!.lower) &&
    onlyFrequentWords(tokens, joiner + 1, end - 1, lexicon) &&
    !isKnownCompanyName(left, lexicon) &&
    !isKnownCompanyName(surfaceOf(tokens, joiner + 1, end - 1), lexicon)
  )
    return false;
  return (
    // "PT GoTo Gojek Tokopedia Tbk and Grab Holdings Ltd": a legal form ends the name before the joiner.
    (joiner - first >= 2 && COMPANY_SUFFIXES.has(tokens[joiner - 1]!.lower) && isCapitalised(tokens[joiner - 1]!.text)) ||
    isKnownCompanyName(left, lexicon) ||
    isKnownCompanyName(right, lexicon) ||
    // "Walmart Canada and Costco Wholesale": each side opens with a known company's name.
    (isKnownCompanyName(tokens[first]!.text, lexicon) && isKnownCompanyName(tokens[joiner + 1]!.text, lexicon)) ||
    occursElsewhere(tokenized.text, left, spanStart, spanEnd, false) ||
    occursElsewhere(tokenized.text, right, spanStart, spanEnd, false) ||
    twoBusinessNames(tokens, first, joiner, end) ||
    // "Persimmon plc, Taylor Wimpey and Barratt Redrow": the last two names of a list after a comma.
    endsListOfNames(tokens, first, joiner, end) ||
    // "Hang Seng Bank and Bank of East Asia", "Fudan University and University of Tokyo": a name's head ends the one
    // before the joiner and opens the one after it.
    (joiner - first >= 2 && tokens[joiner - 1]!.text === tokens[joiner + 1]!.text && tokens[joiner + 2]?.text === 'of' && joiner + 3 < end)
  );
}

/** Legal forms that end a business's registered name, not the words of a group's or a holding's ("Holdings", "Group"). */
const OWN_NAME_LEGAL_FORMS = new Set(['ltd', 'ltd.', 'limited', 'plc', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'llc', 'sa', 's.a.', 'ag', 'nv', 'n.v.', 'gmbh', 'spa', 's.p.a.']);

/**
 * "Noble Energy and Delta Air Lines": two names of two words or more (legal forms aside), one of them ending in a
 * business word, no body's word in either ("Department of Health and Human Services", "Pacific Gas and Electric Co" stay one).
 */
function twoBusinessNames(tokens: readonly Token[], first: number, joiner: number, end: number): boolean {
  let rightEnd = end;
  while (rightEnd > joiner + 1 && COMPANY_SUFFIXES.has(lowerOf(tokens[rightEnd - 1]))) rightEnd--;
  if (joiner - first < 2 || rightEnd - joiner - 1 < 2) return false;
  // (An owner's possessive may stand in either: "Kettle & Crumb Bakery and Hank's Hardware".)
  for (let index = first; index < end; index++) if (ORGANIZATION_NAME_WORDS.has(lowerOf(tokens[index])) || (index !== joiner && !isCapitalised(tokens[index]!.text) && !NAME_JOINERS.has(tokens[index]!.text) && !(index > first && isPossessive(tokens[index]!.text)))) return false;
  return isBusinessWord(lowerOf(tokens[joiner - 1])) || isBusinessWord(lowerOf(tokens[end - 1]));
}

/** The tagger's name spans, mended by the rules of name-spans.ts. */
function mendedSpans(tokenized: TokenizedText, lexicon: LearnedLexicon): readonly NameSpan[] {
  return joinParticleNames(tokenized, untaggedPersonNames(tokenized, mendPersonNames(tokenized, mendCutNames(tokenized, joinAndedBusinessNames(tokenized, joinBusinessNameRuns(tokenized, joinPossessiveShopNames(tokenized, joinOutletsAfterListenerVerbs(tokenized, withoutAnswerLabels(tokenized, findNames(tokenized))), lexicon), lexicon), lexicon), lexicon), lexicon), lexicon), lexicon);
}

/**
 * Names of businesses the tagger read whole with a possessive inside ("Moody's Investors Service"): their first words
 * and the possessive ("Moody's") are the business's short name. Not an owner known by itself and its body ("MIT's Lorenz Center").
 */
function possessiveNamesOf({ tokens, lexicon }: NameContext, names: readonly NameSpan[]): Set<string> {
  const possessiveNames = new Set<string>();
  for (const span of names) {
    if (span.kind !== 'ORG') continue;
    for (let index = span.first + 1; index + 1 < span.end; index++) {
      // (Written apart as in CoNLL's text, "Boatmen 's" is two tokens, "'" and "s".)
      const length = possessiveLength(tokens, index);
      if (length === 0 || !isCapitalised(tokens[index + length]?.text ?? '') || index + length >= span.end || isKnownName(surfaceOf(tokens, span.first, index), lexicon)) continue;
      let bodyWord = false;
      for (let after = index + length; after < span.end; after++) if (ORGANIZATION_NAME_WORDS.has(lowerOf(tokens[after]))) bodyWord = true;
      if (!bodyWord) possessiveNames.add(surfaceOf(tokens, span.first, index + length));
    }
  }
  return possessiveNames;
}

/**
 * "Minister of" + "Finance Semere Tadesse": ordinary words (a portfolio), then two name words no list knows and no
 * dictionary holds, which only a person's name is.
 */
function portfolioBeforeName(tokens: readonly Token[], lexicon: LearnedLexicon, first: number, end: number): boolean {
  for (let index = first; index < end - 2; index++) if (!isFrequentWord(tokens[index]!.lower, lexicon)) return false;
  for (let index = end - 2; index < end; index++) {
    const token = tokens[index]!;
    if (!TITLE_CASE_WORD.test(token.text) || isFrequentWord(token.lower, lexicon) || isBodyOrBusinessWord(token.lower) || isListedPlace(token.text, lexicon)) return false;
  }
  return true;
}

/** Adds the candidates of one of the tagger's spans, split where it holds more than one name. */
function addSpanCandidates(spans: SpanCandidates, span: NameSpan): void {
  const { context } = spans;
  const { tokens, lexicon } = context;
  let first = span.first;
  let kind: NameSpan['kind'] | null = span.kind;
  // "Secretary of" + "State John Kerry", "Speaker of the" + "House Lena Brandt", "Minister for" + "Foreign Affairs Vivian
  // Balakrishnan": the words the tagger read before a given name and a surname, right after a title and "of" or "for"
  // (or "of the"), end the title (the text may name the State Department elsewhere, which makes the tagger read a body).
  const of = tokens[span.first - 1]?.text === 'the' ? span.first - 2 : span.first - 1;
  if (
    span.end - span.first >= 3 &&
    (tokens[of]?.text === 'of' || tokens[of]?.text === 'for') &&
    UPPER_CASE_START.test(tokens[of - 1]?.text ?? '') &&
    isTitleBeforeName(tokens[of - 1]!.text) &&
    (isGivenNameAndSurname(tokens, span.end - 2, lexicon) || portfolioBeforeName(tokens, lexicon, span.first, span.end))
  ) {
    first = span.end - 2;
    kind = 'PER';
  }
  for (let index = first; index < span.end; index++) {
    const text = tokens[index]!.text;
    const lower = tokens[index]!.lower;
    // A person's name holds particles ("de", "van") but no preposition: "Cameron Easley for Morning
    // Consult" and "Elijah Cummings of Maryland" are a person and the body or place they belong to.
    const endsPerson: boolean = kind === 'PER' && index > first && PERSON_SPLIT_WORDS.has(text);
    // "Examples include Mint", "Mitt Romney staffer Katie Packer": a lower-case word no name holds ends the name
    // the tagger ran on; after a word for what people are, a person's follows.
    // (A foreign "and" inside a business's registered name is no stray word: "Elektronik Hizmetler ve Ticaret AŞ".)
    const strayWord =
      LOWER_CASE_WORD.test(text) &&
      !SPLIT_WORDS.has(text) &&
      !NAME_PARTICLES.has(text) &&
      !PLACE_PREPOSITIONS.has(text) &&
      !ROLE_WORDS.has(text) &&
      !ROLE_HEADS.has(text) &&
      !(FOREIGN_NAME_CONJUNCTIONS.has(text) && index > first && COMPANY_SUFFIXES.has(tokens[span.end - 1]!.lower) && isCapitalised(tokens[index + 1]?.text ?? ''));
    if (
      endsPerson ||
      // "in", "at", "on" split only before a known city or country: "Organisation for Security and
      // Cooperation in Europe" is one name, "the Ministry of Finance in Paris" is two. ("from", "with" and "by" join
      // no name's words: "a Social Media Marketing Certification from Noble Desktop".)
      (SPLIT_WORDS.has(text) && (!PLACE_PREPOSITIONS.has(text) || NEVER_IN_NAMES.has(text) || (PLACES.has(tokens[index + 1]?.text ?? '') && !REGIONS.has(tokens[index + 1]!.text)))) ||
      // "Creative Cloud (Audition": nor does a name hold a bracket or a question mark.
      NAME_BREAKS.test(text) ||
      strayWord ||
      ((text === 'and' || text === 'or') && joinsTwoNames(context, index, first, span.end))
    ) {
      addCandidate(spans, first, index, kind);
      first = index + 1;
      // "Jon Tester and David Vitter": two people.
      kind = (endsPerson && text === 'and') || (strayWord && DESCRIPTION_HEADS.has(text)) ? 'PER' : null;
    } else if (kind !== 'ORG' && index > first && index + 1 < span.end && isPossessive(text) && !KNOWN_COMPANY_NAMES.has(tokens[index - 1]!.text + text) && !closesNickname(tokens, first, index)) {
      // "Mistral’s Devstral": an owner and what it owns, two names. ("McDonald's" is one, and a span the tagger read as one organisation stays whole: "Moody’s Investors Service";
      // so is a person's name with a nickname in single marks: "Thomas ‘Tip’ O’Neill".)
      addCandidate(spans, first, index, null);
      first = index + 1;
    } else if (NAME_ENDING_SUFFIXES.has(lower) && index > first && index + 1 < span.end && !COMPANY_SUFFIXES.has(lowerOf(tokens[index + 1]))) {
      // "Business Insider Inc Nintendo": a legal form ends its name; what follows is another one.
      addCandidate(spans, first, index + 1, kind);
      first = index + 1;
    } else if (
      (ROLE_WORDS.has(lower) && (text === text.toUpperCase() || UPPER_CASE_START.test(text))) ||
      (index > first && ROLE_HEADS.has(lower) && LOWER_CASE_START.test(text)) ||
      (index + 3 === span.end && isTitleBeforeName(text) && isGivenNameAndSurname(tokens, index + 1, lexicon))
    ) {
      // A title inside a span ("Verizon CEO Hans Vestberg", "Obé Fitness co-founder Ashley Millers", "Washington Managing
      // Editor Bill Sammon"): what precedes it owns the title, what follows is a person; words that only narrow the title
      // own nothing ("Trade Representative", "White House Press Secretary").
      const titleStart = titleStartBefore(tokens, first, index);
      if (titleStart > first) addCandidate(spans, first, titleStart, kind === 'PER' ? 'ORG' : kind);
      first = index + 1;
      kind = 'PER';
    } else if (
      (kind === 'PER' || (kind === 'ORG' && (index === first + 1 || qualifiedBefore(tokens, first)) && index + 3 === span.end && !isBodyOrBusinessWord(lowerOf(tokens[index + 1])) && !isBodyOrBusinessWord(lowerOf(tokens[index + 2])))) &&
      ROLE_HEADS.has(lower) &&
      TITLE_CASE_START.test(text) &&
      index + 2 < span.end &&
      allCapitalised(tokens, index + 1, span.end) &&
      !isBusinessWord(lowerOf(tokens[span.end - 1])) &&
      (index === first || (index === first + 1 && (isFrequentWord(lowerOf(tokens[first]), lexicon) || /^\p{Lu}{2,3}$/u.test(tokens[first]!.text))))
    ) {
      // "Visual Designer Megan Lynch", "Coach Nick Saban": a job title the tagger read into a person's full name;
      // "UX Designer Miche Alvarez" too, read as a body's name, when a word narrows the title and two name words follow it.
      first = index + 1;
      kind = 'PER';
    }
  }
  addCandidate(spans, first, span.end, kind);
}

/**
 * "Ministry of Housing and Urban-Rural Development", "House Energy and Commerce Committee": a body "of" two things,
 * or a committee of two, is one name, though the tagger cut it at "and".
 */
function joinBodiesOfTwoThings(tokens: readonly Token[], candidates: NameMention[]): void {
  for (let index = candidates.length - 2; index >= 0; index--) {
    const body = candidates[index]!;
    const next = candidates[index + 1]!;
    const bodyOf = tokens[body.first + 1]?.text === 'of' && ORGANIZATION_NAME_WORDS.has(lowerOf(tokens[body.first]));
    const committee = COMMITTEE_WORDS.has(tokens[next.end - 1]?.text ?? '');
    if (tokens[body.end]?.text !== 'and' || next.first !== body.end + 1 || !(bodyOf || committee)) continue;
    if (tokens[next.first]!.sentence !== tokens[body.first]!.sentence) continue;
    if (!allCapitalised(tokens, next.first, next.end)) continue;
    body.end = next.end;
    body.modelKind = 'ORG';
    candidates.splice(index + 1, 1);
  }
}

/**
 * "Department for Science, Innovation and Technology", "Department for Culture, Media and Sport": a department or a
 * ministry of a list of portfolios, which the tagger cut at its commas, is one name.
 */
function joinPortfolioDepartments(tokens: readonly Token[], candidates: NameMention[]): void {
  for (let index = 0; index + 5 < tokens.length; index++) {
    // (A body's word is capitalised: most tokens are passed over by their first letter.)
    if (!isCapitalised(tokens[index]!.text) || !PORTFOLIO_BODIES.has(tokens[index]!.text) || !/^(?:for|of)$/.test(tokens[index + 1]!.text)) continue;
    const end = portfolioListEnd(tokens, index + 2);
    if (end < 0) continue;
    for (let at = candidates.length - 1; at >= 0; at--) if (candidates[at]!.first < end && candidates[at]!.end > index) candidates.splice(at, 1);
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
    index = end - 1;
  }
}

/**
 * The tagger's spans as name candidates, trimmed of ordinary words in headlines and of trailing non-name tokens, split at
 * titles ("Verizon CEO Hans Vestberg") and at prepositions that join two names ("... in Paris"); and where the name of a
 * known company's product starts and ends ("Azure" of "Microsoft Azure").
 */
export function spanCandidates(context: NameContext): { candidates: NameMention[]; productEnds: Map<number, number> } {
  const names = mendedSpans(context.tokenized, context.lexicon);
  const spans: SpanCandidates = { context, candidates: [], productEnds: new Map(), possessiveNames: possessiveNamesOf(context, names) };
  for (const span of names) addSpanCandidates(spans, span);
  joinBodiesOfTwoThings(context.tokens, spans.candidates);
  joinPortfolioDepartments(context.tokens, spans.candidates);
  return { candidates: spans.candidates, productEnds: spans.productEnds };
}
