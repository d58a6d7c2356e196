// Names in a text: the tagger's spans, mended (name-spans.ts) and completed by the rules' own candidates (known
// companies, names in lists and headings, a maker before its products), clustered into one entity per name (a surname
// with its full name, a short form with a business's longer name) and typed (cluster-kind.ts).
import {
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  COMPANY_CUE_BEFORE,
  COMPANY_NAME_WORDS,
  COMPANY_SUFFIXES,
  CORPORATION_FORMS,
  DROPPED_SUFFIXES,
  isBusinessWord,
  KNOWN_COMPANY_NAMES,
  KNOWN_ORGANIZATIONS,
  MEDIA_COMPANIES,
  ORGANIZATION_NAME_WORDS,
  PLACES,
  PRODUCT_NAMES,
} from './gazetteer.ts';
import { isAnyGivenName, isFrequentWord, isGivenName, isListedPlace, learnedLexicon, multiWordPlaceIndex } from './lexicon.ts';
import { appositiveRoleAfter, DESCRIPTION_HEADS, isDemonym, POST_NOMINALS, ROLE_HEADS } from './roles.ts';
import { findNames, type NameSpan } from './ner.ts';
import { endsLikePlace } from './speech-person.ts';
import { CONTRACTION, isPossessive, type Sentence, type Token, type TokenizedText } from './tokenize.ts';
import {
  bestKind,
  BUSINESS_NOUNS_BEFORE_NAME,
  confidentPerson,
  countsCustomersAfter,
  doesBusinessAfter,
  describedAs,
  isBusinessExamplesCue,
  exampleAfterBusinessNoun,
  isBusinessServiceAt,
  isBusinessTitleAt,
  isDealObjectAt,
  isGroupPlural,
  isNamedAfterBusinessNoun,
  isOneWordSentence,
  isOtherBusinessesAt,
  isOutletWithNumber,
  isOwnedBusinessUnit,
  isSetOffByBusinessDescription,
  isTickerAside,
  isValuedOrOwnedAfter,
  isOfferCodeAt,
  type ClusterDecision,
  type Kind,
  KINDS,
  longestWords,
  MASTHEADS,
  NON_PERSON_BUSINESS_NOUNS,
  readAsPlaceOrMisc,
  scoreCluster,
} from './cluster-kind.ts';
import {
  companyListHeadings,
  headsParagraphBefore,
  isHeadingPhrase,
  isKnownCompanyOrBody,
  isOrdinaryLowerWord,
  listCompletions,
  RANKING_WORDS,
  TITLE_CASE_FUNCTION_WORDS,
} from './company-lists.ts';
import type { EntityCluster, EntityResult, EntityType, NameMention } from './types.ts';
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
  ACRONYM_LIKE,
  ADVERB,
  allCapitalised,
  BASED_IN,
  CAPITALISED_WEB_NAME,
  clusterKey,
  CONNECTIVE_ADVERBS,
  SENTENCE_OPENING_WORDS,
  GENERATIONAL_SUFFIX,
  HAS_LETTER,
  PLURAL_ACRONYM,
  hasMiddleInitial,
  isAllCaps,
  isBodyOrBusinessWord,
  isCapitalised,
  isKnownCompanyName,
  isLegalFormOnly,
  isKnownName,
  isKnownNonPersonWord,
  isModelWord,
  isPlaceOrBodyName,
  isSentenceFirstWord,
  knownCompanyNameIndex,
  knownPhraseAt,
  KOREAN_GIVEN_NAME,
  LEGAL_FORM_WORDS,
  letterCase,
  looseKey,
  LOWER_CASE_BRAND,
  lowerOf,
  mayStartName,
  NAME_BREAKS,
  NAME_ENDING_SUFFIXES,
  NAME_JOINERS,
  NAME_PARTICLES,
  nameTokens,
  NON_LATIN_LETTERS,
  occursAsWord,
  occursElsewhere,
  oneSpaceApart,
  onlyFrequentWords,
  opensLowerThenCapital,
  PERSON_SPLIT_WORDS,
  PHRASE_OPENERS,
  PLACE_PREPOSITIONS,
  positionsOfWords,
  possessiveLength,
  QUOTE_OR_BRACKET,
  REGIONS,
  ROLE_WORDS,
  SPEECH_VERBS_AFTER_NAME,
  SPLIT_WORDS,
  STARTS_UPPER,
  surfaceOf,
  SURNAME_SHAPE,
  titleLikeSentences,
  titleStartBefore,
} from './name-words.ts';
import { isModelNameAfterMaker, makerBeforeProduct, namesMakersOfProducts } from './products.ts';
import { addGivenName, endsWithLoneSurname, resolveSharedSurname } from './surnames.ts';
import { HAS_DIGIT, HAS_LOWER_CASE, LONG_NAME_WORD, LOWER_CASE_START, LOWER_CASE_WORD, NAME_WORD, TITLE_CASE_START, TITLE_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';

/** Last words of the names of committees, which may name two things joined by "and" ("House Energy and Commerce Committee"). */
const COMMITTEE_WORDS = new Set(['Committee', 'Subcommittee', 'Commission', 'Council', 'Board']);
/** US states' postal codes written like a legal form ("Denver, CO"). */
const STATE_CODES_LIKE_LEGAL_FORMS = new Set(['CO', 'NV']);

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

/** Legal forms also spelled in lower case ("Jet2 plc", "Acme llc", "Morava Seal a.s.", "Foo s.r.o."). */
const LOWER_CASE_LEGAL_FORMS = /^(?:plc|llc|a\.s\.|s\.r\.o\.|d\.o\.o\.)$/;
/** A brand's name opening with a figure ("7-Eleven", "3M", "99Food"). */
const FIGURE_LED_BRAND = /^\d+-?\p{Lu}[\p{L}\d\-]*$/u;
/** Whether a word may be a business name's before its legal form: capitalised and no phrase's opener, or led by a figure. */
function mayOpenBusinessName(text: string): boolean {
  return (isCapitalised(text) && !PHRASE_OPENERS.has(text)) || FIGURE_LED_BRAND.test(text);
}

const FIGURE_OPENING = /^\d/;
/** Business words that end the name of a group of businesses, never a product's ("Anker Innovations", "Tata Industries"). */
const GROUP_WORDS = new Set(['innovations', 'industries', 'holdings', 'group', 'enterprises', 'international', 'brands', 'technologies', 'ventures']);
/** A day of a month, in figures: "3", "10th". */
const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)?$/;
/** Signs written before a sum or a rough count ("$3M", "~3M"). */
const AMOUNT_SIGNS = new Set(['$', '£', '€', '¥', '~', '≈', '+']);

/** Whether token `index` is a sum or a count written short after its sign ("$3M in assets", "~3M members"), not a name ("3M"). */
function isAmountAt(tokens: readonly Token[], index: number): boolean {
  return FIGURE_OPENING.test(tokens[index]!.text) && AMOUNT_SIGNS.has(tokens[index - 1]?.text ?? '') && tokens[index - 1]!.end === tokens[index]!.start;
}

/** A word in capitals only, of two letters or more, perhaps hyphenated ("PARK-ELLIS"). */
const CAPITALS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;

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

/** What a lower-case brand's name may follow mid-sentence: a preposition or a dateline's dash. */
const BRAND_OPENERS = new Set(['to', 'from', 'at', 'with', 'by', 'for', 'of', 'on', 'in', 'via', 'through', 'including', '—', '–', '-', ':']);

/** A web address's host ("github.com", "www.Example.com", "Facebook.com"). */
const WEB_HOST = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}$/iu;

/**
 * The tokens of the paths of web addresses ("OpenAI" of "github.com/OpenAI/Whisper", "GUMCUpdate" of
 * "Facebook.com/GUMCUpdate"): the tokens after a host's "/" written with no space between them. Null when the
 * text has no "/" (most have none).
 */
function webAddressPaths(tokenized: TokenizedText): Uint8Array | null {
  if (!tokenized.text.includes('/')) return null;
  const { tokens } = tokenized;
  const inPath = new Uint8Array(tokens.length);
  for (let index = 0; index + 2 < tokens.length; index++) {
    if (tokens[index + 1]!.text !== '/' || tokens[index + 1]!.start !== tokens[index]!.end || !WEB_HOST.test(tokens[index]!.text)) continue;
    for (let at = index + 2; at < tokens.length && tokens[at]!.start === tokens[at - 1]!.end; at++) inPath[at] = 1;
  }
  return inPath;
}

/** Titles of the clergy and honorifics written before a name, which the tagger may read as a word of it. */
const TITLES_READ_AS_NAMES = new Set(['Pastor', 'Reverend', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Father', 'Cardinal', 'Sheikh', 'Madam', 'Madame', 'Mister']);

/** A capitalised word of letters, "&" and "-", two characters or more, opening a clause ("Rapidus", "MeclabsAI"). */
const CLAUSE_OPENING_NAME = /^\p{Lu}[\p{L}&\-]+$/u;

/**
 * A brand opening with one or two lower-case letters before a capitalised word ("iFood", "inDrive", "pgEdge"), or of the
 * "easy" family ("easyJet"); a longer word glued to a capitalised one is more often two words run together ("saidOpens").
 */
const LOWER_CASE_OPENED_BRAND = /^(?:\p{Ll}{1,2}|easy)\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)?$/u;
/** Openings of code's names, which prose about code writes ("useState", "setCount", "onClick", "isOnline", "handleClick"). */
const CODE_PREFIXES = /^(?:use|set|get|on|is|has|do|my|to|add|prev|new|next|last|first|list|item|auth|api|type|make|find|init|load|read|show|handle|fetch|parse|create|update|remove|filter)\p{Lu}/u;

/** A surname of one capitalised word, or two joined by a hyphen ("Hoge", "Asante-Boateng"). */
const PLAIN_SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** Whether the character at `at` of `text` may be a capital: an ASCII capital, or any letter beyond ASCII. */
function mayBeUpperAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 65 && code <= 90) || code > 127;
}

/** Whether the word at `index` stands between a title's capitalised first word and its capitalised head ("Chief Customer Officer"). */
function isInsideTitle(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (!before || !after || before.sentence !== tokens[index]!.sentence || after.sentence !== before.sentence) return false;
  return TITLE_CASE_START.test(before.text) && ROLE_WORDS.has(before.lower) && TITLE_CASE_START.test(after.text) && ROLE_HEADS.has(after.lower);
}

