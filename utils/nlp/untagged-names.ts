// Names the tagger left alone, found by the rules: a name opening a clause before a speech verb, known companies,
// brands written in lower case, shops, web addresses, names before titles, after business nouns and in lists of examples.
import { CALENDAR_WORDS, COMMON_ACRONYMS, COMPANY_NAME_WORDS, COMPANY_SUFFIXES, PLACES, PRODUCT_NAMES } from './gazetteer.ts';
import { isFrequentWord, isGivenName, isListedPlace, learnedLexicon, multiWordPlaceIndex } from './lexicon.ts';
import { appositiveRoleAfter, isDemonym, ROLE_HEADS } from './roles.ts';
import { isPossessive, type Sentence, type Token } from './tokenize.ts';
import {
  BUSINESS_NOUNS_BEFORE_NAME,
  countsCustomersAfter,
  doesBusinessAfter,
  describedAs,
  isBusinessExamplesCue,
  exampleAfterBusinessNoun,
  isBusinessServiceAt,
  isBusinessTitleAt,
  isDealObjectAt,
  isNamedAfterBusinessNoun,
  isOtherBusinessesAt,
  isOutletWithNumber,
  isOwnedBusinessUnit,
  isSetOffByBusinessDescription,
  isValuedOrOwnedAfter,
  NON_PERSON_BUSINESS_NOUNS,
} from './cluster-kind.ts';
import { headsParagraphBefore, isKnownCompanyOrBody, RANKING_WORDS } from './company-lists.ts';
import type { NameMention } from './types.ts';
import {
  ADVERB,
  BASED_IN,
  CAPITALISED_WEB_NAME,
  CONNECTIVE_ADVERBS,
  HAS_LETTER,
  isCapitalised,
  isKnownNonPersonWord,
  isSentenceFirstWord,
  knownCompanyNameIndex,
  knownPhraseAt,
  LOWER_CASE_BRAND,
  lowerOf,
  mayStartName,
  opensLowerThenCapital,
  QUOTE_OR_BRACKET,
  ROLE_WORDS,
  SPEECH_VERBS_AFTER_NAME,
  surfaceOf,
} from './name-words.ts';
import { HAS_DIGIT, LONG_NAME_WORD, LOWER_CASE_WORD, NAME_WORD, TITLE_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';
import { isAmountAt, mentionHolding, type NameContext } from './name-context.ts';

/** What a lower-case brand's name may follow mid-sentence: a preposition or a dateline's dash. */
const BRAND_OPENERS = new Set(['to', 'from', 'at', 'with', 'by', 'for', 'of', 'on', 'in', 'via', 'through', 'including', '—', '–', '-', ':']);

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

/** Whether the character at `at` of `text` may be a lower-case letter: an ASCII one, or any letter beyond ASCII. */
function mayBeLowerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 97 && code <= 122) || code > 127;
}