/** Finds, types and clusters the names in tokenized text. */
export function detectEntities(tokenized: TokenizedText): EntityResult {
  const { tokens } = tokenized;
  const lexicon = learnedLexicon();
  const { titled, capitals: capitalsSentences } = titleLikeSentences(tokenized, lexicon.commonWords);
  const inTitle = (index: number): boolean => titled.has(tokens[index]!.sentence);
  const isSentenceStart = (index: number): boolean => isSentenceFirstWord(tokens, index);

  // 1. Tagger spans, trimmed of ordinary words in headlines and of trailing non-name tokens, split at
  //    titles ("Verizon CEO Hans Vestberg") and at prepositions that join two names ("... in Paris").
  const candidates: NameMention[] = [];
  // Where the name of a known company's product starts, and where it ends ("Azure" of "Microsoft Azure").
  const productEnds = new Map<number, number>();
  // "General Motors", "United Airlines": what would remain without the first word names no one.
  const onlyBusinessWords = (first: number, end: number): boolean => {
    if (end <= first) return false;
    for (let index = first; index < end; index++) if (!isBusinessWord(lowerOf(tokens[index]))) return false;
    return true;
  };
  // "UX Designer", "Visual Designer": a capitalised word narrowing a title the tagger left out of the span.
  const qualifiedBefore = (first: number): boolean =>
    first > 0 && tokens[first - 1]!.sentence === tokens[first]!.sentence && UPPER_CASE_START.test(tokens[first - 1]!.text) && !isSentenceFirstWord(tokens, first - 1);
  // "Delta Crest" beside "Delta Crest Petroleum": the text writes the name with a business word after it somewhere.
  const namesBusinessElsewhere = (first: number, end: number): boolean => {
    const surface = tokenized.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    for (let at = tokenized.text.indexOf(surface); at >= 0; at = tokenized.text.indexOf(surface, at + 1)) {
      const next = /^ (\S+)/.exec(tokenized.text.slice(at + surface.length, at + surface.length + 40));
      if (next && UPPER_CASE_START.test(next[1]!) && isBusinessWord(next[1]!.toLowerCase().replace(/[.,;:]$/, ''))) return true;
    }
    return false;
  };
  // Whether the apostrophe at `index` closes a nickname that opened after the span's first word ("Thomas ‘Tip’ O’Neill").
  const closesNickname = (first: number, index: number): boolean => {
    if (tokens[index]!.text !== '’' && tokens[index]!.text !== "'") return false;
    for (let at = index - 1; at > first; at--) if (tokens[at]!.text === '‘' || tokens[at]!.text === "'") return true;
    return false;
  };
  const addCandidate = (first: number, end: number, kind: NameSpan['kind'] | null): void => {
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
          if (index > first) addCandidate(first, index, kind);
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
      !onlyBusinessWords(first + 1, end) &&
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
    if (maker > 0 && !namesBusinessElsewhere(first, end)) {
      candidates.push({ first, end: first + maker, modelKind: 'ORG', cluster: -1 });
      candidates.push({ first: first + maker, end, modelKind: 'MISC', cluster: -1 });
      productEnds.set(first + maker, end);
      return;
    }
    candidates.push({ first, end, modelKind: kind, cluster: -1 });
  };
  // "Facebook and Cambridge Analytica" is two names when the text also writes either on its own, or either is a known company;
  // "Procter and Gamble", "Department of Health and Human Services" are one.
  const joinsTwoNames = (joiner: number, first: number, end: number): boolean => {
    if (joiner === first || joiner + 1 >= end || !isCapitalised(tokens[joiner + 1]!.text)) return false;
    const spanStart = tokens[first]!.start;
    const spanEnd = tokens[end - 1]!.end;
    const left = tokenized.text.slice(spanStart, tokens[joiner - 1]!.end);
    const right = tokenized.text.slice(tokens[joiner + 1]!.start, spanEnd);
    return (
      // "PT GoTo Gojek Tokopedia Tbk and Grab Holdings Ltd": a legal form ends the name before the joiner.
      (joiner - first >= 2 && COMPANY_SUFFIXES.has(tokens[joiner - 1]!.lower) && isCapitalised(tokens[joiner - 1]!.text)) ||
      isKnownCompanyName(left, lexicon) ||
      isKnownCompanyName(right, lexicon) ||
      // "Walmart Canada and Costco Wholesale": each side opens with a known company's name.
      (isKnownCompanyName(tokens[first]!.text, lexicon) && isKnownCompanyName(tokens[joiner + 1]!.text, lexicon)) ||
      occursElsewhere(tokenized.text, left, spanStart, spanEnd, false) ||
      occursElsewhere(tokenized.text, right, spanStart, spanEnd, false) ||
      twoBusinessNames(first, joiner, end) ||
      // "Persimmon plc, Taylor Wimpey and Barratt Redrow": the last two names of a list after a comma.
      endsListOfNames(tokens, first, joiner, end) ||
      // "Hang Seng Bank and Bank of East Asia", "Fudan University and University of Tokyo": a name's head ends the one
      // before the joiner and opens the one after it.
      (joiner - first >= 2 && tokens[joiner - 1]!.text === tokens[joiner + 1]!.text && tokens[joiner + 2]?.text === 'of' && joiner + 3 < end)
    );
  };
  // "Noble Energy and Delta Air Lines": two names of two words or more (legal forms aside), one of them ending in a
  // business word, no body's word in either ("Department of Health and Human Services", "Pacific Gas and Electric Co" stay one).
  const twoBusinessNames = (first: number, joiner: number, end: number): boolean => {
    let rightEnd = end;
    while (rightEnd > joiner + 1 && COMPANY_SUFFIXES.has(lowerOf(tokens[rightEnd - 1]))) rightEnd--;
    if (joiner - first < 2 || rightEnd - joiner - 1 < 2) return false;
    // (An owner's possessive may stand in either: "Kettle & Crumb Bakery and Hank's Hardware".)
    for (let index = first; index < end; index++) if (ORGANIZATION_NAME_WORDS.has(lowerOf(tokens[index])) || (index !== joiner && !isCapitalised(tokens[index]!.text) && !NAME_JOINERS.has(tokens[index]!.text) && !(index > first && isPossessive(tokens[index]!.text)))) return false;
    return isBusinessWord(lowerOf(tokens[joiner - 1])) || isBusinessWord(lowerOf(tokens[end - 1]));
  };
  const names = joinParticleNames(tokenized, untaggedPersonNames(tokenized, mendPersonNames(tokenized, mendCutNames(tokenized, joinAndedBusinessNames(tokenized, joinBusinessNameRuns(tokenized, joinPossessiveShopNames(tokenized, joinOutletsAfterListenerVerbs(tokenized, withoutAnswerLabels(tokenized, findNames(tokenized))), lexicon), lexicon), lexicon), lexicon), lexicon), lexicon), lexicon);
  // Names of businesses the tagger read whole with a possessive inside ("Moody's Investors Service"): their first words
  // and the possessive ("Moody's") are the business's short name. Not an owner known by itself and its body ("MIT's Lorenz Center").
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
  // "Minister of" + "Finance Semere Tadesse": ordinary words (a portfolio), then two name words no list knows and no
  // dictionary holds, which only a person's name is.
  const portfolioBeforeName = (first: number, end: number): boolean => {
    for (let index = first; index < end - 2; index++) if (!isFrequentWord(tokens[index]!.lower, lexicon)) return false;
    for (let index = end - 2; index < end; index++) {
      const token = tokens[index]!;
      if (!TITLE_CASE_WORD.test(token.text) || isFrequentWord(token.lower, lexicon) || isBodyOrBusinessWord(token.lower) || isListedPlace(token.text, lexicon)) return false;
    }
    return true;
  };
  for (const span of names) {
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
      (isGivenNameAndSurname(tokens, span.end - 2, lexicon) || portfolioBeforeName(span.first, span.end))
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
        // Cooperation in Europe" is one name, "the Ministry of Finance in Paris" is two.
        (SPLIT_WORDS.has(text) && (!PLACE_PREPOSITIONS.has(text) || (PLACES.has(tokens[index + 1]?.text ?? '') && !REGIONS.has(tokens[index + 1]!.text)))) ||
        // "Creative Cloud (Audition": nor does a name hold a bracket or a question mark.
        NAME_BREAKS.test(text) ||
        strayWord ||
        ((text === 'and' || text === 'or') && joinsTwoNames(index, first, span.end))
      ) {
        addCandidate(first, index, kind);
        first = index + 1;
        // "Jon Tester and David Vitter": two people.
        kind = (endsPerson && text === 'and') || (strayWord && DESCRIPTION_HEADS.has(text)) ? 'PER' : null;
      } else if (kind !== 'ORG' && index > first && index + 1 < span.end && isPossessive(text) && !KNOWN_COMPANY_NAMES.has(tokens[index - 1]!.text + text) && !closesNickname(first, index)) {
        // "Mistral’s Devstral": an owner and what it owns, two names. ("McDonald's" is one, and a span the tagger read as one organisation stays whole: "Moody’s Investors Service";
        // so is a person's name with a nickname in single marks: "Thomas ‘Tip’ O’Neill".)
        addCandidate(first, index, null);
        first = index + 1;
      } else if (NAME_ENDING_SUFFIXES.has(lower) && index > first && index + 1 < span.end && !COMPANY_SUFFIXES.has(lowerOf(tokens[index + 1]))) {
        // "Business Insider Inc Nintendo": a legal form ends its name; what follows is another one.
        addCandidate(first, index + 1, kind);
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
        if (titleStart > first) addCandidate(first, titleStart, kind === 'PER' ? 'ORG' : kind);
        first = index + 1;
        kind = 'PER';
      } else if (
        (kind === 'PER' || (kind === 'ORG' && (index === first + 1 || qualifiedBefore(first)) && index + 3 === span.end && !isBodyOrBusinessWord(lowerOf(tokens[index + 1])) && !isBodyOrBusinessWord(lowerOf(tokens[index + 2])))) &&
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
    addCandidate(first, span.end, kind);
  }

  // "Ministry of Housing and Urban-Rural Development", "House Energy and Commerce Committee": a body "of" two things,
  // or a committee of two, is one name, though the tagger cut it at "and".
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

  // "Department for Science, Innovation and Technology", "Department for Culture, Media and Sport": a department or a
  // ministry of a list of portfolios, which the tagger cut at its commas, is one name.
  for (let index = 0; index + 5 < tokens.length; index++) {
    if (!PORTFOLIO_BODIES.has(tokens[index]!.text) || !/^(?:for|of)$/.test(tokens[index + 1]!.text)) continue;
    const end = portfolioListEnd(tokens, index + 2);
    if (end < 0) continue;
    for (let at = candidates.length - 1; at >= 0; at--) if (candidates[at]!.first < end && candidates[at]!.end > index) candidates.splice(at, 1);
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
    index = end - 1;
  }

  // Unknown capitalised words opening a sentence, the tagger's blind spot, when a speech verb or a
  // possessive follows: "Siemens said ...", "Nokia's profit ...".
  const taggedTokens = new Uint8Array(tokens.length);
  // The end of the capitalised words from `first` that no name covers yet, in its sentence: three at most.
  const untaggedCapitalisedEnd = (first: number): number => {
    let end = first + 1;
    while (end < tokens.length && end - first < 3 && tokens[end]!.sentence === tokens[first]!.sentence && UPPER_CASE_START.test(tokens[end]!.text) && !taggedTokens[end]) end++;
    return end;
  };
  for (const mention of candidates) for (let t = mention.first; t < mention.end; t++) taggedTokens[t] = 1;
  // Whether a word is also written in lower case in the text: asked for a few words only, so searched on demand.
  const lowerCaseSeen = new Map<string, boolean>();
  const writtenInLowerCase = (lower: string): boolean => {
    let seen = lowerCaseSeen.get(lower);
    if (seen === undefined) {
      seen = occursAsWord(tokenized.text, lower);
      lowerCaseSeen.set(lower, seen);
    }
    return seen;
  };
  const nameOpeningClause = (start: number, sentence: Sentence): void => {
    let first = start;
    while (first < sentence.end && QUOTE_OR_BRACKET.test(tokens[first]!.text)) first++;
    const token = tokens[first];
    if (!token || taggedTokens[first] || !CLAUSE_OPENING_NAME.test(token.text)) return;
    const lower = token.lower;
    // (Nor an adverb opening the sentence: "Additionally, a company claiming …".)
    if (ROLE_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || ADVERB.test(token.text) || CONNECTIVE_ADVERBS.has(token.text)) return;
    // "Block, the payments company led by Jack Dorsey, has …": an ordinary word is a name only where the text says what it is.
    if ((lexicon.commonWords.has(lower) || writtenInLowerCase(lower)) && !isSetOffByBusinessDescription(tokens, first + 1)) return;
    let end = first + 1;
    while (end < sentence.end && end - first < 4 && UPPER_CASE_START.test(tokens[end]!.text) && !taggedTokens[end]) end++;
    const next = tokens[end]?.text ?? '';
    // ... or the text says what it is: "Rapidus, a government-backed venture, ...".
    if (!SPEECH_VERBS_AFTER_NAME.has(next) && !isPossessive(next) && describedAs(tokens, end) !== 'company' && !isValuedOrOwnedAfter(tokens, end) && !headsParagraphBefore(tokens, first, end) && !countsCustomersAfter(tokens, end) && !doesBusinessAfter(tokens, end)) return;
    candidates.push({ first, end, modelKind: null, cluster: -1 });
    for (let t = first; t < end; t++) taggedTokens[t] = 1;
  };
  for (const sentence of tokenized.sentences) {
    nameOpeningClause(sentence.first, sentence);
    // A bracket opens a clause too: "(MeclabsAI is MarketingSherpa’s parent company)".
    for (let index = sentence.first + 1; index + 1 < sentence.end; index++) if (tokens[index]!.text === '(') nameOpeningClause(index + 1, sentence);
  }

  // "Freight-matching startup haulr has raised …" … "haulr says its software …": a brand written in lower case even
  // where a sentence starts, which no ordinary word is, is a name wherever the text writes it, once the text says it
  // is a business (a noun for one before it, "stackwise, a two-year-old startup", or a business's verb after it).
  // So is one mid-sentence after a preposition or a dash and before a business's description set off by a comma
  // ("free access to pagewell, a subscription service that …", "SAN FRANCISCO — tinyloop, a start-up that …"; not a
  // noun of a list, "a guru, a designer, a developer", nor a verb, "he subcontracted, the public relations firm …").
  // (Also "deepHarbor Inc., a two-year-old startup": a longer lower-case opening before a capital, where a legal form or a
  // business's description says what it is; and a brand with a figure among the examples of a plural of businesses:
  // "firms, including project44".)
  const lowerCaseBrands = new Set<string>();
  for (const sentence of tokenized.sentences) {
    const word = tokens[sentence.first]!.text;
    if ((LOWER_CASE_BRAND.test(word) || LOWER_CAMEL_CASE.test(word)) && !isFrequentWord(word, lexicon)) lowerCaseBrands.add(word);
  }
  for (let index = 1; index + 1 < tokens.length; index++) {
    const word = tokens[index]!.text;
    const next = tokens[index + 1]!;
    if (LOWER_CAMEL_CASE.test(word) && COMPANY_SUFFIXES.has(next.lower) && isCapitalised(next.text)) lowerCaseBrands.add(word);
    if (!LOWER_CASE_BRAND.test(word) || isFrequentWord(word, lexicon)) continue;
    // (An example only with a figure in it, which no ordinary word has: not "including billionaire Tom Steyer".)
    if ((next.text === ',' && BRAND_OPENERS.has(tokens[index - 1]!.text) && describedAs(tokens, index + 1) === 'company') || (HAS_DIGIT.test(word) && isBusinessExamplesCue(tokens, index - 1))) lowerCaseBrands.add(word);
  }
  if (lowerCaseBrands.size > 0) {
    const businesses = new Set<string>();
    for (let index = 0; index < tokens.length; index++) {
      const word = tokens[index]!.text;
      if (!lowerCaseBrands.has(word)) continue;
      const legalForm = COMPANY_SUFFIXES.has(tokens[index + 1]?.lower ?? '') && isCapitalised(tokens[index + 1]!.text);
      const named =
        BUSINESS_NOUNS_BEFORE_NAME.has(tokens[index - 1]?.text ?? '') ||
        describedAs(tokens, index + (legalForm ? 2 : 1)) === 'company' ||
        SPEECH_VERBS_AFTER_NAME.has(tokens[index + 1]?.text ?? '') ||
        legalForm ||
        (HAS_DIGIT.test(word) && isBusinessExamplesCue(tokens, index - 1));
      if (named) businesses.add(word);
    }
    for (let index = 0; index < tokens.length; index++) {
      if (taggedTokens[index] || !businesses.has(tokens[index]!.text)) continue;
      candidates.push({ first: index, end: index + 1, modelKind: 'ORG', cluster: -1 });
      taggedTokens[index] = 1;
    }
  }

  // Known companies the tagger left alone or cut (it learned from 1996 news and reads today's Google or
  // Uber as people or places, or not at all): mid-sentence, or opening a sentence in a text that never
  // writes the word in lower case; a known name of several words replaces whatever the tagger made of it.
  const knownNames = knownCompanyNameIndex(lexicon);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // Known names may open in lower case before an inner capital ("xAI", "eBay").
    if (!mayStartName(token.text) && !opensLowerThenCapital(token.text)) continue;
    const phrases = knownNames.get(token.text);
    if (!phrases) continue;
    // "$3M in assets", "~3M members": a sum or a count, not the company.
    if (isAmountAt(tokens, index)) continue;
    const single = phrases[phrases.length - 1]!.length === 1;
    const phrase = knownPhraseAt(tokens, index, phrases);
    if (!phrase && (!single || taggedTokens[index])) continue;
    const end = index + (phrase?.length ?? 1);
    if (isSentenceStart(index) && !phrase && writtenInLowerCase(token.lower)) continue;
    // Not a word of a longer capitalised name ("Google Maps" is left to the tagger), but "Snapchat CEO" is Snapchat's.
    const next = tokens[end];
    const nextLower = lowerOf(next);
    if (next && next.sentence === token.sentence && isCapitalised(next.text) && !COMPANY_SUFFIXES.has(nextLower) && !ROLE_WORDS.has(nextLower)) continue;
    // Nor the opening of a name with "of" ("Gold Fields of South Africa", "Commonwealth Bank of Australia").
    if (next?.text === 'of' && tokens[end + 1]?.sentence === token.sentence && isCapitalised(tokens[end + 1]!.text)) continue;
    if (phrase) {
      // Nor the end of a longer name the tagger read ("Konkan Mercantile Bank" holds the listed "Mercantile Bank").
      if (mentionHolding(candidates, index) && isCapitalised(tokens[index - 1]!.text)) continue;
      for (let at = candidates.length - 1; at >= 0; at--) if (candidates[at]!.first < end && candidates[at]!.end > index) candidates.splice(at, 1);
    }
    candidates.push({ first: index, end, modelKind: phrase ? 'ORG' : null, cluster: -1 });
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
    index = end - 1;
  }

  // "United Arab Emirates", read as "United" and "Arab Emirates": a listed place of several words that the tagger cut in
  // pieces is one place (not a place inside a longer name, "Bank of New York", which no piece is cut from).
  const placeNames = multiWordPlaceIndex();
  for (let first = 0; first < tokens.length; first++) {
    const phrases = placeNames.get(tokens[first]!.text);
    const phrase = phrases ? knownPhraseAt(tokens, first, phrases) : undefined;
    if (!phrase) continue;
    const end = first + phrase.length;
    // The pieces the tagger made inside the place's words; none, or a mention of the place's words or reaching past them, leaves it be,
    // but for a name that opens inside the place's words and runs on past them ("Hong" + "Kong Monetary Authority"): the
    // place opens that name.
    let pieces = 0;
    let holding = false;
    let runningOn: NameMention | undefined;
    for (const mention of candidates) {
      if (mention.first >= end || mention.end <= first) continue;
      if (mention.first > first && mention.end > end && !runningOn) runningOn = mention;
      else if (mention.first < first || mention.end > end || (mention.first === first && mention.end === end)) holding = true;
      else pieces++;
    }
    if (!holding && pieces > 0) {
      const whole: NameMention = runningOn ? { first, end: runningOn.end, modelKind: runningOn.modelKind, cluster: -1 } : { first, end, modelKind: 'LOC', cluster: -1 };
      for (let at = candidates.length - 1; at >= 0; at--) if (candidates[at]!.first < whole.end && candidates[at]!.end > first) candidates.splice(at, 1);
      candidates.push(whole);
      for (let t = first; t < whole.end; t++) taggedTokens[t] = 1;
    }
    first = end - 1;
  }

  // "Hoffmann's Bakery", "Fenwick's Family Diner": a one-word owner's possessive and capitalised words ending in a business
  // word are a shop's name, whatever the tagger made of its pieces (not a place's or a body's business: "Britain's Lloyds Bank").
  for (let index = 0; index + 2 < tokens.length; index++) {
    const owner = tokens[index]!;
    if (!mayStartName(owner.text) || !isPossessive(tokens[index + 1]!.text) || tokens[index + 1]!.sentence !== owner.sentence) continue;
    if (isCapitalised(tokens[index - 1]?.text ?? '') && tokens[index - 1]!.sentence === owner.sentence) continue;
    if (isListedPlace(owner.text, lexicon) || isKnownCompanyOrBody([owner.text], lexicon)) continue;
    let end = index + 2;
    while (end < tokens.length && end - index < 5 && tokens[end]!.sentence === owner.sentence && isCapitalised(tokens[end]!.text)) end++;
    if (end === index + 2 || !COMPANY_NAME_WORDS.has(lowerOf(tokens[end - 1])) || RANKING_WORDS.has(tokens[index + 2]!.text)) continue;
    if (!replaceMentionsInside(candidates, { first: index, end, modelKind: 'ORG', cluster: -1 })) continue;
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
    index = end - 1;
  }

  // "Monday.com", "Booking.com": a capitalised web address the tagger left alone names the business behind it.
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index]!.text;
    if (taggedTokens[index] || !mayStartName(text) || text.indexOf('.') < 2 || !CAPITALISED_WEB_NAME.test(text)) continue;
    candidates.push({ first: index, end: index + 1, modelKind: 'ORG', cluster: -1 });
    taggedTokens[index] = 1;
  }

  addLowerCaseOpenedBrands(tokens, taggedTokens, candidates, lexicon);
  addNamesOwnedByNames(tokens, taggedTokens, candidates, lexicon);
  addNamesBeforeBusinessDescriptions(tokens, taggedTokens, candidates);
  addExamplesOfBusinesses(tokens, taggedTokens, candidates, lexicon);

  // "told NBC4", "emailed to ABC15", "according to News24": a name of letters and a channel's number where a source
  // tells or is cited is a broadcaster or a news site (a model's name, "Boeing 737", "G20", stands elsewhere).
  for (let index = 1; index < tokens.length; index++) {
    if (taggedTokens[index] || !isOutletWithNumber(tokens, index)) continue;
    candidates.push({ first: index, end: index + 1, modelKind: 'ORG', cluster: -1 });
    taggedTokens[index] = 1;
  }

  // A given name and a capitalised word the tagger left alone: "said study author Elizabeth Hoge". Both must be
  // name words (no ordinary, body, business or place word: not "Grace Church", "Jordan River").
  for (let index = 0; index + 1 < tokens.length; index++) {
    const given = tokens[index]!;
    const surname = tokens[index + 1]!;
    if (taggedTokens[index] || taggedTokens[index + 1] || !mayStartName(given.text) || !mayStartName(surname.text) || surname.sentence !== given.sentence || !isGivenName(given.text, lexicon)) continue;
    if (isSentenceStart(index) || !PLAIN_SURNAME.test(surname.text) || isKnownNonPersonWord(surname.text, lexicon)) continue;
    const after = tokens[index + 2];
    if (after && after.sentence === given.sentence && isCapitalised(after.text)) continue;
    candidates.push({ first: index, end: index + 2, modelKind: 'PER', cluster: -1 });
    taggedTokens[index] = 1;
    taggedTokens[index + 1] = 1;
    index++;
  }

  addNamesBeforeRoleAppositives(tokens, taggedTokens, candidates, lexicon);

  // A capitalised word the tagger left alone, owned by a place ("Britain's BT", "Germany's Siemens"):
  // places own businesses and bodies far more often than anything else written that way.
  for (const mention of [...candidates]) {
    const possessive = tokens[mention.end];
    if (!possessive || !isPossessive(possessive.text) || !(mention.modelKind === 'LOC' || PLACES.has(surfaceOf(tokens, mention.first, mention.end)))) continue;
    const first = mention.end + 1;
    const token = tokens[first];
    if (!token || taggedTokens[first] || token.sentence !== possessive.sentence || !/^\p{Lu}[\p{L}&\-]*$/u.test(token.text)) continue;
    const lower = token.lower;
    if (lexicon.commonWords.has(lower) || ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower) || writtenInLowerCase(lower)) continue;
    const end = untaggedCapitalisedEnd(first);
    candidates.push({ first, end, modelKind: null, cluster: -1 });
    for (let t = first; t < end; t++) taggedTokens[t] = 1;
  }

  // A name the tagger left alone between an owner's possessive and a business's unit: "Alphabet's Verily unit".
  for (let index = 2; index + 1 < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !isPossessive(tokens[index - 1]!.text) || !NAME_WORD.test(token.text)) continue;
    const end = untaggedCapitalisedEnd(index);
    if (!isOwnedBusinessUnit(tokens, index, end, lexicon)) continue;
    const lower = token.lower;
    if (end === index + 1 && (lexicon.commonWords.has(lower) || writtenInLowerCase(lower))) continue;
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
  }

  // A name the tagger left alone before a business's title and its holder: "Brightline founder Sam Lee".
  for (let index = 0; index + 2 < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !mayStartName(token.text) || !isBusinessTitleAt(tokens, index + 1) || !LONG_NAME_WORD.test(token.text)) continue;
    const lower = token.lower;
    if (lexicon.commonWords.has(lower) || ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower) || PLACES.has(token.text) || writtenInLowerCase(lower)) continue;
    candidates.push({ first: index, end: index + 1, modelKind: 'ORG', cluster: -1 });
    taggedTokens[index] = 1;
  }

  // A name the tagger left alone as the object of a deal: "the acquisition of Bendi".
  for (let index = 2; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !mayStartName(token.text) || !LONG_NAME_WORD.test(token.text) || BASED_IN.test(token.text) || !isDealObjectAt(tokens, index)) continue;
    const lower = token.lower;
    if (lexicon.commonWords.has(lower) || CALENDAR_WORDS.has(lower) || isListedPlace(token.text, lexicon) || lexicon.person.has(token.text) || isGivenName(token.text, lexicon)) continue;
    let end = index + 1;
    while (end < tokens.length && end - index < 3 && tokens[end]!.sentence === token.sentence && isCapitalised(tokens[end]!.text) && !taggedTokens[end]) end++;
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
  }

  addNamesBeforeOtherBusinesses(tokens, taggedTokens, candidates, lexicon);

  // A name the tagger left alone right after a business noun: "data analysis firm 1010data", "the startup Vectara".
  // Or after one no person is called and a comma: "its insurance arm, Alcázar Vida, is ...".
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !mayStartName(token.text)) continue;
    const aside = tokens[index - 1]!.text === ',' && index > 1 && NON_PERSON_BUSINESS_NOUNS.has(tokens[index - 2]!.text);
    // ("a gaming company like Scopely", "startups such as Lovable": the first example of a business.)
    const example = exampleAfterBusinessNoun(tokens, index) && !BASED_IN.test(token.text);
    if (!(aside || example || BUSINESS_NOUNS_BEFORE_NAME.has(tokens[index - 1]!.text) || isBusinessServiceAt(tokens, index - 1)) || tokens[index - (aside ? 2 : 1)]!.sentence !== token.sentence) continue;
    if (token.text.length < 2 || !HAS_LETTER.test(token.text) || !/^[\p{Lu}\d]/u.test(token.text)) continue;
    // The name runs over the next capitalised words, and over a name the tagger found inside them.
    let end = index + 1;
    while (end < tokens.length && end - index < 3 && tokens[end]!.sentence === token.sentence && isCapitalised(tokens[end]!.text)) end++;
    const crossed = mentionHolding(candidates, end);
    if (crossed) end = crossed.first;
    // (A product's name ending in "+" is none: "streaming service Disney+".)
    if (end === index || tokens[end - 1]!.text.endsWith('+')) continue;
    if (aside && !isNamedAfterBusinessNoun(tokens, index, end)) continue;
    // (An ordinary word opens no name of its own, but may open one of several: "the startup Harbor Labs".)
    const lower = token.lower;
    if ((end === index + 1 && lexicon.commonWords.has(lower)) || ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower) || CALENDAR_WORDS.has(lower) || COMMON_ACRONYMS.has(token.text) || PLACES.has(token.text)) continue;
    if (lower !== token.text && writtenInLowerCase(lower)) continue;
    for (let at = candidates.length - 1; at >= 0; at--) if (candidates[at]!.first >= index && candidates[at]!.end <= end) candidates.splice(at, 1);
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
  }

  // 2. Legal-form suffixes extend a name or reveal one the tagger missed ("Foo Bar Inc"); business words extend one.
  const covered = new Int32Array(tokens.length).fill(-1);
  candidates.forEach((mention, index) => {
    for (let t = mention.first; t < mention.end; t++) covered[t] = index;
  });
  /** Where the capitalised words no name covers, right before token `index` in its sentence, begin (a figure may open them: "7-Eleven", "3M"). */
  const uncoveredNameBefore = (index: number): number => {
    let first = index;
    while (first > 0 && index - first < 4 && mayOpenBusinessName(tokens[first - 1]!.text) && covered[first - 1]! < 0 && tokens[first - 1]!.sentence === tokens[index]!.sentence) first--;
    return first;
  };
  // A business word right after a name the tagger cut short extends it too ("SiliconANGLE Media").
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (covered[index]! >= 0 || !(letterCase(token.text) & STARTS_UPPER || LOWER_CASE_LEGAL_FORMS.test(token.text))) continue;
    const lower = token.lower;
    const legalForm = COMPANY_SUFFIXES.has(lower);
    if (!legalForm && !COMPANY_NAME_WORDS.has(lower)) continue;
    if (tokens[index - 1]!.sentence !== token.sentence) continue;
    const before = covered[index - 1]!;
    if (!legalForm) {
      // Only as the name's last word, glued to a name by a space: "SiliconANGLE Media’s", not "Google Research Labs".
      const mention = before >= 0 ? candidates[before]! : null;
      const next = tokens[index + 1];
      const endsName = !(next && next.sentence === token.sentence && isCapitalised(next.text));
      // "Firebelly Marketing", "Puma Moving Company": or a name nobody found, opened by a word that is no ordinary
      // word (the title case of a heading is: "Big Data Analytics", "Best Travel Insurance"), nor a known business's
      // (its product: "Google Analytics"), unless a word of a group of businesses ends it ("Anker Innovations").
      if (!mention && endsName) {
        let first = index;
        while (first > 0 && index - first < 3 && covered[first - 1]! < 0 && tokens[first - 1]!.sentence === token.sentence && /^\p{Lu}[\p{L}\-]+$/u.test(tokens[first - 1]!.text)) first--;
        const opener = tokens[first]!.text;
        const ordinary = (word: string): boolean => {
          const lower = word.toLowerCase();
          return isOrdinaryLowerWord(lower, lexicon, writtenInLowerCase) || ROLE_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || RANKING_WORDS.has(word) || TITLE_CASE_FUNCTION_WORDS.has(word) || isBusinessWord(lower) || PLACES.has(word) || COMMON_ACRONYMS.has(word);
        };
        if (first < index && !ordinary(opener) && (!isKnownCompanyName(opener, lexicon) || GROUP_WORDS.has(lower)) && !isGivenName(opener, lexicon)) {
          candidates.push({ first, end: index + 1, modelKind: null, cluster: -1 });
          for (let t = first; t <= index; t++) covered[t] = candidates.length - 1;
        }
        continue;
      }
      // (Not after a person's name, unless one word no list gives anyone nor any business: "Rocket" + "Mortgage".)
      if (!mention || mention.end !== index || (mention.modelKind === 'PER' && (mention.end - mention.first > 1 || isAnyGivenName(tokens[mention.first]!.text, lexicon) || isKnownCompanyName(tokens[mention.first]!.text, lexicon)))) continue;
      // (Business words may run on to the name's end: "Pennant" + "Telecoms Research".)
      let last = index;
      if (!endsName) {
        while (tokens[last + 1]?.sentence === token.sentence && isCapitalised(tokens[last + 1]!.text) && COMPANY_NAME_WORDS.has(tokens[last + 1]!.lower) && covered[last + 1]! < 0) last++;
        const after = tokens[last + 1];
        if (last === index || (after && after.sentence === token.sentence && isCapitalised(after.text))) continue;
      }
      mention.end = last + 1;
      mention.modelKind = 'ORG';
      for (let t = index; t <= last; t++) covered[t] = before;
      index = last;
      continue;
    }
    // "Operadora Portuaria Costa Azul, S.A.B. de C.V.", "Acme Widgets, Inc.": a legal form after a comma closes the name before it.
    const beforeComma = before < 0 && tokens[index - 1]!.text === ',' && index >= 2 ? covered[index - 2]! : -1;
    // (Not a state's postal code after a city: "Denver, CO", "Las Vegas, NV".)
    if (beforeComma >= 0 && candidates[beforeComma]!.end === index - 1 && DROPPED_SUFFIXES.has(lower) && isCapitalised(token.text) && !STATE_CODES_LIKE_LEGAL_FORMS.has(token.text) && candidates[beforeComma]!.modelKind !== 'LOC') {
      const mention = candidates[beforeComma]!;
      let end = index + 1;
      while (end < tokens.length && tokens[end]!.sentence === token.sentence && (COMPANY_SUFFIXES.has(tokens[end]!.lower) || isLegalFormOnly(tokens, end - 1, end + 2))) end++;
      const after = tokens[end];
      if (after && after.sentence === token.sentence && isCapitalised(after.text)) continue;
      // (The capitalised words the tagger left before it are the name's too: "Philips Oral" + "Healthcare, LLC".)
      const first = uncoveredNameBefore(mention.first);
      for (let t = first; t < end; t++) covered[t] = beforeComma;
      mention.first = first;
      mention.end = end;
      mention.modelKind = 'ORG';
      index = end - 1;
      continue;
    }
    if (before >= 0) {
      const mention = candidates[before]!;
      // (A person's name before a capitalised legal form names the business: "George Weston Ltd.")
      if (mention.end === index && (mention.modelKind !== 'PER' || isCapitalised(token.text) || LOWER_CASE_LEGAL_FORMS.test(token.text))) {
        mention.end = index + 1;
        mention.modelKind = 'ORG';
        covered[index] = before;
      }
      continue;
    }
    const first = uncoveredNameBefore(index);
    if (first === index || tokens[first]!.start === tokens[first]!.end) continue;
    candidates.push({ first, end: index + 1, modelKind: 'ORG', cluster: -1 });
    for (let t = first; t <= index; t++) covered[t] = candidates.length - 1;
  }
  // "7-Eleven" + "Inc.": a legal form the tagger read as a name of its own, the name before it left alone.
  // ("Stonemaier" + "Games": a business word so read opens with the one word before it that is no ordinary word.)
  candidates.forEach((mention, at) => {
    if (mention.end - mention.first !== 1 || !isCapitalised(tokens[mention.first]!.text)) return;
    if (!COMPANY_SUFFIXES.has(tokens[mention.first]!.lower)) {
      const word = tokens[mention.first - 1];
      if (!COMPANY_NAME_WORDS.has(tokens[mention.first]!.lower) || !word || covered[mention.first - 1]! >= 0 || !oneSpaceApart(tokenized, mention.first - 1, mention.first)) return;
      if (!/^\p{Lu}\p{Ll}[\p{L}\-]*$/u.test(word.text) || isFrequentWord(word.lower, lexicon) || isDemonym(word.text, lexicon) || isListedPlace(word.text, lexicon) || PLACES.has(word.text) || isAnyGivenName(word.text, lexicon)) return;
      covered[mention.first - 1] = at;
      mention.first--;
      mention.modelKind = 'ORG';
      return;
    }
    const first = uncoveredNameBefore(mention.first);
    if (first === mention.first) return;
    for (let t = first; t < mention.first; t++) covered[t] = at;
    mention.first = first;
    mention.modelKind = 'ORG';
  });

  // "Harwich Offshore Wind Ltd", "Great Harvest Bread Co.": names the tagger cut in pieces before a legal form are one.
  for (let index = candidates.length - 1; index >= 0; index--) {
    const mention = candidates[index]!;
    const last = tokens[mention.end - 1]!;
    if (!COMPANY_SUFFIXES.has(lowerOf(last)) || !(isCapitalised(last.text) || LOWER_CASE_LEGAL_FORMS.test(last.text))) continue;
    let before = mention.first > 0 ? covered[mention.first - 1]! : -1;
    while (before >= 0 && before !== index) {
      const piece = candidates[before]!;
      if (piece.end !== mention.first || !oneSpaceApart(tokenized, piece.end - 1, mention.first)) break;
      if (!allCapitalised(tokens, piece.first, piece.end) || PHRASE_OPENERS.has(tokens[piece.first]!.text)) break;
      for (let t = piece.first; t < piece.end; t++) covered[t] = index;
      mention.first = piece.first;
      mention.modelKind = 'ORG';
      piece.end = piece.first;
      before = mention.first > 0 ? covered[mention.first - 1]! : -1;
    }
  }

  // "Simpson Thacher & Bartlett": names the tagger cut at a spaced ampersand are one firm's (people are joined by "and").
  // (The name after it may be one found after the tagger's, before a legal form: "King & Spalding LLP".)
  for (let index = candidates.length - 1; index >= 0; index--) {
    const left = candidates[index]!;
    const right = candidates[covered[left.end + 1] ?? -1];
    if (tokens[left.end]?.text !== '&' || !right || right === left || right.first !== left.end + 1 || left.end <= left.first || right.end <= right.first) continue;
    if (!oneSpaceApart(tokenized, left.end - 1, left.end) || !oneSpaceApart(tokenized, left.end, right.first)) continue;
    for (let t = left.end; t < right.end; t++) covered[t] = index;
    left.end = right.end;
    left.modelKind = 'ORG';
    right.end = right.first;
  }

  joinNamesAroundN(tokenized, candidates, covered);

  // "Clayton, Dubilier & Rice", "Wachtell, Lipton, Rosen & Katz": a firm of partners' names runs over the one-word names
  // before it, joined by commas, that are no ordinary word and no known business's or place's.
  for (let index = 0; index < candidates.length; index++) {
    const firm = candidates[index]!;
    // (Not a firm whose possessive gives a person's role: "Tasha Greene, Crumb & Co.'s chief operating officer".)
    // ("Wharton & Garrison LLP": the firm's legal form may end it.)
    const partners = firm.end - firm.first - (firm.end - firm.first === 4 && COMPANY_SUFFIXES.has(lowerOf(tokens[firm.end - 1])) ? 1 : 0);
    if (partners !== 3 || tokens[firm.first + 1]!.text !== '&' || isPossessive(tokens[firm.end]?.text ?? '')) continue;
    let first = firm.first;
    while (first >= 2 && tokens[first - 1]!.text === ',' && tokens[first - 2]!.end === tokens[first - 1]!.start && oneSpaceApart(tokenized, first - 1, first)) {
      const word = tokens[first - 2]!;
      // (A name's last word, the name running on before it, is no partner's: "Tasha Greene, …".)
      if (isCapitalised(tokens[first - 3]?.text ?? '') && tokens[first - 3]!.sentence === word.sentence) break;
      const piece = covered[first - 2]! >= 0 ? candidates[covered[first - 2]!]! : null;
      if (piece && (piece.first !== first - 2 || piece.end !== first - 1)) break;
      if (!TITLE_CASE_WORD.test(word.text) || word.sentence !== tokens[firm.first]!.sentence || isFrequentWord(word.lower, lexicon) || isKnownCompanyName(word.text, lexicon) || isListedPlace(word.text, lexicon)) break;
      if (piece) piece.end = piece.first;
      first -= 2;
    }
    if (first === firm.first) continue;
    for (let t = first; t < firm.first; t++) covered[t] = index;
    firm.first = first;
    firm.modelKind = 'ORG';
  }

  // "National Grid Corp. of the Philippines", "Life Insurance Corp. of India": a corporation's legal form and the country
  // it was founded for are one name, as the business writes it, when what comes before names no one by itself (ordinary
  // words; "Kia Motor Corp of South Korea" is Kia's, of a country).
  for (let index = 0; index < candidates.length; index++) {
    const mention = candidates[index]!;
    if (mention.end - mention.first < 2 || !CORPORATION_FORMS.has(lowerOf(tokens[mention.end - 1])) || tokens[mention.end]?.text !== 'of') continue;
    if (!onlyFrequentWords(tokens, mention.first, mention.end - 1, lexicon)) continue;
    const placeFirst = tokens[mention.end + 1]?.text === 'the' ? mention.end + 2 : mention.end + 1;
    const at = placeFirst < tokens.length ? covered[placeFirst]! : -1;
    const place = at >= 0 ? candidates[at]! : null;
    if (!place || place.first !== placeFirst || place.end - place.first > 3 || tokens[place.first]!.sentence !== tokens[mention.first]!.sentence) continue;
    if (place.modelKind !== 'LOC' && !PLACES.has(surfaceOf(tokens, place.first, place.end))) continue;
    for (let t = mention.end; t < place.end; t++) covered[t] = index;
    mention.end = place.end;
    mention.modelKind = 'ORG';
    place.end = place.first;
  }

  // "Mladost (BJ)", "Radnicki (N)": a team's region code in brackets tells two clubs of one name apart and is part of it
  // (not a name's own initials: "United Nations (UN)").
  for (const mention of candidates) {
    const code = tokens[mention.end + 1]?.text ?? '';
    // (Only after a body's name: "Roy Cooper (D)" is a party, "WASHINGTON (AP)" a dateline.)
    if (mention.modelKind !== 'ORG' || mention.end <= mention.first || tokens[mention.end]?.text !== '(' || tokens[mention.end + 2]?.text !== ')' || !/^\p{Lu}{1,2}$/u.test(code) || MEDIA_COMPANIES.has(code)) continue;
    let initials = '';
    for (let t = mention.first; t < mention.end; t++) initials += tokens[t]!.text.charAt(0);
    if (initials === code || tokens[mention.end + 1]!.sentence !== tokens[mention.first]!.sentence) continue;
    mention.end += 3;
    // The code is no name of its own.
    for (const other of candidates) if (other !== mention && other.first === mention.end - 2) other.end = other.first;
  }

  // "Dumbo Moving & Storage", "Smith & Sons": business words after an ampersand end the name before it.
  const hasAmpersand = tokenized.text.includes('&');
  for (let index = 1; hasAmpersand && index + 1 < tokens.length; index++) {
    if (tokens[index]!.text !== '&' || covered[index]! >= 0) continue;
    const before = covered[index - 1]!;
    if (before < 0 || candidates[before]!.end !== index || candidates[before]!.modelKind === 'PER') continue;
    const sentence = tokens[index]!.sentence;
    let end = index + 1;
    while (end < tokens.length && end - index <= 2 && tokens[end]!.sentence === sentence && isCapitalised(tokens[end]!.text) && isBusinessWord(tokens[end]!.lower)) end++;
    if (end === index + 1 || (tokens[end] && isCapitalised(tokens[end]!.text) && tokens[end]!.sentence === sentence)) continue;
    // The words after the ampersand may have been read as a name of their own: they join this one.
    const after = covered[index + 1]!;
    if (after >= 0 && (candidates[after]!.first !== index + 1 || candidates[after]!.end !== end)) continue;
    const mention = candidates[before]!;
    mention.end = end;
    mention.modelKind = 'ORG';
    for (let t = index; t < end; t++) covered[t] = before;
    if (after >= 0) candidates[after]!.end = candidates[after]!.first;
  }
  // A stock ticker in brackets is no name of its own ("Coinbase Global Inc (COIN.O)", "IBM (NYSE: IBM)").
  const inTicker = new Uint8Array(tokens.length);
  const hasBracket = tokenized.text.includes('(');
  for (let index = 0; hasBracket && index < tokens.length; index++) {
    if (tokens[index]!.text !== '(' || !isTickerAside(tokens, index)) continue;
    for (let t = index + 1; t < tokens.length && tokens[t]!.text !== ')'; t++) inTicker[t] = 1;
    // "Snap-on (SNA.N)": the name before a ticker that the tagger left alone is a listed company's.
    const first = uncoveredNameBefore(index);
    if (first === index) continue;
    candidates.push({ first, end: index, modelKind: 'ORG', cluster: -1 });
    for (let t = first; t < index; t++) covered[t] = candidates.length - 1;
  }
  for (let index = candidates.length - 1; index >= 0; index--) if (candidates[index]!.end <= candidates[index]!.first || inTicker[candidates[index]!.first]) candidates.splice(index, 1);

  // No name is read in a web address's path ("github.com/OpenAI/Whisper"), nor found again there.
  const inWebPath = webAddressPaths(tokenized);
  if (inWebPath) {
    for (let index = candidates.length - 1; index >= 0; index--) if (inWebPath[candidates[index]!.first]) candidates.splice(index, 1);
  }

  // 3. Names seen outside headlines are found again wherever they recur, whole tokens only.
  const supported = (mention: NameMention): boolean => {
    const surface = surfaceOf(tokens, mention.first, mention.end);
    return (
      !inTitle(mention.first) ||
      lexicon.organization.has(surface) ||
      lexicon.location.has(surface) ||
      lexicon.person.has(surface) ||
      PLACES.has(surface) ||
      MEDIA_COMPANIES.has(surface) ||
      KNOWN_ORGANIZATIONS.has(surface) ||
      ACRONYM_LIKE.test(surface)
    );
  };
  const surfaces = new Map<string, number[]>();
  const bodySurfaces = new Set<string>();
  for (const mention of candidates) {
    if (inTitle(mention.first)) continue;
    const key = tokens[mention.first]!.text;
    const lengths = surfaces.get(key) ?? [];
    // The name without its legal suffix recurs too ("Sony Corp" ... "Sony").
    const stripped = nameTokens(tokens, mention);
    const forms = stripped[0] === key ? [mention.end - mention.first, stripped.length] : [mention.end - mention.first];
    for (const length of forms) {
      if (!lengths.includes(length)) lengths.push(length);
      bodySurfaces.add(surfaceOf(tokens, mention.first, mention.first + length));
    }
    surfaces.set(key, lengths.sort((a, b) => b - a));
  }
  // Their forms in capitals, for words in capitals in headlines only (most texts have none).
  const upperBodySurfaces = new Set<string>();
  const upperSurfaces = new Map<string, number[]>();
  if (titled.size > 0) {
    for (const surface of bodySurfaces) upperBodySurfaces.add(surface.toUpperCase());
    for (const [first, lengths] of surfaces) upperSurfaces.set(first.toUpperCase(), [...new Set([...(upperSurfaces.get(first.toUpperCase()) ?? []), ...lengths])].sort((a, b) => b - a));
  }
  // A name may open with a lower-case word holding a digit ("x86"): only then is every token looked up.
  let lowerCaseKeys = false;
  for (const key of surfaces.keys()) if (!mayStartName(key)) lowerCaseKeys = true;
  const mentions: NameMention[] = candidates.filter((mention) => supported(mention) || bodySurfaces.has(surfaceOf(tokens, mention.first, mention.end)));
  covered.fill(-1);
  for (const mention of mentions) for (let t = mention.first; t < mention.end; t++) covered[t] = 1;
  if (inWebPath) for (let index = 0; index < tokens.length; index++) if (inWebPath[index]) covered[index] = 1;
  for (let index = 0; index < tokens.length; index++) {
    if (covered[index]! >= 0 || (!lowerCaseKeys && !mayStartName(tokens[index]!.text)) || isAmountAt(tokens, index)) continue;
    // In a headline written in capitals, "SONY" is the "Sony" of the body.
    const capitals = titled.size > 0 && inTitle(index) && !HAS_LOWER_CASE.test(tokens[index]!.text);
    const lengths = capitals ? upperSurfaces.get(tokens[index]!.text) : surfaces.get(tokens[index]!.text);
    if (!lengths) continue;
    for (const length of lengths) {
      const end = index + length;
      if (end > tokens.length || tokens[end - 1]!.sentence !== tokens[index]!.sentence) continue;
      let free = true;
      for (let t = index; t < end; t++) if (covered[t]! >= 0) free = false;
      const surface = surfaceOf(tokens, index, end);
      if (!free || !(capitals ? upperBodySurfaces.has(surface) : bodySurfaces.has(surface))) continue;
      // "Disney" must not be found inside "Disney+" or glued to a longer capitalised name.
      const next = tokens[end];
      if (next && next.start === tokens[end - 1]!.end && /^[+\-&]/.test(next.text)) continue;
      mentions.push({ first: index, end, modelKind: null, cluster: -1 });
      for (let t = index; t < end; t++) covered[t] = 1;
      break;
    }
  }
  mentions.sort((a, b) => a.first - b.first);

  // 4. Mentions with the same name form a cluster; a lone surname joins the full name it ends.
  const clusterWords: string[][] = [];
  const clusterMentions: NameMention[][] = [];
  const byKey = new Map<string, number>();
  for (const mention of mentions) {
    const words = nameTokens(tokens, mention);
    const key = clusterKey(words);
    let id = byKey.get(key);
    if (id === undefined) {
      id = clusterWords.length;
      byKey.set(key, id);
      clusterWords.push(words);
      clusterMentions.push([]);
    } else if (words.length > clusterWords[id]!.length || (isAllCaps(clusterWords[id]!) && !isAllCaps(words))) {
      // The canonical name is the longest form, written as in running text rather than a capitals headline.
      clusterWords[id] = words;
    }
    mention.cluster = id;
    clusterMentions[id]!.push(mention);
  }
  // A name followed by its spelling in another script, in brackets ("Huawei (华为)"), is the same entity.
  for (const mention of [...mentions]) {
    if (tokens[mention.end]?.text !== '(') continue;
    let close = mention.end + 1;
    while (close < tokens.length && close - mention.end < 6 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text !== ')' || close === mention.end + 1) continue;
    let foreign = true;
    for (let t = mention.end + 1; t < close; t++) if (!NON_LATIN_LETTERS.test(tokens[t]!.text)) foreign = false;
    if (!foreign) continue;
    const alias: NameMention = { first: mention.end + 1, end: close, modelKind: mention.modelKind, cluster: mention.cluster };
    mentions.push(alias);
    clusterMentions[mention.cluster]!.push(alias);
  }
  mentions.sort((a, b) => a.first - b.first);
  // (Filled in a loop: an array made by `map` is packed or holey as the engine's tier that ran it chose, and the code
  // reading it was dropped each time it met the other kind.)
  const parent: number[] = [];
  for (let id = 0; id < clusterWords.length; id++) parent.push(id);
  const root = (id: number): number => (parent[id] === id ? id : (parent[id] = root(parent[id]!)));
  // Multi-word clusters indexed by last word (people) and first word (organisations): linear, not pairwise.
  const byLastWord = new Map<string, number>();
  // The same surnames in capitals, for a name written in capitals only: a transcript's speaker ("PARK-ELLIS:").
  const byLastWordInCapitals = new Map<string, number>();
  // Every person named in full, by surname, in order of first mention ("Barack Obama", "Michelle Obama").
  const peopleBySurname = new Map<string, number[]>();
  const byFirstWord = new Map<string, number>();
  // Businesses by the first words of a name that ends in a legal form ("Saguaro Ridge" for "Saguaro Ridge Communities LLC"); -1 when two share them.
  const byLongerName = new Map<string, number>();
  // People by given name ("Hillary" for "Hillary Clinton"); -1 when two people of the text share it.
  const byGivenName = new Map<string, number>();
  // Newspapers by their masthead word ("Post" for "The Washington Post"); -1 when two of the text end with it.
  const byMasthead = new Map<string, number>();
  // People by the last two words or more of a full name of three words or more ("Wasserman Schultz" for "Debbie
  // Wasserman Schultz", "Le Pen" for "Marine Le Pen"); -1 when two people of the text share them.
  const byCompoundSurname = new Map<string, number>();
  for (let id = 0; id < clusterWords.length; id++) {
    const words = clusterWords[id]!;
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    if (MASTHEADS.has(last)) byMasthead.set(last, byMasthead.has(last) ? -1 : id);
    let person = 0;
    let organisation = 0;
    for (const mention of clusterMentions[id]!) {
      if (mention.modelKind === 'PER') person++;
      else if (mention.modelKind === 'ORG') organisation++;
    }
    // (A given name, a middle initial and a surname are a person's, whatever the tagger read: "Loretta E. Lynch".)
    const initialled = hasMiddleInitial(words) && isGivenName(words[0]!, lexicon) && SURNAME_SHAPE.test(words[2]!);
    if ((person > 0 && person >= organisation) || initialled || endsWithLoneSurname(words, clusterMentions[id]!.length, byKey, clusterMentions, lexicon)) {
      // "Kennedy" is short for "Robert F. Kennedy Jr.": the surname stands before a generational suffix.
      // "Bae" is short for "Bae Min-kyu": a Korean name writes the family name first, the hyphenated given name after.
      const familyFirst = words.length === 2 && KOREAN_GIVEN_NAME.test(words[1]!);
      const surname = familyFirst ? words[0]! : words.length > 2 && GENERATIONAL_SUFFIX.test(words[words.length - 1]!) ? words[words.length - 2]! : words[words.length - 1]!;
      byLastWord.set(surname, id);
      byLastWordInCapitals.set(surname.toUpperCase(), id);
      const namesakes = peopleBySurname.get(surname);
      if (namesakes) namesakes.push(id);
      else peopleBySurname.set(surname, [id]);
      if (isGivenName(words[0]!, lexicon)) addGivenName(byGivenName, words, id, clusterWords);
      if (words.length >= 3 && TITLE_CASE_WORD.test(words[0]!) && !words.some((word) => isBodyOrBusinessWord(word.toLowerCase()))) {
        for (let length = 2; length < words.length; length++) {
          // (Not ordinary words only: "Nutrition Therapy" of "Keatley Medical Nutrition Therapy" names no one.)
          const surnameWords = words.slice(-length);
          if (surnameWords.every((word) => isFrequentWord(word.toLowerCase(), lexicon))) continue;
          const surnames = surnameWords.join(' ');
          byCompoundSurname.set(surnames, byCompoundSurname.has(surnames) && byCompoundSurname.get(surnames) !== id ? -1 : id);
        }
      }
    } else if (organisation > 0 && !byFirstWord.has(words[0]!)) byFirstWord.set(words[0]!, id);
    // "Saguaro Ridge" for "Saguaro Ridge Communities LLC": a business's name, less its last words, ending in a legal form.
    const legalForm = clusterMentions[id]!.some((mention) => COMPANY_SUFFIXES.has(lowerOf(tokens[mention.end - 1])) || COMPANY_SUFFIXES.has(lowerOf(tokens[mention.end])));
    if (organisation > 0 && words.length >= 3 && legalForm) {
      for (let length = 2; length < words.length; length++) {
        const prefix = words.slice(0, length).join(' ');
        // (Not a place the business is named after: "Abu Dhabi" of "Abu Dhabi National Oil Co.")
        if (isListedPlace(prefix, lexicon)) continue;
        byLongerName.set(prefix, byLongerName.has(prefix) && byLongerName.get(prefix) !== id ? -1 : id);
      }
    }
  }
  // The one person whose compound surname every mention opens, the next word being the rest of it, or undefined.
  const compoundSurnameAt = (group: readonly NameMention[]): number | undefined => {
    let found: number | undefined;
    for (const mention of group) {
      const next = tokens[mention.end];
      if (!next || !oneSpaceApart(tokenized, mention.end - 1, mention.end)) return undefined;
      const person = byCompoundSurname.get(`${surfaceOf(tokens, mention.first, mention.end)} ${next.text}`);
      if (person === undefined || person < 0 || (found !== undefined && found !== person)) return undefined;
      found = person;
    }
    return found;
  };
  // "Yahoo" is not short for "Yahoo Japan", written after it: a lone first word stands for a longer
  // organisation name only when the text gave the long name first, or when the rest of it is business
  // words ("Toyota" ... "Toyota Motor Corp").
  const shortFormOf = (short: number, long: number): boolean => {
    const longWords = clusterWords[long]!;
    if (longWords.slice(1).every((word) => isBusinessWord(word.toLowerCase()))) return true;
    // (A known company's own name is short for no product of it, whichever came first: "Google" beside "Google Home";
    // but for another known company's name it is: "CVS" beside "CVS Health".)
    if (isKnownCompanyName(clusterWords[short]!.join(' '), lexicon) && !isKnownCompanyName(longWords.join(' '), lexicon)) return false;
    const firstInBody = (id: number): number => clusterMentions[id]!.find((mention) => !inTitle(mention.first))?.first ?? Infinity;
    return firstInBody(long) < firstInBody(short);
  };
  for (let id = 0; id < clusterWords.length; id++) {
    const words = clusterWords[id]!;
    // "Wasserman Schultz said" after "Debbie Wasserman Schultz": a compound surname alone (opening with no given name,
    // read as no body or place) is the one person of the text whose full name ends with it.
    if (words.length >= 2 && byCompoundSurname.size > 0 && !isAnyGivenName(words[0]!, lexicon) && !readAsPlaceOrMisc(clusterMentions[id]!)) {
      const person = byCompoundSurname.get(words.join(' '));
      if (person !== undefined && person >= 0 && person !== id && clusterMentions[id]!.every((mention) => mention.modelKind !== 'ORG')) {
        parent[id] = root(person);
        continue;
      }
    }
    if (words.length >= 2 && byLongerName.size > 0) {
      const longer = byLongerName.get(words.join(' '));
      // (The short form written no more often than the long one: a name written often on its own is a name of its own.)
      // (Nor one the tagger read as a place: "Las Vegas" of "Las Vegas Sands Corp.")
      if (longer !== undefined && longer >= 0 && longer !== id && shortFormOf(id, longer) && clusterMentions[id]!.length <= clusterMentions[longer]!.length && !readAsPlaceOrMisc(clusterMentions[id]!)) parent[id] = root(longer);
      continue;
    }
    if (words.length !== 1 || PLACES.has(words[0]!)) continue;
    // "Harden" + "Bradford cautions", which the tagger cut: the first word of a compound surname, written before the rest of it.
    const compound = byCompoundSurname.size > 0 ? compoundSurnameAt(clusterMentions[id]!) : undefined;
    if (compound !== undefined) {
      parent[id] = root(compound);
      continue;
    }
    // "Toyota" is short for "Toyota Motor Corp", but "Iraqi" is not short for "Iraqi National Congress", nor
    // "Michigan" for "Michigan National Bank": a word the tagger reads mostly as a place or a MISC name keeps its own cluster.
    // A given name alone ("Hillary", "Bernie") is the one person of the text who has it, unless it is
    // someone's surname too ("Graham" for "Lindsey Graham").
    // A surname two people of the text share, or one written after a title of the other gender than the
    // one person named in full ("Mr. Obama" beside "Michelle Obama"), is resolved mention by mention.
    // "Sixt SE" beside "Konstantin Sixt", "SoftBank Corp." beside "SoftBank Group Corp.": a word written with a legal form
    // after it is a business's whole name, neither a person's surname nor the short form of another business's name.
    const legalFormAt = (index: number): boolean => COMPANY_SUFFIXES.has(lowerOf(tokens[index])) && isCapitalised(tokens[index]!.text);
    if (clusterMentions[id]!.some((mention) => legalFormAt(mention.end) || (mention.end - mention.first > 1 && legalFormAt(mention.end - 1)))) continue;
    const namesakes = peopleBySurname.get(words[0]!);
    if (namesakes && resolveSharedSurname(tokens, id, clusterMentions[id]!, namesakes, clusterWords, clusterMentions)) continue;
    const person = byGivenName.get(words[0]!);
    const organisation = readAsPlaceOrMisc(clusterMentions[id]!) ? undefined : byFirstWord.get(words[0]!);
    // "the Post" after "The Washington Post": the one paper of the text with that masthead.
    const paper = clusterMentions[id]!.every((mention) => /^(?:the|The)$/.test(tokens[mention.first - 1]?.text ?? '')) ? byMasthead.get(words[0]!) : undefined;
    const target =
      byLastWord.get(words[0]!) ??
      (words.length === 1 && CAPITALS_WORD.test(words[0]!) && !isFrequentWord(words[0]!.toLowerCase(), lexicon) ? byLastWordInCapitals.get(words[0]!) : undefined) ??
      (person !== undefined && person >= 0 ? person : undefined) ??
      (organisation !== undefined && shortFormOf(id, organisation) ? organisation : undefined) ??
      (paper !== undefined && paper >= 0 ? paper : undefined);
    if (target !== undefined && target !== id) parent[id] = root(target);
  }

  // 5. Each cluster's type, from the tagger's votes, the name itself, its context and learned lists.
  const groups = new Map<number, NameMention[]>();
  for (const mention of mentions) {
    const id = root(mention.cluster);
    mention.cluster = id;
    const list = groups.get(id) ?? [];
    list.push(mention);
    groups.set(id, list);
  }
  const typed = new Map<number, ReturnType<typeof scoreCluster>>();
  for (const [id, group] of groups) typed.set(id, scoreCluster(tokens, group, clusterWords[id]!, lexicon));

  // Coordinated names ("ZTE and Huawei", "ATT and Verizon") usually share a type: a weak vote.
  const businessPartners = new Set<number>();
  for (let pass = 0; pass < 2; pass++) {
    const bonus = new Map<number, Record<Kind, number>>();
    for (let index = 0; index + 1 < mentions.length; index++) {
      const left = mentions[index]!;
      const right = mentions[index + 1]!;
      const between = right.first - left.end;
      if (between < 1 || between > 2 || left.cluster === right.cluster) continue;
      const joiner = tokens[left.end]!.text;
      if (!(joiner === 'and' || joiner === 'or' || joiner === ',' || joiner === '/' || joiner === '&')) continue;
      if (between === 2 && !(joiner === ',' && tokens[left.end + 1]!.text === 'and')) continue;
      for (const [from, to] of [[left.cluster, right.cluster], [right.cluster, left.cluster]] as const) {
        const source = typed.get(from)!;
        const entry = bonus.get(to) ?? { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
        entry[source.kind] += 1.5;
        bonus.set(to, entry);
        if (source.kind === 'ORG' && source.company) businessPartners.add(to);
      }
    }
    for (const [id, entry] of bonus) {
      const current = typed.get(id)!;
      const scores = { ...current.scores };
      for (const kind of KINDS) scores[kind] += entry[kind];
      const kind = bestKind(scores);
      // Firm as before the vote of a coordinated name, but for the kind it chose: in "carrier deals with
      // ATT and Verizon" a cue backs the company reading that "ATT and" settled.
      // Named together with a company ("ZTE and Huawei", "Walmart, Kroger and Costco"), a name with no mark of a body is a company too.
      const company = current.company || (businessPartners.has(id) && current.organizationEvidence === 0);
      typed.set(id, { ...current, kind, company, firm: current.scores[kind] > current.votes[kind] });
    }
  }

  // "such as Viator, GetYourGuide, Expedia, Tiqets and Booking.com": capitalised words the tagger left alone
  // in a list of companies are companies too.
  const isCompanyMention = (mention: NameMention): boolean => {
    const decision = typed.get(mention.cluster);
    return decision !== undefined && decision.kind === 'ORG' && decision.company;
  };
  const isOrdinaryWord = (token: Token): boolean => {
    const lower = token.lower;
    return lexicon.commonWords.has(lower) || ROLE_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || isListedPlace(token.text, lexicon) || writtenInLowerCase(lower);
  };
  // A word that names a kind of thing ("Travel", "Gaming", "Retail"): an ordinary lower-case word, not a place's or a known name.
  const isKindWord = (token: Token): boolean =>
    !isListedPlace(token.text, lexicon) && !isKnownCompanyName(token.text, lexicon) && isOrdinaryLowerWord(token.lower, lexicon, writtenInLowerCase);
  // A lone word the tagger guessed was a place, a person or another name, with nothing but its guess behind it, is one more company of the list.
  const isGuessedName = (mention: NameMention): boolean => {
    const decision = typed.get(mention.cluster);
    const words = clusterWords[mention.cluster]!;
    if (!decision || decision.firm || words.length !== 1 || decision.kind === 'ORG') return false;
    const word = words[0]!;
    return !isListedPlace(word, lexicon) && !lexicon.person.has(word) && !isGivenName(word, lexicon);
  };
  const completedIds = new Map<string, number>();
  // The names a list of companies heads its entries with, names however ordinary their words: a numbered list's ("7. Perfect
  // Moving", "3. Girlfriend Collective"), and those ending in a word that ends two of the text's companies' names ("Bright
  // Health" beside "Elevance Health" and "CVS Health").
  const listNames = new Set<number>();
  const companyHeads = sharedCompanyHeads(groups, typed, clusterWords);
  const lists = listCompletions(tokens, tokenized.sentences, mentions, isCompanyMention, isOrdinaryWord, isKindWord, isGuessedName);
  // The ordinary words of a list of kinds are no names, unless the text names them otherwise too.
  const dropMention = (mention: NameMention): void => {
    const group = groups.get(mention.cluster);
    if (group) groups.set(mention.cluster, group.filter((other) => other !== mention));
  };
  for (const mention of lists.kinds) if (!typed.get(mention.cluster)?.aliased && !isKnownCompanyOrBody(clusterWords[mention.cluster]!, lexicon)) dropMention(mention);
  // "5. Moving of America", "Pottery Barn": the headings of a list whose headings are mostly companies, unless
  // one ordinary word or common acronym ("Contemporary", "SQL"), a known place, or a given name and a surname ("Patrick Clarke").
  const isPlainWord = (token: Token): boolean => token.text.length < 2 || COMMON_ACRONYMS.has(token.text) || isOrdinaryLowerWord(token.lower, lexicon, writtenInLowerCase);
  for (const item of companyListHeadings(tokens, mentions, isCompanyMention, isPlainWord)) {
    const words = tokens.slice(item.first, item.end).map((token) => token.text);
    if (item.named) {
      if (companyHeads.has(words[words.length - 1]!)) listNames.add(item.mention!.cluster);
      continue;
    }
    if (words.length === 1 && isPlainWord(tokens[item.first]!)) continue;
    // (Nor a body's name: "Khan Academy", "Harvard University Courses" in a list of courses.)
    if (isPlaceOrBodyName(words, lexicon) || (words.length === 2 && isGivenName(words[0]!, lexicon) && !isBusinessWord(words[1]!.toLowerCase()) && !companyHeads.has(words[1]!))) continue;
    // "Instagram and Facebook": two known names joined, each a heading's subject of its own.
    const joiner = words.findIndex((word) => NAME_JOINERS.has(word));
    if (joiner > 0 && isKnownCompanyName(words.slice(0, joiner).join(' '), lexicon) && isKnownCompanyName(words.slice(joiner + 1).join(' '), lexicon)) continue;
    // A one-word name is the company wherever the text writes it ("Bambee"), unless it is the short form of a longer
    // name ("Pimsleur" of "Paul Pimsleur"); a longer one is made a company here, and where the text writes it again
    // (see repeatCompanyNames).
    if (item.mention && words.length === 1 && clusterWords[item.mention.cluster]!.join(' ') === words[0]) {
      const decision = typed.get(item.mention.cluster);
      if (decision) typed.set(item.mention.cluster, { ...decision, kind: 'ORG', company: true, firm: true });
      continue;
    }
    for (const mention of mentions) if (mention.first >= item.first && mention.end <= item.end) dropMention(mention);
    lists.items.push({ ...item, mention: null });
  }
  for (const item of lists.items) {
    if (item.mention) {
      // Named in a list of companies, a company or a guessed name is a company in every mention.
      const decision = typed.get(item.mention.cluster)!;
      if (isCompanyMention(item.mention) || isGuessedName(item.mention)) typed.set(item.mention.cluster, { ...decision, kind: 'ORG', company: true, firm: true });
      continue;
    }
    const words = nameTokens(tokens, { first: item.first, end: item.end, modelKind: null, cluster: -1 });
    const key = looseKey(words);
    let id = completedIds.get(key);
    if (id === undefined) {
      id = clusterWords.length;
      completedIds.set(key, id);
      clusterWords.push(words);
      clusterMentions.push([]);
      groups.set(id, []);
      const scores = { PER: 0, ORG: 2, LOC: 0, MISC: 0 };
      typed.set(id, { kind: 'ORG', company: true, organizationEvidence: 0, scores, votes: { ...scores }, aliased: null, firm: true });
    }
    groups.get(id)!.push({ first: item.first, end: item.end, modelKind: null, cluster: id });
    if (item.numbered || companyHeads.has(words[words.length - 1]!)) listNames.add(id);
  }
  // "3. Puma: Bold and Affordable" … "Puma is a well-established name": a one-word name found only as a list's heading is
  // the company wherever else the text writes it, where no other name stands.
  const listedWords = new Map<string, number>();
  for (const id of completedIds.values()) if (clusterWords[id]!.length === 1 && LISTED_WORD.test(clusterWords[id]![0]!)) listedWords.set(clusterWords[id]![0]!, id);
  if (listedWords.size > 0) addListedWordMentions(tokens, groups, listedWords);

  // "Pottery Barn Kids", "Pottery Barn Teen" beside "Pottery Barn": no person's name opens with the name of a business
  // of the text (of two words or more: "Ford" opens "Ford Frick"); it names another of its businesses.
  const companyByName = new Map<string, number>();
  for (const [id] of groups) {
    const decision = typed.get(id)!;
    if (decision.kind === 'ORG' && decision.company && clusterWords[id]!.length >= 2) companyByName.set(clusterWords[id]!.join(' '), id);
  }
  if (companyByName.size > 0) {
    for (const [id] of groups) {
      const words = clusterWords[id]!;
      const decision = typed.get(id)!;
      if (words.length < 3 || decision.kind !== 'PER' || !words.every((word) => UPPER_CASE_START.test(word))) continue;
      for (let length = words.length - 1; length >= 2; length--) {
        if (!companyByName.has(words.slice(0, length).join(' '))) continue;
        // (A model's mark after it names a product: "Technivorm Moccamaster KBVG".)
        if (words.slice(length).some((word) => /\d|^\p{Lu}{2,}$/u.test(word))) break;
        typed.set(id, { ...decision, kind: 'ORG', company: true });
        break;
      }
    }
  }

  // "Coros Apex", "Suunto Run", "Apple CarPlay" beside the business Coros, Suunto or Apple: a name the tagger read as a
  // person's that opens with the one-word name of a business of the text, and no given name, is one of its products.
  // Not a business's own longer name ("Compaq Computer").
  const businessWords = new Set<string>();
  // How many people of the text have a mention ending in each word.
  const peopleByLastWord = new Map<string, number>();
  for (const [id, group] of groups) {
    const decision = typed.get(id)!;
    if (decision.kind === 'PER') {
      for (const word of new Set(group.map((mention) => tokens[mention.end - 1]!.text))) peopleByLastWord.set(word, (peopleByLastWord.get(word) ?? 0) + 1);
    }
    // (Read as a business over a person, not on a tie: "Amadou" alone, beside "Amadou Magassa". Its one-word name may be
    // the short form of a longer one: "Suunto" for "Suunto Vertical".)
    if (decision.kind !== 'ORG' || !decision.company || decision.scores.ORG <= decision.scores.PER) continue;
    for (const mention of group) if (mention.end - mention.first === 1) businessWords.add(tokens[mention.first]!.text);
  }
  if (businessWords.size > 0) {
    for (const [id, group] of groups) {
      const words = clusterWords[id]!;
      const decision = typed.get(id)!;
      if (words.length < 2 || decision.kind !== 'PER' || !businessWords.has(words[0]!) || isAnyGivenName(words[0]!, lexicon)) continue;
      const last = words[words.length - 1]!;
      if (isBusinessWord(last.toLowerCase())) continue;
      // (Another person of the text has the surname: "Melania Trump" beside "Donald Trump".)
      if ((peopleByLastWord.get(last) ?? 0) > 1) continue;
      // (Nor one the text also names by a compound surname: "Le Pen" for "Marine Le Pen".)
      if (group.some((mention) => mention.end - mention.first >= 2 && tokens[mention.first]!.text !== words[0])) continue;
      typed.set(id, { ...decision, kind: 'MISC' });
    }
  }

  // "Acer Nitro 16", "Acer Chromebook 516 GE" … "Acer did include an Ethernet port": a maker named before its products.
  // (A known company named before a product's model, "Acer" of "Acer Nitro 16", makes its other names' products too: "the Acer Nitro".)
  const productMakers = new Set<string>();
  for (const first of productEnds.keys()) productMakers.add(tokens[first - 1]!.text);
  namesMakersOfProducts(tokens, groups, clusterWords, typed, lexicon, writtenInLowerCase, productMakers);

  // "Lumix S5 II" of "Panasonic Lumix S5 II", and "Lumix" or "Galaxy" wherever the text writes it beside "Panasonic Lumix S5 II"
  // or "Samsung Galaxy Buds 3": a known company's product or line, whatever a list or a cue around it made of it.
  if (productEnds.size > 0) {
    const productFirstWords = new Set([...productEnds.keys()].map((first) => tokens[first]!.text));
    const productNames = new Set([...productEnds].map(([first, end]) => surfaceOf(tokens, first, end)));
    for (const [id] of groups) {
      const words = clusterWords[id]!;
      const name = words.join(' ');
      // ("Model Y" beside "Tesla Model 3": the same line, another model.)
      const sameLine = productFirstWords.has(words[0]!) && words.slice(1).every(isModelWord);
      const product = productNames.has(name) || sameLine;
      if (product && !isKnownCompanyName(name, lexicon)) typed.set(id, { ...typed.get(id)!, kind: 'MISC' });
    }
  }

  // 6. Clusters become entities; other names (MISC, weak single-word people) are dropped.
  const termAcronyms = acronymsOfTerms(tokens);
  const clusters: EntityCluster[] = [];
  const kept: NameMention[] = [];
  let nextClusterId = clusterWords.length;
  for (const [id, group] of groups) {
    const decision = typed.get(id)!;
    const words = clusterWords[id]!;
    let type: EntityType | null = null;
    // "Storage", "Movers", "Business Group": business words alone are what a name is made of, not a name
    // (a list item's tail split from "Dumbo Moving & Storage", a heading).
    // ("Limited Liability Company", "Public Limited Company": a legal form written out is no name either.)
    if (decision.kind === 'ORG' && !decision.aliased && words.every((word) => isBusinessWord(word.toLowerCase()) || LEGAL_FORM_WORDS.has(word.toLowerCase()))) continue;
    // "Members can join online.", "Diary": an ordinary word capitalised only where every word is (a sentence's or a
    // heading's first) is no name, unless a list, a known name or a business's description set off by commas says it is one.
    if (
      decision.kind === 'ORG' &&
      words.length === 1 &&
      !decision.aliased &&
      isOrdinaryLowerWord(words[0]!.toLowerCase(), lexicon, writtenInLowerCase) &&
      !isKnownCompanyOrBody(words, lexicon) &&
      group.every((mention) => mention.end - mention.first === 1 && (isSentenceFirstWord(tokens, mention.first) || inTitle(mention.first)) && !isSetOffByBusinessDescription(tokens, mention.end))
    )
      continue;
    // "S" of "Ørsted A/S", run-level 'S': a letter alone names no body or business (but "X", the network once called Twitter).
    if (decision.kind === 'ORG' && !decision.aliased && words.length === 1 && /^\p{Lu}$/u.test(words[0]!) && words[0] !== 'X') continue;
    // "AI has moved into the boardroom", "most VPNs we tested": an ordinary word in capitals, or its plural, is no name, whatever found it.
    if (words.length === 1 && (COMMON_ACRONYMS.has(words[0]!) || PLURAL_ACRONYM.test(words[0]!)) && !decision.aliased) continue;
    // "photoplethysmography (PPG)": the short form of a term is no name.
    if (words.length === 1 && termAcronyms.has(words[0]!) && !decision.aliased) continue;
    // "Wedding Ideas", "Seamless Marketing Integration": a heading's title case, when the text writes each of
    // its words in lower case too; a name's own words seldom are (a known name or a legal form keeps it).
    // (Written in running text, next to a lower-case word, the words of a name are not a heading's: "machines from Light &
    // Wonder", "National Grid said".)
    const lowerCaseAt = (index: number, sentence: number): boolean => tokens[index]?.sentence === sentence && LOWER_CASE_START.test(tokens[index]!.text);
    // So are the words of a name after a comma that follows a lower-case word ("said Rafi Friedman, president, Coastal Luxury Outdoors."),
    // and an item of a list a sentence opens ("retailers such as West Elm, Nordstrom, Crate & Barrel, Wayfair").
    const listedInSentence = (first: number, sentence: number): boolean => {
      if (!/^(?:,|and|or)$/.test(tokens[first - 1]?.text ?? '')) return false;
      let at = first - 1;
      while (at > 0 && first - at < 40 && tokens[at]!.sentence === sentence && (/^(?:,|and|or|&)$/.test(tokens[at]!.text) || isCapitalised(tokens[at]!.text))) at--;
      return lowerCaseAt(at, sentence);
    };
    const inRunningText = group.some((mention) => {
      const sentence = tokens[mention.first]!.sentence;
      return (
        lowerCaseAt(mention.first - 1, sentence) ||
        lowerCaseAt(mention.end, sentence) ||
        (tokens[mention.first - 1]?.text === ',' && lowerCaseAt(mention.first - 2, sentence)) ||
        (tokens[mention.end]?.text === ',' && lowerCaseAt(mention.end + 1, sentence)) ||
        listedInSentence(mention.first, sentence)
      );
    });
    if (decision.kind === 'ORG' && !decision.aliased && isHeadingPhrase(words, lexicon, writtenInLowerCase, inRunningText, listNames.has(id)) && !group.some((mention) => COMPANY_SUFFIXES.has(lowerOf(tokens[mention.end - 1])))) continue;
    if (decision.kind === 'LOC') type = 'location';
    else if (decision.kind === 'ORG') type = decision.company ? 'company' : 'organization';
    else if (decision.kind === 'PER') type = confidentPerson(tokens, group, words, lexicon, writtenInLowerCase) && !isGroupPlural(tokenized.text, tokens, group, words, lexicon) ? 'person' : null;
    if (!type) continue;
    const canonicalWords = type === 'person' ? longestWords(tokens, group) : words;
    // (A comma is written against the word before it: "Clayton, Dubilier & Rice".)
    const canonical = decision.aliased ?? knownNameOfWebName(canonicalWords, lexicon) ?? canonicalWords.join(' ').replace(/ ,/g, ',');
    // A city's name also names its team ("Detroit" in a results table): where the tagger read a mention
    // as the other of place and organisation, that mention keeps the tagger's reading, unless a cue or a
    // hand-written list chose the cluster's kind.
    const other = decision.kind === 'LOC' ? 'ORG' : decision.kind === 'ORG' ? 'LOC' : null;
    const split = other !== null && !decision.firm ? group.filter((mention) => mention.modelKind === other) : [];
    const own = split.length > 0 ? group.filter((mention) => mention.modelKind !== other) : group;
    if (own.length > 0) {
      clusters.push({ id, type, canonical, nameTokens: canonicalWords, mentions: own });
      kept.push(...own);
    }
    if (split.length > 0) {
      const splitId = nextClusterId++;
      for (const mention of split) mention.cluster = splitId;
      clusters.push({ id: splitId, type: other === 'LOC' ? 'location' : 'organization', canonical, nameTokens: canonicalWords, mentions: split });
      kept.push(...split);
    }
  }
  const allMentions = withoutReferenceEntries(tokenized, clusters, repeatCompanyNames(tokens, clusters, kept));
  allMentions.sort((a, b) => a.first - b.first);
  return { clusters: clusters.filter((cluster) => cluster.mentions.length > 0), mentions: allMentions };
}

/**
 * Marks of an entry in a list of references: a DOI, a PubMed or Google Scholar link, a journal's year, volume and pages
 * written the Vancouver way ("2013;23:849").
 */
const REFERENCE_ENTRY_MARK = /\bdoi:\s*10\.\d|\[(?:PubMed|Google Scholar|DOI|PMC free article)\]|\b(?:19|20)\d\d;\s*\d+(?:\(\d+\))?:\s*[A-Z]*\d+/g;

/**
 * The mentions, less those in the entries of a list of references ("Cooney GM, Dwan K, Greig CA … Cochrane Database Syst
 * Rev. 2013;2013:CD004366"): their names are authors' and journals' written short, "GM" no carmaker, and the reader reads
 * no such list for its companies. The clusters lose them too.
 */
function withoutReferenceEntries(tokenized: TokenizedText, clusters: EntityCluster[], mentions: NameMention[]): NameMention[] {
  const { text, tokens } = tokenized;
  const blocks = new Set<number>();
  let at = 0;
  for (const match of text.matchAll(REFERENCE_ENTRY_MARK)) {
    while (at + 1 < tokens.length && tokens[at + 1]!.start <= match.index) at++;
    if (tokens[at]) blocks.add(tokens[at]!.block);
  }
  if (blocks.size === 0) return mentions;
  const inProse = (mention: NameMention): boolean => !blocks.has(tokens[mention.first]!.block);
  for (const cluster of clusters) cluster.mentions = cluster.mentions.filter(inProse);
  return mentions.filter(inProse);
}