function addLowerCaseOpenedBrands({ tokens, lexicon }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  for (let index = 1; index + 1 < tokens.length; index++) {
    const token = tokens[index]!;
    // (Such a brand has four letters at least, and most words have no capital among their first five letters: passed
    // over before the pattern is tried.)
    if (taggedTokens[index] || token.text.length < 4 || !(mayBeUpperAt(token.text, 1) || mayBeUpperAt(token.text, 2) || mayBeUpperAt(token.text, 4))) continue;
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
 * "Walmart-owned Massmart", "BT-owned EE": the name after an owner's "-owned", which the tagger (taught no such split
 * compound) leaves alone or cuts, is a business's of up to three capitalised words ("Amazon-owned Whole Foods Market",
 * where it read "Foods Market" alone; not an ordinary word alone or a people's adjective: "Family-owned Italian restaurants").
 */
function addNamesOwnedByNames({ tokens, lexicon }: NameContext, { candidates, taggedTokens }: FoundNames): void {
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
function addNamesBeforeBusinessDescriptions({ tokens }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  for (let index = 1; index < tokens.length; index++) {
    // (Most words open with no capital: passed over by their first letter.)
    if (taggedTokens[index] || !mayBeUpperAt(tokens[index]!.text, 0) || !BRAND_OPENERS.has(tokens[index - 1]!.text) || !TITLE_CASE_WORD.test(tokens[index]!.text) || CALENDAR_WORDS.has(tokens[index]!.lower)) continue;
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
function addExamplesOfBusinesses({ tokens, lexicon }: NameContext, { candidates, taggedTokens }: FoundNames): void {
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
function addNamesBeforeRoleAppositives({ tokens, lexicon }: NameContext, { candidates, taggedTokens }: FoundNames): void {
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
function addNamesBeforeOtherBusinesses({ tokens, lexicon }: NameContext, { candidates, taggedTokens }: FoundNames): void {
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

/** Puts `mention` among `mentions` in place of those inside it; false, changing nothing, when one of them reaches out of it. */
function replaceMentionsInside(mentions: NameMention[], mention: NameMention): boolean {
  const inside = mentions.filter((other) => other.first < mention.end && other.end > mention.first);
  if (inside.some((other) => other.first < mention.first || other.end > mention.end)) return false;
  for (const other of inside) mentions.splice(mentions.indexOf(other), 1);
  mentions.push(mention);
  return true;
}

/** The candidates found so far, and the tokens they cover: a pass adds a name the tagger left alone where none is. */
interface FoundNames {
  readonly candidates: NameMention[];
  readonly taggedTokens: Uint8Array;
}

/** The end of the capitalised words from `first` that no name covers yet, in its sentence: three at most. */
function untaggedCapitalisedEnd(tokens: readonly Token[], taggedTokens: Uint8Array, first: number): number {
  let end = first + 1;
  while (end < tokens.length && end - first < 3 && tokens[end]!.sentence === tokens[first]!.sentence && UPPER_CASE_START.test(tokens[end]!.text) && !taggedTokens[end]) end++;
  return end;
}

/**
 * Unknown capitalised words opening a sentence, the tagger's blind spot, when a speech verb or a
 * possessive follows: "Siemens said ...", "Nokia's profit ...".
 */
function addNamesOpeningClauses({ tokenized, tokens, lexicon, writtenInLowerCase }: NameContext, { candidates, taggedTokens }: FoundNames): void {
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
}

/**
 * "Freight-matching startup haulr has raised …" … "haulr says its software …": a brand written in lower case even
 * where a sentence starts, which no ordinary word is, is a name wherever the text writes it, once the text says it
 * is a business (a noun for one before it, "stackwise, a two-year-old startup", or a business's verb after it).
 * So is one mid-sentence after a preposition or a dash and before a business's description set off by a comma
 * ("free access to pagewell, a subscription service that …", "SAN FRANCISCO — tinyloop, a start-up that …"; not a
 * noun of a list, "a guru, a designer, a developer", nor a verb, "he subcontracted, the public relations firm …").
 * (Also "deepHarbor Inc., a two-year-old startup": a longer lower-case opening before a capital, where a legal form or a
 * business's description says what it is; and a brand with a figure among the examples of a plural of businesses:
 * "firms, including project44".)
 */
function addLowerCaseBrands({ tokenized, tokens, lexicon }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  const lowerCaseBrands = new Set<string>();
  for (const sentence of tokenized.sentences) {
    const word = tokens[sentence.first]!.text;
    if ((LOWER_CASE_BRAND.test(word) || LOWER_CAMEL_CASE.test(word)) && !isFrequentWord(word, lexicon)) lowerCaseBrands.add(word);
  }
  for (let index = 1; index + 1 < tokens.length; index++) {
    const word = tokens[index]!.text;
    // (Both shapes of a brand below open on a lower-case letter: any other word is passed over by its first letter.)
    if (!mayBeLowerAt(word, 0)) continue;
    const next = tokens[index + 1]!;
    if (COMPANY_SUFFIXES.has(next.lower) && LOWER_CAMEL_CASE.test(word) && isCapitalised(next.text)) lowerCaseBrands.add(word);
    // (Asked first what is cheap to ask of every word: a comma after a preposition, or a figure.)
    const setOff = next.text === ',' && BRAND_OPENERS.has(tokens[index - 1]!.text);
    const figure = HAS_DIGIT.test(word);
    if ((!setOff && !figure) || !LOWER_CASE_BRAND.test(word) || isFrequentWord(word, lexicon)) continue;
    // (An example only with a figure in it, which no ordinary word has: not "including billionaire Tom Steyer".)
    if ((setOff && describedAs(tokens, index + 1) === 'company') || (figure && isBusinessExamplesCue(tokens, index - 1))) lowerCaseBrands.add(word);
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
}

/**
 * Known companies the tagger left alone or cut (it learned from 1996 news and reads today's Google or
 * Uber as people or places, or not at all): mid-sentence, or opening a sentence in a text that never
 * writes the word in lower case; a known name of several words replaces whatever the tagger made of it.
 */
function addKnownCompanyNames({ tokens, lexicon, writtenInLowerCase }: NameContext, { candidates, taggedTokens }: FoundNames): void {
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
    if (isSentenceFirstWord(tokens, index) && !phrase && writtenInLowerCase(token.lower)) continue;
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
}

/**
 * "United Arab Emirates", read as "United" and "Arab Emirates": a listed place of several words that the tagger cut in
 * pieces is one place (not a place inside a longer name, "Bank of New York", which no piece is cut from).
 */
function addCutPlaceNames({ tokens }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  const placeNames = multiWordPlaceIndex();
  for (let first = 0; first < tokens.length; first++) {
    // (Every listed place opens with a capital: a word that cannot open a name is passed over by its first letter.)
    if (!mayStartName(tokens[first]!.text)) continue;
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
}

/**
 * "Hoffmann's Bakery", "Fenwick's Family Diner": a one-word owner's possessive and capitalised words ending in a business
 * word are a shop's name, whatever the tagger made of its pieces (not a place's or a body's business: "Britain's Lloyds Bank").
 */
function addPossessiveShopNames({ tokens, lexicon }: NameContext, { candidates, taggedTokens }: FoundNames): void {
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
}

/** "Monday.com", "Booking.com": a capitalised web address the tagger left alone names the business behind it. */
function addWebAddressNames({ tokens }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index]!.text;
    if (taggedTokens[index] || !mayStartName(text) || text.indexOf('.') < 2 || !CAPITALISED_WEB_NAME.test(text)) continue;
    candidates.push({ first: index, end: index + 1, modelKind: 'ORG', cluster: -1 });
    taggedTokens[index] = 1;
  }
}

/**
 * "told NBC4", "emailed to ABC15", "according to News24": a name of letters and a channel's number where a source
 * tells or is cited is a broadcaster or a news site (a model's name, "Boeing 737", "G20", stands elsewhere).
 */
function addOutletsWithNumbers({ tokens }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  for (let index = 1; index < tokens.length; index++) {
    if (taggedTokens[index] || !isOutletWithNumber(tokens, index)) continue;
    candidates.push({ first: index, end: index + 1, modelKind: 'ORG', cluster: -1 });
    taggedTokens[index] = 1;
  }
}

/**
 * A given name and a capitalised word the tagger left alone: "said study author Elizabeth Hoge". Both must be
 * name words (no ordinary, body, business or place word: not "Grace Church", "Jordan River").
 */
function addGivenNamesAndSurnames({ tokens, lexicon }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const given = tokens[index]!;
    const surname = tokens[index + 1]!;
    if (taggedTokens[index] || taggedTokens[index + 1] || !mayStartName(given.text) || !mayStartName(surname.text) || surname.sentence !== given.sentence || !isGivenName(given.text, lexicon)) continue;
    if (isSentenceFirstWord(tokens, index) || !PLAIN_SURNAME.test(surname.text) || isKnownNonPersonWord(surname.text, lexicon)) continue;
    const after = tokens[index + 2];
    if (after && after.sentence === given.sentence && isCapitalised(after.text)) continue;
    candidates.push({ first: index, end: index + 2, modelKind: 'PER', cluster: -1 });
    taggedTokens[index] = 1;
    taggedTokens[index + 1] = 1;
    index++;
  }
}

/**
 * A capitalised word the tagger left alone, owned by a place ("Britain's BT", "Germany's Siemens"):
 * places own businesses and bodies far more often than anything else written that way.
 */
function addPlaceOwnedNames({ tokens, lexicon, writtenInLowerCase }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  for (const mention of [...candidates]) {
    const possessive = tokens[mention.end];
    if (!possessive || !isPossessive(possessive.text) || !(mention.modelKind === 'LOC' || PLACES.has(surfaceOf(tokens, mention.first, mention.end)))) continue;
    const first = mention.end + 1;
    const token = tokens[first];
    if (!token || taggedTokens[first] || token.sentence !== possessive.sentence || !/^\p{Lu}[\p{L}&\-]*$/u.test(token.text)) continue;
    const lower = token.lower;
    if (lexicon.commonWords.has(lower) || ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower) || writtenInLowerCase(lower)) continue;
    const end = untaggedCapitalisedEnd(tokens, taggedTokens, first);
    candidates.push({ first, end, modelKind: null, cluster: -1 });
    for (let t = first; t < end; t++) taggedTokens[t] = 1;
  }
}

/** A name the tagger left alone between an owner's possessive and a business's unit: "Alphabet's Verily unit". */
function addOwnedBusinessUnits({ tokens, lexicon, writtenInLowerCase }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  for (let index = 2; index + 1 < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !isPossessive(tokens[index - 1]!.text) || !NAME_WORD.test(token.text)) continue;
    const end = untaggedCapitalisedEnd(tokens, taggedTokens, index);
    if (!isOwnedBusinessUnit(tokens, index, end, lexicon)) continue;
    const lower = token.lower;
    if (end === index + 1 && (lexicon.commonWords.has(lower) || writtenInLowerCase(lower))) continue;
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
  }
}

/** A name the tagger left alone before a business's title and its holder: "Brightline founder Sam Lee". */
function addNamesBeforeBusinessTitles({ tokens, lexicon, writtenInLowerCase }: NameContext, { candidates, taggedTokens }: FoundNames): void {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !mayStartName(token.text) || !isBusinessTitleAt(tokens, index + 1) || !LONG_NAME_WORD.test(token.text)) continue;
    const lower = token.lower;
    if (lexicon.commonWords.has(lower) || ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower) || PLACES.has(token.text) || writtenInLowerCase(lower)) continue;
    // ("Buckeye Valley Chief Executive Marianne Kowalczyk", "Fox Valley CEO Paul Stenberg": the name takes the capitalised
    // word before it, which the tagger read alone.)
    let first = index;
    while (first > index - 2 && first > 0 && tokens[first - 1]!.sentence === token.sentence && TITLE_CASE_WORD.test(tokens[first - 1]!.text) && !isSentenceFirstWord(tokens, first - 1) && !ROLE_WORDS.has(tokens[first - 1]!.lower) && !isListedPlace(tokens[first - 1]!.text, lexicon)) first--;
    // (Names the tagger found inside those words give way to the whole; one running past them keeps them.)
    const inside = (candidate: NameMention): boolean => candidate.first >= first && candidate.end <= index;
    if (candidates.some((candidate) => !inside(candidate) && candidate.first < index && candidate.end > first)) first = index;
    for (let at = candidates.length - 1; at >= 0; at--) if (inside(candidates[at]!)) candidates.splice(at, 1);
    candidates.push({ first, end: index + 1, modelKind: 'ORG', cluster: -1 });
    for (let t = first; t <= index; t++) taggedTokens[t] = 1;
  }
}

/** A name the tagger left alone as the object of a deal: "the acquisition of Bendi". */
function addDealObjects({ tokens, lexicon }: NameContext, { candidates, taggedTokens }: FoundNames): void {
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
}

/**
 * A name the tagger left alone right after a business noun: "data analysis firm 1010data", "the startup Vectara".
 * Or after one no person is called and a comma: "its insurance arm, Alcázar Vida, is ...".
 */
function addNamesAfterBusinessNouns({ tokens, lexicon, writtenInLowerCase }: NameContext, { candidates, taggedTokens }: FoundNames): void {
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
}

/** The passes that find names the tagger left alone, in the order they run: each sees the names the ones before it found. */
const UNTAGGED_NAME_PASSES: readonly ((context: NameContext, found: FoundNames) => void)[] = [
  addNamesOpeningClauses,
  addLowerCaseBrands,
  addKnownCompanyNames,
  addCutPlaceNames,
  addPossessiveShopNames,
  addWebAddressNames,
  addLowerCaseOpenedBrands,
  addNamesOwnedByNames,
  addNamesBeforeBusinessDescriptions,
  addExamplesOfBusinesses,
  addOutletsWithNumbers,
  addGivenNamesAndSurnames,
  addNamesBeforeRoleAppositives,
  addPlaceOwnedNames,
  addOwnedBusinessUnits,
  addNamesBeforeBusinessTitles,
  addDealObjects,
  addNamesBeforeOtherBusinesses,
  addNamesAfterBusinessNouns,
];

/** Adds to `candidates` the names the tagger left alone (its blind spots: today's brands, names opening a sentence). */
export function addUntaggedNames(context: NameContext, candidates: NameMention[]): void {
  const taggedTokens = new Uint8Array(context.tokens.length);
  for (const mention of candidates) for (let t = mention.first; t < mention.end; t++) taggedTokens[t] = 1;
  const found: FoundNames = { candidates, taggedTokens };
  for (const pass of UNTAGGED_NAME_PASSES) pass(context, found);
}