// Helpers of the rules' loops over every token, which hold no closures: a closure reading a loop's variables makes
// the engine allocate them for each token. New passes go here too, not into detectEntities: V8 leaves a function of more
// bytecode than its optimising compiler takes unoptimised, and one more loop inside detectEntities once cost the whole
// analysis 12% more instructions (callgrind, PolNeAR dev).

/**
 * "easyJet", "iFood", "inDrive": a brand written with a short lower-case opening before a capitalised word, the tagger
 * left alone, in running prose (not a product the lists know, "iPhone", "iCloud", nor code: "useState", "onClick(").
 */
/** "Amazon.com", "Walmart.com": a known company's name written as its web address names the company ("Booking.com" is one). */
function knownNameOfWebName(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): string | null {
  const web = words.length === 1 ? /^(.+)\.com$/i.exec(words[0]!) : null;
  return web && !isKnownCompanyName(words[0]!, lexicon) && isKnownCompanyName(web[1]!, lexicon) ? web[1]! : null;
}

/**
 * The last words that end the names of two or more of the text's companies ("Health" of "Elevance Health" and "CVS
 * Health"): the other names a list of them heads its entries with end so too ("Bright Health", "Oscar Health").
 */
function sharedCompanyHeads(groups: ReadonlyMap<number, readonly NameMention[]>, typed: ReadonlyMap<number, ClusterDecision>, clusterWords: readonly (readonly string[])[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const [id, group] of groups) {
    const decision = typed.get(id);
    const words = clusterWords[id]!;
    if (group.length === 0 || words.length < 2 || !decision || decision.kind !== 'ORG' || !decision.company) continue;
    const head = words[words.length - 1]!;
    if (seen.has(head)) shared.add(head);
    seen.add(head);
  }
  return shared;
}

function addLowerCaseOpenedBrands(tokens: readonly Token[], taggedTokens: Uint8Array, candidates: NameMention[], lexicon: ReturnType<typeof learnedLexicon>): void {
  for (let index = 1; index + 1 < tokens.length; index++) {
    const token = tokens[index]!;
    // (Most words have no capital among their first five letters: passed over before the pattern is tried.)
    if (taggedTokens[index] || !(mayBeUpperAt(token.text, 1) || mayBeUpperAt(token.text, 2) || mayBeUpperAt(token.text, 4))) continue;
    if (!LOWER_CASE_OPENED_BRAND.test(token.text) || CODE_PREFIXES.test(token.text) || PRODUCT_NAMES.has(token.text.replace(/s$/, ''))) continue;
    // ("eCommerce", "eBooks", "eLearning": an electronic kind of an ordinary thing.)
    if (token.text.startsWith('e') && isFrequentWord(token.lower.slice(1).replace(/s$/, ''), lexicon)) continue;
    const next = tokens[index + 1]!;
    if (next.start === token.end && !/^(?:[,.;:!?)]|['’]s)$/.test(next.text)) continue;
    // (Opening a sentence, before a lower-case verb: "easyJet said it had put seats on sale".)
    const opensSentence = tokens[index - 1]!.sentence !== token.sentence && tokens[index - 1]!.block === token.block && LOWER_CASE_WORD.test(next.text);
    // (Or after a quote it follows: "“We have the aircraft,” easyJet Chief Commercial Officer … told Reuters".)
    const afterQuote = /^[”"]$/.test(tokens[index - 1]!.text) && tokens[index - 2]?.text === ',';
    if (!LOWER_CASE_WORD.test(tokens[index - 1]!.text) && tokens[index - 1]!.text !== ',' && !opensSentence && !afterQuote) continue;
    candidates.push({ first: index, end: index + 1, modelKind: 'ORG', cluster: -1 });
    taggedTokens[index] = 1;
  }
}

/** A word in lower case with one capital inside ("deepHarbor", "nimbleOps"): a brand's name only where the text says so. */
const LOWER_CAMEL_CASE = /^\p{Ll}{2,}\p{Lu}\p{Ll}+$/u;

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
 * "Walmart-owned Massmart", "BT-owned EE": the name after an owner's "-owned", which the tagger (taught no such split
 * compound) leaves alone or cuts, is a business's of up to three capitalised words ("Amazon-owned Whole Foods Market",
 * where it read "Foods Market" alone; not an ordinary word alone or a people's adjective: "Family-owned Italian restaurants").
 */
function addNamesOwnedByNames(tokens: readonly Token[], taggedTokens: Uint8Array, candidates: NameMention[], lexicon: ReturnType<typeof learnedLexicon>): void {
  for (let index = 1; index < tokens.length; index++) {
    if (taggedTokens[index] || tokens[index - 1]!.text !== '-owned' || !mayStartName(tokens[index]!.text)) continue;
    let end = index;
    while (end < tokens.length && end - index < 3 && tokens[end]!.sentence === tokens[index]!.sentence && isCapitalised(tokens[end]!.text)) end++;
    if (end === index || (end === index + 1 && isFrequentWord(tokens[index]!.lower, lexicon)) || isDemonym(tokens[index]!.text, lexicon)) continue;
    if (!replaceMentionsInside(candidates, { first: index, end, modelKind: 'ORG', cluster: -1 })) continue;
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
  }
}

/**
 * "online ordering through Toast, the restaurant software company, …": capitalised words the tagger left alone (an
 * ordinary word's, as brands often are) after a preposition, before a business's description set off by a comma.
 */
function addNamesBeforeBusinessDescriptions(tokens: readonly Token[], taggedTokens: Uint8Array, candidates: NameMention[]): void {
  for (let index = 1; index < tokens.length; index++) {
    if (taggedTokens[index] || !BRAND_OPENERS.has(tokens[index - 1]!.text) || !TITLE_CASE_WORD.test(tokens[index]!.text) || CALENDAR_WORDS.has(tokens[index]!.lower)) continue;
    let end = index + 1;
    while (end < tokens.length && end - index < 3 && !taggedTokens[end] && TITLE_CASE_WORD.test(tokens[end]!.text)) end++;
    if (tokens[end]?.text !== ',' || tokens[end]!.sentence !== tokens[index]!.sentence || describedAs(tokens, end) !== 'company') continue;
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
  }
}

/**
 * "Chains including Marks & Spencer, Next and Primark": the examples after a plural of businesses and "including",
 * "like" or "such as" are businesses' names, up to the one after the list's "and", ordinary words or not (a place, a
 * date or a title is none); names found already are stepped over.
 */
function addExamplesOfBusinesses(tokens: readonly Token[], taggedTokens: Uint8Array, candidates: NameMention[], lexicon: ReturnType<typeof learnedLexicon>): void {
  for (let cue = 2; cue < tokens.length; cue++) {
    const word = tokens[cue]!.text;
    if ((word !== 'including' && word !== 'like' && word !== 'as') || !isBusinessExamplesCue(tokens, cue)) continue;
    const sentence = tokens[cue]!.sentence;
    let first = cue + 1;
    for (let last = false; !last; ) {
      let end = first;
      // (A name's words may be joined by "&": "Marks & Spencer".)
      while (end < tokens.length && end - first < 4 && tokens[end]!.sentence === sentence && (TITLE_CASE_WORD.test(tokens[end]!.text) || (end > first && tokens[end]!.text === '&'))) end++;
      if (end === first) break;
      addListedBusinessName(tokens, taggedTokens, candidates, first, end, lexicon);
      const next = tokens[end]?.text;
      if (next === ',' && (tokens[end + 1]?.text === 'and' || tokens[end + 1]?.text === 'or')) [first, last] = [end + 2, true];
      else if (next === ',') first = end + 1;
      else if (next === 'and' || next === 'or') [first, last] = [end + 1, true];
      else break;
    }
  }
}

/**
 * Two name words the tagger left alone before an appositive that gives a person's role: "Kwame Asante-Boateng, chair of the
 * Football Supporters' Association, said", whatever given name the lists lack, even opening a sentence.
 */
function addNamesBeforeRoleAppositives(tokens: readonly Token[], taggedTokens: Uint8Array, candidates: NameMention[], lexicon: ReturnType<typeof learnedLexicon>): void {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const given = tokens[index]!;
    const surname = tokens[index + 1]!;
    if (taggedTokens[index] || taggedTokens[index + 1] || surname.sentence !== given.sentence || tokens[index + 2]!.text !== ',') continue;
    if (!TITLE_CASE_WORD.test(given.text) || !PLAIN_SURNAME.test(surname.text)) continue;
    if (isCapitalised(tokens[index - 1]?.text ?? '') && tokens[index - 1]!.sentence === given.sentence) continue;
    if (isKnownNonPersonWord(given.text, lexicon) || isKnownNonPersonWord(surname.text, lexicon) || isListedPlace(given.text, lexicon) || isListedPlace(surname.text, lexicon)) continue;
    if (!appositiveRoleAfter(tokens, index + 2)) continue;
    candidates.push({ first: index, end: index + 2, modelKind: 'PER', cluster: -1 });
    taggedTokens[index] = 1;
    taggedTokens[index + 1] = 1;
    index++;
  }
}

/**
 * A list of businesses' item `first`..`end` as a business's name, where the tagger left all of it alone and it is no
 * date, title or listed place (see `addNamesBeforeOtherBusinesses`, `addExamplesOfBusinesses`).
 */
/** A one-word name, capitalised or with a capital inside ("Puma", "TomboyX", "roomLift"), that a list's heading may be. */
const LISTED_WORD = /^(?:\p{Lu}[\p{L}\d]|\p{Ll}+\p{Lu})/u;

/** Adds a mention of each listed one-word name (a word and its cluster) wherever the text writes it and no mention stands. */
function addListedWordMentions(tokens: readonly Token[], groups: Map<number, NameMention[]>, listed: ReadonlyMap<string, number>): void {
  const covered = new Uint8Array(tokens.length);
  for (const group of groups.values()) for (const mention of group) for (let t = mention.first; t < mention.end; t++) covered[t] = 1;
  for (const [word, positions] of positionsOfWords(tokens, listed)) {
    const id = listed.get(word)!;
    for (const index of positions) if (!covered[index]) groups.get(id)!.push({ first: index, end: index + 1, modelKind: null, cluster: id });
  }
}

function addListedBusinessName(tokens: readonly Token[], taggedTokens: Uint8Array, candidates: NameMention[], first: number, end: number, lexicon: ReturnType<typeof learnedLexicon>): void {
  const lower = tokens[first]!.lower;
  if (CALENDAR_WORDS.has(lower) || ROLE_WORDS.has(lower) || isListedPlace(surfaceOf(tokens, first, end), lexicon) || isListedPlace(tokens[first]!.text, lexicon)) return;
  if (taggedTokens.subarray(first, end).some(Boolean)) return;
  candidates.push({ first, end, modelKind: 'ORG', cluster: -1 });
  taggedTokens.fill(1, first, end);
}

/**
 * "Amazon, Best Buy, Gap and thousands of other retailers": the words of a list before "and other <businesses>" that the
 * tagger left alone are businesses' names, ordinary words or not (a place, a date or a title is none).
 */
function addNamesBeforeOtherBusinesses(tokens: readonly Token[], taggedTokens: Uint8Array, candidates: NameMention[], lexicon: ReturnType<typeof learnedLexicon>): void {
  for (let index = 1; index < tokens.length; index++) {
    if (tokens[index]!.text !== 'and' || !isOtherBusinessesAt(tokens, index)) continue;
    const sentence = tokens[index]!.sentence;
    let end = index;
    if (tokens[end - 1]?.text === ',') end--;
    while (end > 0) {
      let first = end;
      while (first > 0 && end - first < 3 && tokens[first - 1]!.sentence === sentence && TITLE_CASE_WORD.test(tokens[first - 1]!.text)) first--;
      if (first === end) break;
      if (!isSentenceFirstWord(tokens, first)) addListedBusinessName(tokens, taggedTokens, candidates, first, end, lexicon);
      if (tokens[first - 1]?.text !== ',' || tokens[first - 1]!.sentence !== sentence) break;
      end = first - 1;
    }
  }
}

/**
 * "Pick n Pay": a lower-case "n" between two capitalised words joins them into one name, where the tagger found a name on
 * either side (one side may be a word it left alone). `covered` gives each token's candidate, or -1.
 */
function joinNamesAroundN(tokenized: TokenizedText, candidates: NameMention[], covered: Int32Array): void {
  const { tokens } = tokenized;
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (tokens[index]!.text !== 'n' || !TITLE_CASE_WORD.test(tokens[index - 1]!.text) || !TITLE_CASE_WORD.test(tokens[index + 1]!.text)) continue;
    if (!oneSpaceApart(tokenized, index - 1, index) || !oneSpaceApart(tokenized, index, index + 1)) continue;
    const left = covered[index - 1]! >= 0 ? candidates[covered[index - 1]!]! : null;
    const right = covered[index + 1]! >= 0 ? candidates[covered[index + 1]!]! : null;
    if ((!left && !right) || (left && left.end !== index) || (right && right.first !== index + 1) || covered[index]! >= 0) continue;
    const first = left ? left.first : index - 1;
    const end = right ? right.end : index + 2;
    const kept = left ?? right!;
    const keptIndex = covered[left ? index - 1 : index + 1]!;
    if (left && right) right.end = right.first;
    kept.first = first;
    kept.end = end;
    kept.modelKind = 'ORG';
    for (let t = first; t < end; t++) covered[t] = keptIndex;
  }
}

/** The first of `mentions` that holds token `index` past its first token. */
function mentionHolding(mentions: readonly NameMention[], index: number): NameMention | undefined {
  return mentions.find((mention) => mention.first < index && mention.end > index);
}

/** Puts `mention` among `mentions` in place of those inside it; false, changing nothing, when one of them reaches out of it. */
function replaceMentionsInside(mentions: NameMention[], mention: NameMention): boolean {
  const inside = mentions.filter((other) => other.first < mention.end && other.end > mention.first);
  if (inside.some((other) => other.first < mention.first || other.end > mention.end)) return false;
  for (const other of inside) mentions.splice(mentions.indexOf(other), 1);
  mentions.push(mention);
  return true;
}

/**
 * A company's name of several words, written again where the tagger cut it into other names ("co-owner of
 * Keatley Medical Nutrition Therapy" ... "Keatley" + "Nutrition Therapy"), is the company again: the names
 * inside the repeat leave their clusters for the company's. A name reaching beyond the repeat is left alone.
 */
function repeatCompanyNames(tokens: readonly Token[], clusters: EntityCluster[], kept: NameMention[]): NameMention[] {
  const companies = clusters.filter((cluster) => cluster.type === 'company' && cluster.nameTokens.length > 1);
  if (companies.length === 0) return kept;
  const owner = new Int32Array(tokens.length).fill(-1);
  kept.forEach((mention, index) => {
    for (let t = mention.first; t < mention.end; t++) owner[t] = index;
  });
  const removed = new Set<NameMention>();
  const added: NameMention[] = [];
  // Where each company's first word is written, gathered in one pass (not one pass per company).
  const writtenAt = positionsOfWords(tokens, new Set(companies.map((company) => company.nameTokens[0]!)));
  for (const company of companies) {
    const words = company.nameTokens;
    let from = 0;
    for (const index of writtenAt.get(words[0]!) ?? []) {
      if (index < from || index + words.length > tokens.length) continue;
      const end = index + words.length;
      if (!words.every((word, offset) => tokens[index + offset]!.text === word && tokens[index + offset]!.sentence === tokens[index]!.sentence)) continue;
      const inside = new Set<NameMention>();
      let fits = true;
      for (let t = index; t < end && fits; t++) {
        const mention = owner[t]! >= 0 ? kept[owner[t]!]! : null;
        if (!mention) continue;
        if (mention.cluster === company.id || mention.first < index || mention.end > end || removed.has(mention)) fits = false;
        else inside.add(mention);
      }
      if (!fits || inside.size === 0) continue;
      for (const mention of inside) removed.add(mention);
      added.push({ first: index, end, modelKind: null, cluster: company.id });
      from = end;
    }
  }
  if (added.length === 0) return kept;
  for (const cluster of clusters) if (cluster.mentions.some((mention) => removed.has(mention))) cluster.mentions = cluster.mentions.filter((mention) => !removed.has(mention));
  for (const mention of added) clusters.find((cluster) => cluster.id === mention.cluster)!.mentions.push(mention);
  for (const cluster of clusters) cluster.mentions.sort((a, b) => a.first - b.first);
  return [...kept.filter((mention) => !removed.has(mention)), ...added];
}

/**
 * Acronyms the text defines as the short form of a term written in lower case, not of a name:
 * "photoplethysmography (PPG)", "solar bill payment (SBP)". (Capitalised words before an acronym may be a
 * name the tagger missed: "Advanced Micro Devices (AMD)".)
 */
function acronymsOfTerms(tokens: readonly Token[]): Set<string> {
  const terms = new Set<string>();
  for (let index = 2; index + 1 < tokens.length; index++) {
    const acronym = tokens[index]!.text;
    if (tokens[index - 1]!.text !== '(' || tokens[index + 1]!.text !== ')' || !/^\p{Lu}{2,6}s?$/u.test(acronym)) continue;
    if (/^\p{Ll}{3,}$/u.test(tokens[index - 2]!.text)) terms.add(acronym);
  }
  return terms;
}
