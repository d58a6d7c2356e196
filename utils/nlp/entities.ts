import type { EntityType } from './types.ts';
import {
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  COMPANY_CUE_AFTER,
  COMPANY_CUE_BEFORE,
  COMPANY_NAME_WORDS,
  COMPANY_SUFFIXES,
  DROPPED_SUFFIXES,
  GIVEN_NAMES,
  isBusinessWord,
  KNOWN_COMPANY_NAMES,
  KNOWN_ORGANIZATIONS,
  MEDIA_COMPANIES,
  ORGANIZATION_NAME_WORDS,
  PERSON_TITLES,
  PLACES,
  PRODUCT_NAMES,
} from './gazetteer.ts';
import { isListedPlace, learnedLexicon } from './lexicon.ts';
import { appositiveRoleAfter, DESCRIPTION_HEADS, isTitleWord, PERSON_ONLY_ROLE_HEADS, POST_NOMINALS, ROLE_HEADS } from './roles.ts';
import { findNames, type NameSpan } from './ner.ts';
import { fullNameGender, titleGender, type Gender } from './gender.ts';
import { endsLikePlace, INITIAL, isAnyGivenName, isGivenName } from './speech-person.ts';
import { CONTRACTION, tokenize, type Sentence, type Token, type TokenizedText } from './tokenize.ts';

/** One mention of a name, in token indices (end exclusive). */
export interface NameMention {
  first: number;
  end: number;
  /** How the tagger typed this mention; null when it was found by matching a name seen elsewhere. */
  modelKind: NameSpan['kind'] | null;
  cluster: number;
}

/** All mentions of one entity in the text. */
export interface EntityCluster {
  id: number;
  type: EntityType;
  canonical: string;
  /** Name tokens of the longest mention, suffixes and possessives removed. */
  nameTokens: string[];
  mentions: NameMention[];
}

export interface EntityResult {
  clusters: EntityCluster[];
  /** Every kept mention, in text order. */
  mentions: NameMention[];
}

type Kind = 'PER' | 'ORG' | 'LOC' | 'MISC';
/** In this order, so a tie between a person and an organisation goes to the organisation. */
const KINDS: readonly Kind[] = ['ORG', 'PER', 'LOC', 'MISC'];

const CAPITALISED_LETTER = /^[\p{Lu}\p{Lo}]/u;
/** Whether a word opens with a capital or a letter of a script without case ("Google", "東京"); ASCII is read without a pattern (a check made for most tokens). */
function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITALISED_LETTER.test(text);
}
const HAS_LETTER = /\p{L}/u;
const ACRONYM_LIKE = /^(?:\p{Lu}[\p{Lu}\d&.\-]+|\p{Lu}+\p{Ll}+\p{Lu}[\p{L}]*)$/u;
/** Whether a token is a possessive's ending ("'s", "’s", or the apostrophe alone). */
function isPossessive(text: string): boolean {
  return text === "'s" || text === '’s' || text === "'" || text === '’';
}
const NON_LATIN_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/u;

/** Spelling variants that name one company when the context is about its business. */
const COMPANY_ALIASES: readonly { surface: string; canonical: string; cues: Set<string> }[] = [
  {
    surface: 'ATT',
    canonical: 'AT&T',
    cues: new Set('carrier|carriers|wireless|telecom|telecoms|mobile|network|networks|phone|phones|5g|4g|telco|telcos|verizon|t-mobile|sprint|broadband|operator|operators|subscribers'.split('|')),
  },
];

/** Legal forms that only ever end a name (unlike "Co" in "Co Durham" or "Group" in "Group Chairman"). */
const NAME_ENDING_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'incorporated']);
/** Lower-case words that split a tagged span into two names ("the Ministry of Finance in Paris"). */
const SPLIT_WORDS = new Set(['in', 'at', 'on', 'from', 'to', 'with', 'by', 'said', 'says', 'told', '–', '—', ':', ';', ',', '/', '|']);
/** Marks no name holds: the tagger's span ends before them. */
const NAME_BREAKS = /^[()[\]{}=?!]$/u;
/** Lower-case words a name may hold ("Bank of America", "Charles de Gaulle", "Rob the Mover", "Men on the Move"). */
const NAME_PARTICLES = new Set('of|and|or|the|for|de|da|di|do|du|dos|das|del|della|der|den|des|van|von|la|las|le|les|lo|los|el|al|bin|ibn|y|e|et|und|upon|under|a|an|n|s|zu|ter|ten|st'.split('|'));
/** Lower-case words that end a span read as a person's name: what follows is where or whom they work for. */
const PERSON_SPLIT_WORDS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'and']);
/** Titles that may be glued into a tagged span ("Verizon CEO Hans Vestberg", "President Maria Silva"). */
const ROLE_WORDS = new Set('ceo|cfo|coo|cto|executive|officer|vice|deputy|chairman|chairwoman|president|minister|secretary|spokesman|spokeswoman|spokesperson|director|chief|governor|senator|mayor|premier|chancellor|leader|speaker|commissioner|ambassador|chair|judge|representative|sheriff|prosecutor|treasurer|comptroller|superintendent|recorder|assessor|coroner|auditor|councilmember|councilman|councilwoman|alderman|mr.|mrs.|ms.|dr.|mr|mrs|ms|dr|prof.|sen.|rep.|gov.|gen.|capt.|lt.|col.|sgt.|maj.|cpl.|pvt.|adm.|cmdr.|rev.'.split('|'));
const BASED_IN = /-(?:based|listed|backed|headquartered|registered|owned|controlled|born|made|founded)$/i;
/** Tokens of a possessive at `index`: 1 ("’s", "'"), 2 for one written apart as in CoNLL's text ("'" then "s"), or 0. */
function possessiveLength(tokens: readonly Token[], index: number): number {
  const token = tokens[index]!;
  if (!isPossessive(token.text)) return 0;
  const next = tokens[index + 1];
  return token.text.length === 1 && next?.text === 's' && next.start === token.end ? 2 : 1;
}

/** A Korean given name as news writes it after the family name: "Min-kyu", "Jae-won", "Ji-yeon". */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u;

/** "xAI", "eBay": one or two lower-case letters, then a capital (a char-code test: this runs for most tokens). */
function opensLowerThenCapital(text: string): boolean {
  const second = text.charCodeAt(1);
  const third = text.charCodeAt(2);
  return (second >= 65 && second <= 90) || (third >= 65 && third <= 90 && second >= 97 && second <= 122);
}
/** What follows a surname to tell a son from his father ("Jr.", "III"). */
const GENERATIONAL_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const BASED_WORDS = new Set(['based', 'headquartered', 'located']);
/** Capitalised words that open a phrase and are never a name's first word ("I share", "An LLC"; a leading "The" is kept: "The Atlantic"). */
const PHRASE_OPENERS = new Set(['I', 'A', 'An', 'My', 'Your', 'Our', 'Their', 'His', 'Her', 'Its', 'This', 'That', 'These', 'Those', 'MY', 'YOUR', 'OUR', 'THEIR', 'THIS', 'THAT', 'THESE', 'THOSE']);
/** Last words of the names of events. */
const EVENT_HEADS = new Set(['show', 'expo', 'festival', 'conference', 'summit', 'cup', 'open', 'championship', 'championships', 'awards', 'prize', 'marathon', 'olympics',
  // and of laws and market indexes, no bodies either ("Fair Pharmacy Access Act", "PHLX Semiconductor Index"),
  // and of courses of study ("Applied Data Analytics Bachelor’s Degree", "Digital Marketing Certificate")
  'act', 'bill', 'law', 'treaty', 'directive', 'index', 'degree', 'minor', 'diploma', 'certificate', 'course', 'bootcamp',
  // and of studies and rankings ("Rental Car Satisfaction Study", "Best Places to Work Ranking")
  'study', 'ranking', 'rankings']);
/** First words of the names of degrees ("Bachelor of Science in Finance"). */
const DEGREE_OPENERS = new Set(['bachelor', 'bachelors', 'bachelor’s', "bachelor's", 'master', 'masters', 'master’s', "master's", 'doctor', 'associate']);
/** Adverbs by their endings ("Relentlessly", "Reportedly", "Surprisingly", "Additionally"); no surname ends so ("Connally", "Kelly"). */
const ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ically|ially|ually|tionally|ently|antly|ously|ively|fully|lessly|ingly|edly|ably|ibly|ately)$/u;
/** Common nouns of places that open a place's name ("Capitol Hill", "Fort Wayne", "Mount Vernon"), never a person's. */
const PLACE_NOUNS_FIRST = new Set(['capitol', 'fort', 'mount', 'mt.', 'lake', 'port', 'cape', 'camp', 'bay', 'lower', 'upper']);
/** Head words of non-business bodies that the hand-written organisation words (tagger features) leave out ("Pennington Biomedical Research Center"). */
const MORE_BODY_WORDS = new Set(['center', 'centre', 'clinic', 'program', 'programme', 'initiative', 'observatory', 'museum', 'library', 'society', 'trust', 'charity', 'nonprofit', 'chamber', 'consortium', 'project']);
const WEB_DOMAIN_NAME = /\.(?:com|net|org|io|co|ai|app)$/i;
/** A business's web address written as its name ("Monday.com", "Booking.com"), not a lower-case address. */
const CAPITALISED_WEB_NAME = /^\p{Lu}[\p{L}\d\-]*\.(?:com|net|io|co|ai|app)$/u;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'to', 'with', 'by']);
const REGIONS = new Set(['Europe', 'Asia', 'Africa', 'America', 'Latin America', 'Middle East', 'Gulf']);
const QUOTE_OR_BRACKET = /^["“”‘’'«»(\[]$/u;
/** A word of lower-case letters and figures, at least three: how some brands write their names ("haulr", "nference", "boohoo"). */
const LOWER_CASE_BRAND = /^\p{Ll}[\p{Ll}\d]{2,}$/u;
const SPEECH_VERBS_AFTER_NAME = new Set('said|says|told|added|announced|reported|noted|warned|confirmed|denied|declined|launched|agreed|posted|expects|sells|bought|acquired'.split('|'));

/** Words after a name that end the stretch where a business cue may be read. */
const STOP_AFTER = /^(?:the|a|an|this|that|these|those|its|their|his|her|said|says|told|is|was|are|were|has|have|had|and|or|[^\p{L}\d])$/iu;

const isAllCaps = (words: readonly string[]): boolean => words.every((word) => !/\p{Ll}/u.test(word)) && words.some((word) => /\p{Lu}{2}/u.test(word));

const lowerOf = (token: Token | undefined): string => (token ? token.text.toLowerCase() : '');

const NO_CASE = 0;
const STARTS_UPPER = 1;
const HAS_LOWER_LETTER = 2;
const HAS_CASED = 4;

/** Case facts of a word from its character codes (ASCII fast path, Unicode otherwise). */
function letterCase(text: string): number {
  let result = NO_CASE;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) {
      result |= HAS_CASED;
      if (index === 0) result |= STARTS_UPPER;
    } else if (code >= 97 && code <= 122) {
      // Every flag is known once a lower-case letter is seen (STARTS_UPPER is decided by the first letter).
      return result | HAS_CASED | HAS_LOWER_LETTER;
    } else if (code > 127) {
      const char = text[index]!;
      const upper = char.toUpperCase();
      const lower = char.toLowerCase();
      if (upper !== lower) {
        result |= HAS_CASED;
        if (char === lower) return result | HAS_LOWER_LETTER;
        if (index === 0) result |= STARTS_UPPER;
      }
    }
  }
  return result;
}

/**
 * Whether a sentence reads like a headline: all capitals, or title case where ordinary words are
 * capitalised too ("Japan Might Be Planning to Boycott ..."). A list of names is mostly capitalised
 * as well, but its capitalised words are names, not ordinary words.
 */
/** Words a title-case heading leaves in lower case. */
const TITLE_CASE_LOWER_WORDS = new Set('a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs|vs.|via|per|into|onto|over|up|off|out|is|are|was|be|than|so|yet|’s|\'s|s|n’t|n\'t'.split('|'));

function titleLikeSentences(tokenized: TokenizedText, commonWords: ReadonlySet<string>): { titled: Set<number>; capitals: Set<number> } {
  const titled = new Set<number>();
  const capitals = new Set<number>();
  for (let index = 0; index < tokenized.sentences.length; index++) {
    const sentence = tokenized.sentences[index]!;
    let words = 0;
    let capitalised = 0;
    let capitalisedCommon = 0;
    let lower = false;
    // Title case writes only short function words in lower case: "He works for Mopani Copper Mines" is a sentence.
    let lowerContentWord = false;
    for (let t = sentence.first; t < sentence.end; t++) {
      const text = tokenized.tokens[t]!.text;
      const cased = letterCase(text);
      if (cased === NO_CASE) continue; // punctuation, digits, most other scripts
      words++;
      if (cased & STARTS_UPPER) {
        capitalised++;
        if (t > sentence.first && commonWords.has(text.toLowerCase())) capitalisedCommon++;
      } else if (!lowerContentWord && !TITLE_CASE_LOWER_WORDS.has(text)) lowerContentWord = true;
      if (cased & HAS_LOWER_LETTER) lower = true;
      // Running text (most sentences): neither a title nor capitals, whatever follows.
      if (lowerContentWord && lower) break;
    }
    const allCapitals = !lower && words >= 3;
    const titleCase = !lowerContentWord && capitalised / Math.max(1, words) >= 0.6 && capitalisedCommon >= 2 && capitalisedCommon * 4 >= capitalised;
    if (allCapitals || titleCase) titled.add(index);
    if (allCapitals) capitals.add(index);
  }
  return { titled, capitals };
}

/** Whether every token from `first` to `end` (exclusive) is capitalised. */
function allCapitalised(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) if (!isCapitalised(tokens[index]!.text)) return false;
  return true;
}

function surfaceOf(tokens: readonly Token[], first: number, end: number): string {
  const parts: string[] = [];
  for (let index = first; index < end; index++) parts.push(tokens[index]!.text);
  return parts.join(' ');
}

/**
 * Name tokens without a leading "The" and trailing legal-form suffixes ("KDDI Corp" -> KDDI). A possessive
 * inside a known name stays on its word ("McDonald's", "Barron's"), as the name is written.
 */
function nameTokens(tokens: readonly Token[], mention: NameMention): string[] {
  const words: string[] = [];
  for (let index = mention.first; index < mention.end; index++) {
    const token = tokens[index]!;
    const glued = words.length > 0 && token.start === tokens[index - 1]!.end;
    // A possessive stays on its word, and brackets on what they hold ("Mladost (BJ)").
    if (glued && (isPossessive(token.text) || token.text === ')' || tokens[index - 1]!.text === '(' || (token.text === 's' && isPossessive(tokens[index - 1]!.text)))) words[words.length - 1] += token.text;
    else words.push(token.text);
  }
  // "Volume & Corp" -> "Volume": a joiner left at the end goes with the suffix it joined.
  // A known name keeps its legal form when it is part of the name ("News Corp").
  if (KNOWN_COMPANY_NAMES.has(words.join(' '))) return words;
  // ("The Corporation": "The" goes first, so a legal form alone is what is left, and no name.)
  while (words.length > 1 && (words[0] === 'The' || words[0] === 'the')) words.shift();
  while (words.length > 1 && (DROPPED_SUFFIXES.has(words[words.length - 1]!.toLowerCase()) || NAME_JOINERS.has(words[words.length - 1]!))) words.pop();
  // "PT Bumi Karya Persada", "PJSC Gazprom": a legal form written before the name.
  if (words.length > 1 && LEGAL_FORM_PREFIXES.has(words[0]!)) words.shift();
  return words;
}

/** Words that write a legal form out with the legal forms themselves ("Limited Liability Company"). */
const LEGAL_FORM_WORDS = new Set(['liability', 'public', 'professional', 'limited', 'partnership', 'joint', 'stock']);

/** Legal forms written before a company's name (Indonesia's "PT", Russia's "PJSC", "OAO", "JSC"). */
const LEGAL_FORM_PREFIXES = new Set(['PT', 'PJSC', 'OAO', 'PAO', 'JSC']);

let knownUpper: Set<string> | null = null;

/** Whether a name is on a hand-written or learned list, in any case ("NEW YORK" is "New York"). */
function isKnownName(surface: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  if (!knownUpper) {
    knownUpper = new Set<string>();
    for (const list of [PLACES, KNOWN_ORGANIZATIONS, MEDIA_COMPANIES, lexicon.organization, lexicon.location, lexicon.misc]) for (const name of list) knownUpper.add(name.toUpperCase());
  }
  return knownUpper.has(surface.toUpperCase());
}

/**
 * Whether a token may open a name: a capital, a digit or a letter of another script. Most tokens are
 * ruled out by their first character, before any lookup of the whole word.
 */
function mayStartName(text: string): boolean {
  const code = text.charCodeAt(0);
  return code > 127 || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Letters, digits and the joiners inside words ("e-mail", "O'Neil"). */
function isWordCode(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 39 || code === 38) return true;
  return code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/**
 * The last text's whole words (maximal runs of word characters), for `occursAsWord`: a long text asks for many words,
 * each of which would be searched through all of it; the runs are gathered once instead, after a few searches.
 */
let wordRunsOf: { text: string; searches: number; runs: Set<string> | null } | null = null;
const SEARCHES_BEFORE_RUNS = 16;

function wordRuns(text: string): Set<string> | null {
  if (wordRunsOf?.text !== text) wordRunsOf = { text, searches: 0, runs: null };
  if (wordRunsOf.runs || ++wordRunsOf.searches <= SEARCHES_BEFORE_RUNS) return wordRunsOf.runs;
  const runs = new Set<string>();
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    const inWord = index < text.length && isWordCode(text.charCodeAt(index));
    if (inWord && start < 0) start = index;
    else if (!inWord && start >= 0) {
      runs.add(text.slice(start, index));
      start = -1;
    }
  }
  wordRunsOf.runs = runs;
  return runs;
}

/** Whether `word` is written in `text` as a whole word, with its case. */
function occursAsWord(text: string, word: string): boolean {
  // A word of word characters only is written whole exactly where it is one of the text's runs of them.
  let plain = word.length > 0;
  for (let index = 0; index < word.length && plain; index++) plain = isWordCode(word.charCodeAt(index));
  const runs = plain ? wordRuns(text) : null;
  if (runs) return runs.has(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!isWordCode(before) && !isWordCode(after)) return true;
  }
  return false;
}

const looseKey = (words: readonly string[]): string => words.join(' ').replace(/[&.]/g, '').toLowerCase();

/** Whether a name is three words with a middle initial ("Loretta E. Lynch"). */
const hasMiddleInitial = (words: readonly string[]): boolean => words.length === 3 && INITIAL.test(words[1]!);

/** The key a name is clustered by: its loose key, without a middle initial ("Loretta E. Lynch" is "Loretta Lynch"). */
const clusterKey = (words: readonly string[]): string => looseKey(hasMiddleInitial(words) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) ? [words[0]!, words[2]!] : words);

/** Characters after which a capitalised word may just be a sentence's (or a quote's, a heading's) first word. */
const SENTENCE_OPENERS = /[.!?:;"“”‘’'«»()\[\]\n\-–—]/;

/**
 * Whether `surface` is written, as whole words and with its case, somewhere in `text` outside
 * [`except`, `exceptEnd`): `midSentence` asks for a place where a lower-case context precedes it
 * (so its capitals are its own, not a sentence's).
 */
function occursElsewhere(text: string, surface: string, except: number, exceptEnd: number, midSentence: boolean): boolean {
  if (!surface) return false;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    if (at < exceptEnd && at + surface.length > except) continue;
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + surface.length < text.length ? text.charCodeAt(at + surface.length) : 32;
    if (isWordCode(before) || isWordCode(after)) continue;
    if (!midSentence) return true;
    let previous = at - 1;
    while (previous >= 0 && text[previous] === ' ') previous--;
    if (previous >= 0 && !SENTENCE_OPENERS.test(text[previous]!)) return true;
  }
  return false;
}

/** A name of letters and digits only, its words one space apart. */
const PLAIN_NAME = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u;

let knownCompanyNames: Map<string, string[][]> | null = null;
let knownCompanyNamesFor: ReadonlySet<string> | null = null;

/**
 * Known company and news outlet names (the hand-written lists, the learned one-word names and listed companies' names) as token
 * lists, by first token, longest first: one lookup per capitalised token. Built on first use.
 */
function knownCompanyNameIndex(lexicon: ReturnType<typeof learnedLexicon>): Map<string, string[][]> {
  const learned = lexicon.knownCompanies;
  if (knownCompanyNames && knownCompanyNamesFor === learned) return knownCompanyNames;
  knownCompanyNames = new Map();
  knownCompanyNamesFor = learned;
  // Known bodies of three words or more too ("Centers for Disease Control and Prevention"), which the tagger often cuts.
  const bodies = [...KNOWN_ORGANIZATIONS].filter((name) => name.split(' ').length >= 3);
  for (const name of [...KNOWN_COMPANY_NAMES, ...MEDIA_COMPANIES, ...learned, ...plainSpellings(learned), ...lexicon.listedCompanies, ...bodies]) {
    // Most names are plain words and spaces, which tokenize to those words: split them without the tokenizer (thousands
    // of names on a page's first analysis).
    const words = PLAIN_NAME.test(name) ? name.split(' ') : tokenize(name).tokens.map((token) => token.text);
    if (words.length === 0) continue;
    const list = knownCompanyNames.get(words[0]!) ?? [];
    list.push(words);
    knownCompanyNames.set(words[0]!, list);
  }
  for (const list of knownCompanyNames.values()) list.sort((a, b) => b.length - a.length);
  return knownCompanyNames;
}

/** Whether tokens `left` and `right` are one space apart: words of one name, not split by a line or a mark. */
function oneSpaceApart(tokenized: TokenizedText, left: number, right: number): boolean {
  const before = tokenized.tokens[left]!;
  const after = tokenized.tokens[right]!;
  return after.sentence === before.sentence && after.start === before.end + 1 && tokenized.text.charCodeAt(before.end) === 32;
}

/** Where the words that narrow a title at `title` begin, reading back no further than `first` ("Press" of "Press Secretary"). */
function titleStartBefore(tokens: readonly Token[], first: number, title: number): number {
  let start = title;
  while (start > first && isTitleWord(tokens[start - 1]!.text)) start--;
  return start;
}

/** Whether token `index` opens its sentence (after any opening quotation marks or brackets). */
function isSentenceFirstWord(tokens: readonly Token[], index: number): boolean {
  let previous = index - 1;
  while (previous >= 0 && tokens[previous]!.sentence === tokens[index]!.sentence && QUOTE_OR_BRACKET.test(tokens[previous]!.text)) previous--;
  return previous < 0 || tokens[previous]!.sentence !== tokens[index]!.sentence;
}

/** Whether a capitalised word is an ordinary word, a title, a date or a word of a listed name of a body or place. */
function isKnownNonPersonWord(word: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const lower = word.toLowerCase();
  return (
    lexicon.commonWords.has(lower) ||
    CALENDAR_WORDS.has(lower) ||
    ROLE_WORDS.has(lower) ||
    PERSON_TITLES.has(lower) ||
    lexicon.knownCompanies.has(word) ||
    KNOWN_COMPANY_NAMES.has(word) ||
    ORGANIZATION_NAME_WORDS.has(lower) ||
    isBusinessWord(lower) ||
    isKnownName(word, lexicon)
  );
}

/** Whether a word from `first` to `end` is a role's ("Lead Writer"): the span is a title, not a surname. */
function holdsRoleWord(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) {
    const lower = lowerOf(tokens[index]);
    if (ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower)) return true;
  }
  return false;
}

/** Whether the token before `index` is a capitalised word of the same name, one space before it, mid-sentence: no title, day, article or nationality. */
function isGluedNameWordBefore(tokenized: TokenizedText, index: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const { tokens } = tokenized;
  const word = tokens[index - 1]!;
  const lower = word.text.toLowerCase();
  return (
    word.sentence === tokens[index]!.sentence &&
    /^\p{Lu}[\p{L}\-.&]*$/u.test(word.text) &&
    // (Words in capitals are a headline's more often than a name's: one short one is initials, "DAT Freight & Analytics".)
    (/\p{Ll}|^\p{Lu}\.?$|^(?:\p{Lu}\.)+$|&/u.test(word.text) || (word.text.length <= 5 && !/^\p{Lu}{2,}$/u.test(tokens[index - 2]?.text ?? ''))) &&
    !/^(?:The|A|An)$/.test(word.text) &&
    // (Nor a nationality: "Jewish West Bank settlements".)
    !/^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic)$/u.test(word.text) &&
    oneSpaceApart(tokenized, index - 1, index) &&
    !isSentenceFirstWord(tokens, index - 1) &&
    !ROLE_WORDS.has(lower) &&
    !PERSON_TITLES.has(lower) &&
    !CALENDAR_WORDS.has(lower) &&
    !lexicon.misc.has(word.text)
  );
}

/** Last words of firms' names that no product's or event's name ends with: a legal form aside, these. */
const FIRM_HEADS = new Set(['Bank', 'Airlines', 'Airways', 'Securities', 'Capital', 'Partners', 'Insurance', 'Industries', 'Motors', 'Foods', 'Pharmaceuticals', 'Petroleum', 'Bancorp', 'Financial', 'Investments', 'Ventures', 'Exchange']);

/**
 * "First" + "Abu" + "Dhabi Bank", "Trans" + "World Airlines": mid-sentence, a run of capitalised words that ends in a
 * business word and holds a word the tagger read as a name (not a person's) is one business's name, whatever pieces
 * the tagger cut it into. Not a place's ("the West Bank"), nor a single word before the business word that the tagger
 * alone read ("the Left" + "Bank").
 */
function joinBusinessNameRuns(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result = spans;
  for (let index = 1; index < tokens.length; index++) {
    const word = tokens[index]!.text;
    // (Most tokens open with no capital A to Z: passed over by their first letter.)
    const code = word.charCodeAt(0);
    if (code < 65 || code > 90 || !(FIRM_HEADS.has(word) || (word.length <= 12 && COMPANY_SUFFIXES.has(word.toLowerCase()))) || !/^\p{Lu}\p{Ll}/u.test(word)) continue;
    // (The business word ends the run, legal forms aside: "the NAIC Health Insurance Report" is a report's name.)
    const next = tokens[index + 1];
    if (next && next.sentence === tokens[index]!.sentence && /^\p{Lu}/u.test(next.text) && !COMPANY_SUFFIXES.has(next.text.toLowerCase()) && oneSpaceApart(tokenized, index, index + 1)) continue;
    let first = index;
    while (first > 0 && isGluedNameWordBefore(tokenized, first, lexicon)) first--;
    if (first === index || index - first < 2 || isListedPlace(surfaceOf(tokens, first, index + 1), lexicon)) continue;
    const overlapping = result.filter((span) => span.end > first && span.first <= index);
    // (A person read before the business word keeps the run apart; the business word read alone as a person does not.)
    if (overlapping.length === 0 || overlapping.some((span) => span.kind === 'PER' && span.first < index)) continue;
    if (overlapping.length === 1 && overlapping[0]!.first <= first && overlapping[0]!.end > index) continue;
    const end = Math.max(index + 1, ...overlapping.map((span) => span.end));
    const start = Math.min(first, ...overlapping.map((span) => span.first));
    result = [...result.filter((span) => !overlapping.includes(span)), { kind: 'ORG' as const, first: start, end }].sort((a, b) => a.first - b.first);
  }
  return result;
}

/**
 * Mends names the tagger cut in two (it learned from 1996 news and knows few of today's names):
 * - a person's name followed by the head word of a body is the body named after them ("Clinton"
 *   + "Foundation": "Clinton Foundation", not the person and an untyped "Foundation");
 * - an unknown word right before a person's name is its given name ("Barack" + "Obama");
 * - a name opening with a given name runs on over one more unknown capitalised word ("Christina N
 *   Luis" + "Olidem").
 * Only across one space in one sentence: a line break or a mark between two names keeps them apart.
 */
function mendCutNames(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): NameSpan[] {
  const { tokens } = tokenized;
  const mended: NameSpan[] = [];
  for (let index = 0; index < spans.length; index++) {
    let span = spans[index]!;
    let next = spans[index + 1];
    // "Carly" + "Fiorina" (read as a place): a known given name the tagger left alone, glued to one word it only
    // guessed was a body or a place, opens a person's name.
    const before = span.first - 1;
    if (
      span.kind !== 'PER' &&
      span.end - span.first === 1 &&
      before >= 0 &&
      (mended.length === 0 || mended[mended.length - 1]!.end <= before) &&
      isGivenName(tokens[before]!.text, lexicon) &&
      oneSpaceApart(tokenized, before, span.first) &&
      !isKnownNonPersonWord(tokens[span.first]!.text, lexicon) &&
      !PLACES.has(tokens[span.first]!.text)
    ) {
      span = { kind: 'PER', first: before, end: span.end };
    }
    // "Charlotte" + "Meehan", "Harry" + "M. Reid": the tagger leaves a sentence's first word out of the person's name
    // it opens; a given name there, glued to the name, is its first word ("Comedian Sarah Silverman" stays as it is).
    if (
      before >= 0 &&
      span.kind === 'PER' &&
      isGivenName(tokens[before]!.text, lexicon) &&
      (mended.length === 0 || mended[mended.length - 1]!.end <= before) &&
      isSentenceFirstWord(tokens, before) &&
      isCapitalised(tokens[before]!.text) &&
      oneSpaceApart(tokenized, before, span.first) &&
      !isKnownNonPersonWord(tokens[before]!.text, lexicon) &&
      !lexicon.ordinaryWords.has(tokens[before]!.text.toLowerCase()) &&
      !isListedPlace(tokens[before]!.text, lexicon) &&
      !occursAsWord(tokenized.text, tokens[before]!.text.toLowerCase())
    ) {
      span = { ...span, first: before };
    }
    // "Senators Harry Reid of Nevada, Elizabeth" + "Warren": mid-sentence, a given name the tagger left alone, glued to
    // a person's name, is its first word.
    if (
      before >= 0 &&
      span.kind === 'PER' &&
      span.first === before + 1 &&
      (mended.length === 0 || mended[mended.length - 1]!.end <= before) &&
      !isSentenceFirstWord(tokens, before) &&
      GIVEN_NAME_SHAPE.test(tokens[before]!.text) &&
      isGivenName(tokens[before]!.text, lexicon) &&
      !ROYAL_TITLES.test(tokens[before]!.text) &&
      !PERSON_TITLES.has(tokens[before]!.text.toLowerCase()) &&
      !holdsRoleWord(tokens, span.first, span.end) &&
      oneSpaceApart(tokenized, before, span.first)
    ) {
      span = { ...span, first: before };
    }
    // "Barack" + "Obama": an unknown single word glued to a person's name is their given name.
    if (
      next !== undefined &&
      next.kind === 'PER' &&
      next.first === span.end &&
      span.end - span.first === 1 &&
      oneSpaceApart(tokenized, span.first, next.first) &&
      !isKnownNonPersonWord(tokens[span.first]!.text, lexicon)
    ) {
      span = { kind: 'PER', first: span.first, end: next.end };
      next = spans[++index + 1];
    }
    // "United" + "Van Lines", "American" + "Van Lines": a name the tagger cut before a particle it read as a person's
    // ("van"), glued to the rest, which ends in a business word, is one business's name.
    if (
      next !== undefined &&
      next.first === span.end &&
      span.end - span.first === 1 &&
      next.end - next.first >= 2 &&
      isBusinessWord(lowerOf(tokens[next.end - 1])) &&
      NAME_PARTICLES.has(tokens[next.first]!.text.toLowerCase()) &&
      oneSpaceApart(tokenized, span.first, next.first)
    ) {
      span = { kind: 'ORG', first: span.first, end: next.end };
      next = spans[++index + 1];
    }
    // "George W." + "Bush": a given name and its middle initial, cut from the surname after them.
    const afterInitial = tokens[span.end];
    if (
      span.end - span.first === 2 &&
      INITIAL.test(tokens[span.end - 1]!.text) &&
      afterInitial !== undefined &&
      isGivenName(tokens[span.first]!.text, lexicon) &&
      oneSpaceApart(tokenized, span.end - 1, span.end) &&
      isSurnameAfterInitial(afterInitial.text) &&
      // The surname tagged alone joins; one that opens a longer name ("Bush Administration") stays as the tagger read it.
      (next === undefined || next.first > span.end || next.end === span.end + 1)
    ) {
      span = { kind: 'PER', first: span.first, end: span.end + 1 };
      if (next !== undefined && next.first === span.end - 1) next = spans[++index + 1];
    }
    // "Vann" + "R." + "Newkirk II": the words on either side of a middle initial name one person.
    if (next !== undefined && next.first === span.end + 1 && INITIAL.test(tokens[span.end]!.text) && isNameAroundInitial(tokenized, span, next, lexicon)) {
      span = { kind: 'PER', first: span.first, end: next.end };
      next = spans[++index + 1];
    }
    if (span.kind === 'PER') {
      // "Clinton" + "Foundation": the body named after a person (a singular head: "Clinton Democrats" are people).
      let end = span.end;
      while (end < tokens.length && oneSpaceApart(tokenized, end - 1, end) && isBodyHead(tokens[end]!.text)) end++;
      if (end > span.end) {
        // The head may have been tagged on its own: it joins the name.
        while (next !== undefined && next.first >= span.end && next.first < end) {
          end = Math.max(end, next.end);
          next = spans[++index + 1];
        }
        span = { kind: 'ORG', first: span.first, end };
      }
    }
    // "Christina N Luis" + "Olidem": a name opening with a given name takes one more unknown capitalised word.
    const following = tokens[span.end];
    if (
      span.end - span.first > 1 &&
      following &&
      (next === undefined || next.first > span.end) &&
      isGivenName(tokens[span.first]!.text, lexicon) &&
      oneSpaceApart(tokenized, span.end - 1, span.end) &&
      (letterCase(following.text) & (STARTS_UPPER | HAS_LOWER_LETTER)) === (STARTS_UPPER | HAS_LOWER_LETTER) &&
      !/^\p{Lu}/u.test(tokens[span.end + 1]?.text ?? '') &&
      !CONTRACTION.test(following.text) &&
      !isKnownNonPersonWord(following.text, lexicon)
    )
      span = { ...span, end: span.end + 1 };
    // "Ted" + "Cruz" (left alone, or read as a body or a place): a given name read as a person, glued to a surname,
    // where the text also writes the surname alone ("Mr. Cruz"), which makes the tagger doubt the pair.
    if (
      span.kind === 'PER' &&
      span.end - span.first === 1 &&
      following &&
      (next === undefined || next.first > span.end || (next.first === span.end && next.end === span.end + 1 && next.kind !== 'PER')) &&
      oneSpaceApart(tokenized, span.first, span.end) &&
      isGivenNameAndSurname(tokens, span.first, lexicon) &&
      !/^\p{Lu}/u.test(tokens[span.end + 1]?.text ?? '')
    ) {
      if (next !== undefined && next.first === span.end) next = spans[++index + 1];
      span = { ...span, end: span.end + 1 };
    }
    mended.push(span);
  }
  return mended;
}

/** Ranks and honorifics written short, after which capitalised words are a person's name ("Army Capt. Christian Pardo"). */
const RANKS_BEFORE_NAME = new Set(['Capt.', 'Lt.', 'Col.', 'Sgt.', 'Maj.', 'Cpl.', 'Pvt.', 'Adm.', 'Cmdr.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Rev.']);

/**
 * Persons' names the tagger, trained on other news, may leave untagged or read as a body: the name after a rank or
 * an honorific ("said Army Capt. Christian Pardo": one to three name words, one space apart), and a name with a
 * generational suffix ("Brent Bozell III").
 */
function mendPersonNames(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result = spans;
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index]!.text;
    // Ranks and suffixes end in a full stop, an "I" or a "V": most tokens are passed over by their last letter.
    const last = text.charCodeAt(text.length - 1);
    if (last !== 46 && last !== 73 && last !== 86) continue;
    if (RANKS_BEFORE_NAME.has(text)) {
      let end = index + 1;
      while (end < tokens.length && end - index <= 3 && oneSpaceApart(tokenized, end - 1, end) && (isSurnameAfterInitial(tokens[end]!.text) || INITIAL.test(tokens[end]!.text))) end++;
      if (end > index + 1 && !INITIAL.test(tokens[end - 1]!.text)) result = withPersonSpan(result, index + 1, end);
    } else if (
      // "Brent Bozell III": a given name, a surname and a generational suffix are a person's name.
      index >= 2 &&
      GENERATIONAL_SUFFIX.test(text) &&
      oneSpaceApart(tokenized, index - 1, index) &&
      oneSpaceApart(tokenized, index - 2, index - 1) &&
      isGivenName(tokens[index - 2]!.text, lexicon) &&
      isSurnameAfterInitial(tokens[index - 1]!.text)
    ) {
      result = withPersonSpan(result, index - 2, index + 1);
    }
  }
  return result;
}

const COUNTING_VERBS = new Set(['has', 'had', 'sent', 'raised', 'serves', 'sold', 'shipped', 'counts']);
/** What a business counts: its customers and what it sells them, not people at large ("residents", "members"). */
const BUSINESS_COUNTS = new Set(['users', 'customers', 'subscribers', 'subscriptions', 'downloads', 'stores', 'orders', 'emails', 'clients', 'shoppers', 'listeners', 'readers', 'viewers']);

/**
 * "Substack has 35 million active subscriptions", "Beehiiv sent 28 billion emails": a name that counts its customers or
 * its sales at token `index` (a figure, "million" or "billion", a word, then what is counted).
 */
function countsCustomersAfter(tokens: readonly Token[], index: number): boolean {
  if (!COUNTING_VERBS.has(tokens[index]?.text ?? '') || !/^\$?\d[\d.,]*$/.test(tokens[index + 1]?.text ?? '')) return false;
  let next = index + 2;
  if (/^(?:million|billion)$/.test(tokens[next]?.text ?? '')) next++;
  return BUSINESS_COUNTS.has(tokens[next]?.text ?? '') || (/^\p{Ll}+$/u.test(tokens[next]?.text ?? '') && BUSINESS_COUNTS.has(tokens[next + 1]?.text ?? ''));
}

/** Whether token `index` follows "<business> like", "<businesses> such as" or "including": the first of its examples. */
function exampleAfterBusinessNoun(tokens: readonly Token[], index: number): boolean {
  const cue = tokens[index - 1]?.text;
  const noun = (cue === 'like' || cue === 'including' ? tokens[index - 2]?.text : cue === 'as' && tokens[index - 2]?.text === 'such' ? tokens[index - 3]?.text : undefined)?.toLowerCase();
  return noun !== undefined && (BUSINESS_NOUNS_BEFORE_NAME.has(noun) || (BUSINESS_PLURALS.has(noun) && !PEOPLE_TOO.has(noun)));
}

/** Nouns for a business written right after its name ("the Geekworm brand"). */
const BRAND_NOUNS = new Set(['brand', 'foundry', 'brokerage']);

/** A lawmaker's party and state ("R-Utah", "D-Ga"). */
const PARTY_AND_STATE = /^[RDI]-\p{Lu}\p{L}*$/u;

/** Titles that open names of things as often as a person's ("King James Bible", "Prince Edward Island"). */
const ROYAL_TITLES = /^(?:King|Queen|Prince|Princess|Saint|Pope|Emperor|Empress)$/;
/** Words for what a person is that end a title before their name ("Public Advocate", "Ranking Democrat"), beyond the role heads. */
const TITLE_ENDS = new Set(['advocate', 'democrat', 'republican', 'delegate', 'assemblyman', 'assemblywoman']);

/** Whether a capitalised word ends a title written before a person's name ("Editor", "Whip", "Advocate"; not "King"). */
function isTitleBeforeName(word: string): boolean {
  const lower = word.toLowerCase();
  return (ROLE_HEADS.has(lower) || TITLE_ENDS.has(lower)) && !ROYAL_TITLES.test(word);
}

const GIVEN_NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;
/** A surname's spelling: "Simmons", "McFadden", "DeSantis", "Cobb-Hunter". */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u;

/**
 * Whether tokens `index` and `index + 1` are a given name of any language and a surname ("Jamal Simmons"; not "Madison
 * Avenue"), or a short family name before a hyphenated Chinese or Korean given name ("Chen Yu-ting", "Han Ji-soo").
 */
function isGivenNameAndSurname(tokens: readonly Token[], index: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const given = tokens[index]?.text ?? '';
  const surname = tokens[index + 1]?.text ?? '';
  if (given.length <= 5 && surname.includes('-') && KOREAN_GIVEN_NAME.test(surname) && GIVEN_NAME_SHAPE.test(given) && !isListedPlace(given, lexicon)) {
    // (Not two English words joined: "White House-era".)
    const [first, second] = surname.toLowerCase().split('-') as [string, string];
    return !(lexicon.commonWords.has(first) && lexicon.commonWords.has(second));
  }
  return (
    GIVEN_NAME_SHAPE.test(given) &&
    isAnyGivenName(given, lexicon) &&
    SURNAME_SHAPE.test(surname) &&
    isSurnameWord(surname, lexicon) &&
    !isListedPlace(surname, lexicon) &&
    !isKnownCompanyName(surname, lexicon)
  );
}

const lowerBeforeCapitals = new WeakMap<readonly Token[], Set<string>>();

/** The pairs of a lower-case word and a capitalised word after it in a text ("de Blasio"), computed once per text. */
function lowerWordsBeforeCapitals(tokens: readonly Token[]): Set<string> {
  let pairs = lowerBeforeCapitals.get(tokens);
  if (!pairs) {
    pairs = new Set();
    for (let index = 0; index + 1 < tokens.length; index++) {
      const word = tokens[index]!.text;
      if (/^\p{Ll}/u.test(word) && /^\p{Lu}/u.test(tokens[index + 1]!.text)) pairs.add(word + ' ' + tokens[index + 1]!.text);
    }
    lowerBeforeCapitals.set(tokens, pairs);
  }
  return pairs;
}

/** Given names that are also verbs opening a question ("Will Cruz win?"). */
const AUXILIARY_GIVEN_NAMES = new Set(['Will', 'May', 'Can']);

/**
 * Whether the tokens from `first` to `end` are a common given name that is also a word and a surname ("Mark Zuckerberg",
 * "Bill Gates"): a name whole even where a sentence starts and its first word might be the ordinary word. Not a particle
 * the text writes in lower case before the same surname ("De Blasio" beside "Bill de Blasio"), nor a verb opening a
 * question ("Will Cruz win?").
 */
function isGivenNameBeforeSurname(tokens: readonly Token[], first: number, end: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  if (end - first !== 2 || !isGivenName(tokens[first]!.text, lexicon) || !isGivenNameAndSurname(tokens, first, lexicon)) return false;
  const given = tokens[first]!.text;
  if (lowerWordsBeforeCapitals(tokens).has(given.toLowerCase() + ' ' + tokens[first + 1]!.text)) return false;
  if (AUXILIARY_GIVEN_NAMES.has(given)) {
    const sentence = tokens[first]!.sentence;
    for (let index = first + 2; index < tokens.length && tokens[index]!.sentence === sentence; index++) if (tokens[index]!.text === '?') return false;
  }
  return true;
}

/**
 * "Jeb Bush", "Mark Price": a common given name and a surname that is also a word, which the text never writes in lower
 * case (so not "Grace Church" where it writes "church", nor a body's or a business's word).
 */
function isGivenNameAndWordSurname(tokenized: TokenizedText, index: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const given = tokenized.tokens[index]?.text ?? '';
  const surname = tokenized.tokens[index + 1]?.text ?? '';
  const lower = surname.toLowerCase();
  return (
    GIVEN_NAME_SHAPE.test(given) &&
    isGivenName(given, lexicon) &&
    GIVEN_NAME_SHAPE.test(surname) &&
    lexicon.commonWords.has(lower) &&
    !FUNCTION_WORDS_BEFORE_NAME.test(lower) &&
    !isBodyOrBusinessWord(lower) &&
    !BODY_HEAD_WORDS.has(lower) &&
    !CALENDAR_WORDS.has(lower) &&
    !ROLE_WORDS.has(lower) &&
    !ROLE_HEADS.has(lower) &&
    !PERSON_TITLES.has(lower) &&
    !isListedPlace(surname, lexicon) &&
    !isKnownCompanyName(surname, lexicon) &&
    !occursAsWord(tokenized.text, lower)
  );
}

/** Particles of a surname ("van der", "de la", "von"): how many follow a given name at `index` before a capitalised surname, or 0. */
function particlesAfterGivenName(tokenized: TokenizedText, index: number, lexicon: ReturnType<typeof learnedLexicon>): number {
  const { tokens } = tokenized;
  const given = tokens[index]!.text;
  if (!GIVEN_NAME_SHAPE.test(given) || !SURNAME_PARTICLES.has(tokens[index + 1]?.text ?? '') || !isAnyGivenName(given, lexicon)) return 0;
  let count = 1;
  if (SURNAME_PARTICLES.has(tokens[index + 2]?.text ?? '')) count++;
  const surname = tokens[index + count + 1];
  if (!surname || !SURNAME_SHAPE.test(surname.text) || isListedPlace(surname.text, lexicon) || isKnownCompanyName(surname.text, lexicon)) return 0;
  for (let at = index; at < index + count + 1; at++) if (!oneSpaceApart(tokenized, at, at + 1)) return 0;
  return count;
}

/** Lower-case particles inside a surname. */
const SURNAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'la', 'le', 'von', 'da', 'dos', 'das', 'du', 'di', 'del', 'bin', 'al']);

/** Speech verbs that follow a speaker's name ("said", "told"). */
const SPEAKER_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'warned', 'announced', 'argued', 'insisted']);

/**
 * Whether tokens `index` and `index + 1` are two name words no list knows, after a capitalised title and before a
 * speech verb ("Cabinet Secretary Wanjiru Kamau said"): a person's name whatever the given name.
 */
function isUnknownNameAfterTitle(tokenized: TokenizedText, index: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const { tokens } = tokenized;
  const title = tokens[index - 1];
  if (!title || !/^\p{Lu}/u.test(title.text) || !ROLE_HEADS.has(title.text.toLowerCase()) || !SPEAKER_VERBS.has(tokens[index + 2]?.text ?? '')) return false;
  for (const word of [tokens[index]!.text, tokens[index + 1]?.text ?? '']) {
    if (!SURNAME_SHAPE.test(word) || lexicon.commonWords.has(word.toLowerCase()) || isListedPlace(word, lexicon) || isKnownCompanyName(word, lexicon)) return false;
  }
  return true;
}

/**
 * "Jamal Simmons is a Democratic consultant", "Ilya Shapiro argues …": a given name and a surname the tagger left
 * alone (most often where a sentence starts, where a capital says nothing) are a person's name. The surname is no
 * ordinary word, place, body's or business's word, and no capitalised word follows it (a longer name).
 */
function untaggedPersonNames(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result = spans;
  let next = 0;
  for (let index = 0; index + 1 < tokens.length; index++) {
    while (next < spans.length && spans[next]!.end <= index) next++;
    // Most tokens open with no capital: passed over by their first letter.
    const code = tokens[index]!.text.charCodeAt(0);
    if (code < 192 && (code < 65 || code > 90)) continue;
    const covering = next < spans.length && spans[next]!.first <= index ? spans[next]! : null;
    if (covering) {
      // "Senate Minority Whip Dick" + "Durbin": a title and a given name the tagger read as a body's name, cut before
      // the surname, run on over it (where names are split, the title is then the role, the rest the person).
      const cutBeforeSurname =
        covering.kind !== 'PER' &&
        covering.end === index + 1 &&
        covering.first < index &&
        isTitleBeforeName(tokens[index - 1]!.text) &&
        spans[next + 1]?.first !== index + 1 &&
        oneSpaceApart(tokenized, index, index + 1) &&
        isGivenNameAndSurname(tokens, index, lexicon);
      if (cutBeforeSurname) result = result.map((span) => (span === covering ? { ...span, end: index + 2 } : span));
      // "Han Ji-soo" read as a MISC name ("Han" as in Han Chinese): a family name and a hyphenated given name are a person's.
      const familyFirst = covering.kind !== 'PER' && covering.first === index && covering.end === index + 2 && KOREAN_GIVEN_NAME.test(tokens[index + 1]!.text) && isGivenNameAndSurname(tokens, index, lexicon);
      if (familyFirst) result = result.map((span) => (span === covering ? { ...span, kind: 'PER' } : span));
      continue;
    }
    // "Pieter van der Merwe, a resources analyst": a given name, the particles of a surname and the surname, whatever the
    // tagger read the last word as.
    const particles = particlesAfterGivenName(tokenized, index, lexicon);
    if (particles > 0) {
      result = withPersonSpan(result, index, index + particles + 2);
      index += particles + 1;
      continue;
    }
    const surnameSpan = next < spans.length && spans[next]!.first === index + 1 ? spans[next]! : null;
    if (surnameSpan && (surnameSpan.kind === 'PER' || surnameSpan.end > index + 2)) continue;
    // "Agriculture Cabinet Secretary Wanjiru Kamau said": two unknown name words after a title and before a speech verb.
    const titledSpeaker = isUnknownNameAfterTitle(tokenized, index, lexicon);
    if (!(titledSpeaker || isGivenNameAndSurname(tokens, index, lexicon) || isGivenNameAndWordSurname(tokenized, index, lexicon)) || !oneSpaceApart(tokenized, index, index + 1)) continue;
    const after = tokens[index + 2];
    if (after && oneSpaceApart(tokenized, index + 1, index + 2) && /^\p{Lu}/u.test(after.text)) continue;
    result = withPersonSpan(result, index, index + 2);
  }
  return result;
}

/**
 * `spans` with a person's name from token `first` to `end` in them, unless a person already holds it or a longer
 * name the tagger read holds it: spans it overlaps give way (one that opens before it ends where it begins).
 */
function withPersonSpan(spans: readonly NameSpan[], first: number, end: number): readonly NameSpan[] {
  if (spans.some((span) => span.first <= first && span.end >= end && (span.kind === 'PER' || span.end > end))) return spans;
  const kept: NameSpan[] = [];
  for (const span of spans) {
    if (span.end <= first || span.first >= end) kept.push(span);
    else if (span.first < first) kept.push({ ...span, end: first });
  }
  kept.push({ kind: 'PER', first, end });
  return kept.sort((a, b) => a.first - b.first);
}

const OPENING_QUOTE = /^["“‘']$/u;
const CLOSING_QUOTE = /^["”’']$/u;

/**
 * Whether two tagged spans around a middle initial are one person's name: one or two words before it, one or two
 * after it (a generational suffix aside), one space apart, none of them a word that is no part of a person's name.
 */
function isNameAroundInitial(tokenized: TokenizedText, before: NameSpan, after: NameSpan, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const { tokens } = tokenized;
  let afterEnd = after.end;
  if (afterEnd - after.first > 1 && GENERATIONAL_SUFFIX.test(tokens[afterEnd - 1]!.text)) afterEnd--;
  if (before.end - before.first > 2 || afterEnd - after.first > 2) return false;
  if (!oneSpaceApart(tokenized, before.end - 1, before.end) || !oneSpaceApart(tokenized, before.end, after.first)) return false;
  // After a given name and an initial, a company's name is a surname ("Robert S. Ford").
  const givenNameFirst = isGivenName(tokens[before.first]!.text, lexicon);
  for (let index = before.first; index < afterEnd; index++) {
    if (index === before.end) continue;
    const word = tokens[index]!.text;
    const fits = givenNameFirst && index > before.end ? isSurnameAfterInitial(word) : /^\p{Lu}\p{Ll}/u.test(word) && !isKnownNonPersonWord(word, lexicon) && !isBodyHead(word);
    if (!fits) return false;
  }
  return true;
}

/** Function words, which open no surname. */
const FUNCTION_WORDS_BEFORE_NAME = /^(?:the|a|an|and|or|but|of|in|on|at|to|for|by|with|from|as|is|was|this|that|these|those|it|he|she|they|we|i|his|her|their|its|our|if|when|so|not|no)$/;

/**
 * A word that may be a surname after a given name and a middle initial: a name's spelling, no function word,
 * title or word of a body's name; a common word ("Bush") or a company's name ("Ford") may be one.
 */
function isSurnameAfterInitial(word: string): boolean {
  const lower = word.toLowerCase();
  const title = (ROLE_WORDS.has(lower) || PERSON_TITLES.has(lower)) && !SURNAME_TITLES.test(lower);
  return /^\p{Lu}\p{Ll}/u.test(word) && !FUNCTION_WORDS_BEFORE_NAME.test(lower) && !CALENDAR_WORDS.has(lower) && !title && !isBodyOrBusinessWord(lower);
}

/** Titles that are also common surnames ("Peter T. King", "Stephen G. Judge"). */
const SURNAME_TITLES = /^(?:king|lord|judge|justice|bishop|dean|pope|major|marshal|coach|sheriff|knight)$/;

/** A capitalised singular head word of a body's name ("Foundation", "Institute"), not a plural of members ("Democrats"). */
function isBodyHead(word: string): boolean {
  if (!(letterCase(word) & STARTS_UPPER)) return false;
  const lower = word.toLowerCase();
  return ORGANIZATION_NAME_WORDS.has(lower) && !lower.endsWith('s');
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
    first > 0 && tokens[first - 1]!.sentence === tokens[first]!.sentence && /^\p{Lu}/u.test(tokens[first - 1]!.text) && !isSentenceFirstWord(tokens, first - 1);
  // "Delta Crest" beside "Delta Crest Petroleum": the text writes the name with a business word after it somewhere.
  const namesBusinessElsewhere = (first: number, end: number): boolean => {
    const surface = tokenized.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    for (let at = tokenized.text.indexOf(surface); at >= 0; at = tokenized.text.indexOf(surface, at + 1)) {
      const next = /^ (\S+)/.exec(tokenized.text.slice(at + surface.length, at + surface.length + 40));
      if (next && /^\p{Lu}/u.test(next[1]!) && isBusinessWord(next[1]!.toLowerCase().replace(/[.,;:]$/, ''))) return true;
    }
    return false;
  };
  const addCandidate = (first: number, end: number, kind: NameSpan['kind'] | null): void => {
    // Nothing left after a split at a span's last token ("… Cloud (").
    if (end <= first) return;
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
      ((!HAS_LETTER.test(tokens[end - 1]!.text) && !/\d/.test(tokens[end - 1]!.text)) ||
        /^\p{Ll}/u.test(tokens[end - 1]!.text) ||
        (isPossessive(tokens[end - 1]!.text) && !(end - first > 1 && possessiveNames.has(surfaceOf(tokens, first, end)))))
    )
      end--;
    // "Kremlin Press" + "Secretary", "Texas Agriculture" + "Commissioner": the words that narrow a title written after
    // a name are the title's, not the name's.
    if (end - first > 1 && end < tokens.length && isCapitalised(tokens[end]!.text) && (ROLE_WORDS.has(lowerOf(tokens[end])) || ROLE_HEADS.has(lowerOf(tokens[end])))) end = Math.max(first + 1, titleStartBefore(tokens, first, end));
    const possessive = end > first && end < tokens.length ? possessiveLength(tokens, end) : 0;
    if (possessive > 0 && possessiveNames.has(surfaceOf(tokens, first, end + possessive))) end += possessive;
    while (first < end && !isCapitalised(tokens[first]!.text) && !/\d/.test(tokens[first]!.text)) first++;
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
      COMPANY_SUFFIXES.has(lowerOf(tokens[index])) && tokens[index]!.sentence === tokens[spanFirst]!.sentence && (isCapitalised(tokens[index]!.text) || /^(?:plc|llc)$/.test(tokens[index]!.text));
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
      lexicon.commonWords.has(lowerOf(tokens[first])) &&
      !(kind === 'PER' && first === spanFirst && isGivenNameBeforeSurname(tokens, first, end, lexicon)) &&
      !holdsLegalForm() &&
      !onlyBusinessWords(first + 1, end) &&
      !(end - first > 1 && occursElsewhere(tokenized.text, tokenized.text.slice(tokens[first]!.start, tokens[end - 1]!.end), tokens[first]!.start, tokens[end - 1]!.end, true))
    )
      first++;
    // "Start My LLC", "Your Business": a possessive or demonstrative opens a phrase, not a name.
    while (first < end && PHRASE_OPENERS.has(tokens[first]!.text)) first++;
    // What the sentence-start rule left may open with a lower-case word ("Best for Creative Brands").
    while (first < end && !isCapitalised(tokens[first]!.text) && !/\d/.test(tokens[first]!.text)) first++;
    if (end <= first) return;
    // "$500": figures alone are no name.
    let lettered = false;
    for (let index = first; index < end && !lettered; index++) lettered = HAS_LETTER.test(tokens[index]!.text);
    if (!lettered) return;
    // "LONDON, March 3 (Reuters)": a month before a day is a date.
    if (end - first === 1 && CALENDAR_WORDS.has(lowerOf(tokens[first])) && /^\d{1,2}$/.test(tokens[end]?.text ?? '')) return;
    // A legal form alone ("Co.") or an ordinary word in capitals ("TV", "CPU", "8 AM") is not a name.
    if (end - first === 1 && (COMPANY_SUFFIXES.has(lowerOf(tokens[first])) || COMMON_ACRONYMS.has(tokens[first]!.text))) return;
    // Letters after a person's name are no part of it ("Declan Furlong SC", "Jane Roe QC").
    if (kind === 'PER' && end - first >= 3 && POST_NOMINALS.test(tokens[end - 1]!.text)) end--;
    // Where something is based is no name ("Singapore-based").
    if (end - first === 1 && BASED_IN.test(tokens[first]!.text)) return;
    // Contractions ("We’ll", "They’re") are never names.
    if (end - first === 1 && CONTRACTION.test(tokens[first]!.text)) return;
    // A sentence's first word alone is no name when it is an adverb ("Relentlessly upbeat, ...") or all of its sentence ("Harsh? He ...").
    if (end - first === 1 && isSentenceStart(first) && (ADVERB.test(tokens[first]!.text) || isOneWordSentence(tokens, first))) return;
    // A product named after its maker ("Disney+") is neither the maker nor a company.
    if (tokens[end - 1]!.text.endsWith('+')) return;
    // A name ending in a legal form is a company whatever the tagger thought ("Nissan Motor Co").
    if (end - first > 1 && COMPANY_SUFFIXES.has(lowerOf(tokens[end - 1])) && /^\p{Lu}/u.test(tokens[end - 1]!.text)) kind = 'ORG';
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
      isKnownCompanyName(left, lexicon) ||
      isKnownCompanyName(right, lexicon) ||
      // "Walmart Canada and Costco Wholesale": each side opens with a known company's name.
      (isKnownCompanyName(tokens[first]!.text, lexicon) && isKnownCompanyName(tokens[joiner + 1]!.text, lexicon)) ||
      occursElsewhere(tokenized.text, left, spanStart, spanEnd, false) ||
      occursElsewhere(tokenized.text, right, spanStart, spanEnd, false) ||
      twoBusinessNames(first, joiner, end)
    );
  };
  // "Noble Energy and Delta Air Lines": two names of two words or more (legal forms aside), one of them ending in a
  // business word, no body's word in either ("Department of Health and Human Services", "Pacific Gas and Electric Co" stay one).
  const twoBusinessNames = (first: number, joiner: number, end: number): boolean => {
    let rightEnd = end;
    while (rightEnd > joiner + 1 && COMPANY_SUFFIXES.has(lowerOf(tokens[rightEnd - 1]))) rightEnd--;
    if (joiner - first < 2 || rightEnd - joiner - 1 < 2) return false;
    for (let index = first; index < end; index++) if (ORGANIZATION_NAME_WORDS.has(lowerOf(tokens[index])) || (index !== joiner && !isCapitalised(tokens[index]!.text) && !NAME_JOINERS.has(tokens[index]!.text))) return false;
    return isBusinessWord(lowerOf(tokens[joiner - 1])) || isBusinessWord(lowerOf(tokens[end - 1]));
  };
  const names = untaggedPersonNames(tokenized, mendPersonNames(tokenized, mendCutNames(tokenized, joinBusinessNameRuns(tokenized, findNames(tokenized), lexicon), lexicon), lexicon), lexicon);
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
  for (const span of names) {
    let first = span.first;
    let kind: NameSpan['kind'] | null = span.kind;
    // "Secretary of" + "State John Kerry", "Speaker of the" + "House Lena Brandt": the words the tagger read before a
    // given name and a surname, right after a title and "of" (or "of the"), end the title (the text may name the State
    // Department elsewhere, which makes the tagger read a body).
    const of = tokens[span.first - 1]?.text === 'the' ? span.first - 2 : span.first - 1;
    if (
      span.end - span.first >= 3 &&
      tokens[of]?.text === 'of' &&
      /^\p{Lu}/u.test(tokens[of - 1]?.text ?? '') &&
      isTitleBeforeName(tokens[of - 1]!.text) &&
      isGivenNameAndSurname(tokens, span.end - 2, lexicon)
    ) {
      first = span.end - 2;
      kind = 'PER';
    }
    for (let index = first; index < span.end; index++) {
      const text = tokens[index]!.text;
      const lower = text.toLowerCase();
      // "in", "at", "on" split only before a known city or country: "Organisation for Security and
      // Cooperation in Europe" is one name, "the Ministry of Finance in Paris" is two.
      const placeFollows = PLACES.has(tokens[index + 1]?.text ?? '') && !REGIONS.has(tokens[index + 1]!.text);
      // A person's name holds particles ("de", "van") but no preposition: "Cameron Easley for Morning
      // Consult" and "Elijah Cummings of Maryland" are a person and the body or place they belong to.
      const endsPerson: boolean = kind === 'PER' && index > first && PERSON_SPLIT_WORDS.has(text);
      // "Examples include Mint", "Mitt Romney staffer Katie Packer": a lower-case word no name holds ends the name
      // the tagger ran on; after a word for what people are, a person's follows.
      const strayWord = /^\p{Ll}[\p{Ll}\-]*$/u.test(text) && !SPLIT_WORDS.has(text) && !NAME_PARTICLES.has(text) && !PLACE_PREPOSITIONS.has(text) && !ROLE_WORDS.has(text) && !ROLE_HEADS.has(text);
      if (
        endsPerson ||
        (SPLIT_WORDS.has(text) && (!PLACE_PREPOSITIONS.has(text) || placeFollows)) ||
        // "Creative Cloud (Audition": nor does a name hold a bracket or a question mark.
        NAME_BREAKS.test(text) ||
        strayWord ||
        ((text === 'and' || text === 'or') && joinsTwoNames(index, first, span.end))
      ) {
        addCandidate(first, index, kind);
        first = index + 1;
        // "Jon Tester and David Vitter": two people.
        kind = (endsPerson && text === 'and') || (strayWord && DESCRIPTION_HEADS.has(text)) ? 'PER' : null;
      } else if (kind !== 'ORG' && index > first && index + 1 < span.end && isPossessive(text) && !KNOWN_COMPANY_NAMES.has(tokens[index - 1]!.text + text)) {
        // "Mistral’s Devstral": an owner and what it owns, two names. ("McDonald's" is one, and a span the tagger read as one organisation stays whole: "Moody’s Investors Service".)
        addCandidate(first, index, null);
        first = index + 1;
      } else if (NAME_ENDING_SUFFIXES.has(lower) && index > first && index + 1 < span.end && !COMPANY_SUFFIXES.has(lowerOf(tokens[index + 1]))) {
        // "Business Insider Inc Nintendo": a legal form ends its name; what follows is another one.
        addCandidate(first, index + 1, kind);
        first = index + 1;
      } else if (
        (ROLE_WORDS.has(lower) && (text === text.toUpperCase() || /^\p{Lu}/u.test(text))) ||
        (index > first && ROLE_HEADS.has(lower) && /^\p{Ll}/u.test(text)) ||
        (isTitleBeforeName(text) && index + 3 === span.end && isGivenNameAndSurname(tokens, index + 1, lexicon))
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
        /^\p{Lu}\p{Ll}/u.test(text) &&
        index + 2 < span.end &&
        allCapitalised(tokens, index + 1, span.end) &&
        !isBusinessWord(lowerOf(tokens[span.end - 1])) &&
        (index === first || (index === first + 1 && (lexicon.commonWords.has(lowerOf(tokens[first])) || lexicon.ordinaryWords.has(lowerOf(tokens[first])) || /^\p{Lu}{2,3}$/u.test(tokens[first]!.text))))
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
    const committee = /^(?:Committee|Subcommittee|Commission|Council|Board)$/.test(tokens[next.end - 1]?.text ?? '');
    if (tokens[body.end]?.text !== 'and' || next.first !== body.end + 1 || !(bodyOf || committee)) continue;
    if (tokens[next.first]!.sentence !== tokens[body.first]!.sentence) continue;
    if (!allCapitalised(tokens, next.first, next.end)) continue;
    body.end = next.end;
    body.modelKind = 'ORG';
    candidates.splice(index + 1, 1);
  }

  // Unknown capitalised words opening a sentence, the tagger's blind spot, when a speech verb or a
  // possessive follows: "Siemens said ...", "Nokia's profit ...".
  const taggedTokens = new Uint8Array(tokens.length);
  // The end of the capitalised words from `first` that no name covers yet, in its sentence: three at most.
  const untaggedCapitalisedEnd = (first: number): number => {
    let end = first + 1;
    while (end < tokens.length && end - first < 3 && tokens[end]!.sentence === tokens[first]!.sentence && /^\p{Lu}/u.test(tokens[end]!.text) && !taggedTokens[end]) end++;
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
    if (!token || taggedTokens[first] || !/^\p{Lu}[\p{L}&\-]+$/u.test(token.text)) return;
    const lower = token.text.toLowerCase();
    if (lexicon.commonWords.has(lower) || ROLE_WORDS.has(lower) || writtenInLowerCase(lower) || CALENDAR_WORDS.has(lower)) return;
    let end = first + 1;
    while (end < sentence.end && end - first < 4 && /^\p{Lu}/u.test(tokens[end]!.text) && !taggedTokens[end]) end++;
    const next = tokens[end]?.text ?? '';
    // ... or the text says what it is: "Rapidus, a government-backed venture, ...".
    if (!SPEECH_VERBS_AFTER_NAME.has(next) && !isPossessive(next) && describedAs(tokens, end) !== 'company' && !isValuedOrOwnedAfter(tokens, end) && !headsParagraphBefore(tokens, first, end) && !countsCustomersAfter(tokens, end)) return;
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
  const lowerCaseBrands = new Set<string>();
  for (const sentence of tokenized.sentences) {
    const word = tokens[sentence.first]!.text;
    if (LOWER_CASE_BRAND.test(word) && !lexicon.commonWords.has(word) && !lexicon.ordinaryWords.has(word)) lowerCaseBrands.add(word);
  }
  if (lowerCaseBrands.size > 0) {
    const businesses = new Set<string>();
    for (let index = 0; index < tokens.length; index++) {
      const word = tokens[index]!.text;
      if (!lowerCaseBrands.has(word)) continue;
      const named = BUSINESS_NOUNS_BEFORE_NAME.has(tokens[index - 1]?.text ?? '') || describedAs(tokens, index + 1) === 'company' || SPEECH_VERBS_AFTER_NAME.has(tokens[index + 1]?.text ?? '');
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
    const single = phrases[phrases.length - 1]!.length === 1;
    const phrase = phrases.find((words) => words.length > 1 && words.every((word, offset) => tokens[index + offset]?.text === word && tokens[index + offset]!.sentence === token.sentence));
    if (!phrase && (!single || taggedTokens[index])) continue;
    const end = index + (phrase?.length ?? 1);
    if (isSentenceStart(index) && !phrase && writtenInLowerCase(token.text.toLowerCase())) continue;
    // Not a word of a longer capitalised name ("Google Maps" is left to the tagger), but "Snapchat CEO" is Snapchat's.
    const next = tokens[end];
    const nextLower = lowerOf(next);
    if (next && next.sentence === token.sentence && isCapitalised(next.text) && !COMPANY_SUFFIXES.has(nextLower) && !ROLE_WORDS.has(nextLower)) continue;
    if (phrase) {
      // Nor the end of a longer name the tagger read ("Konkan Mercantile Bank" holds the listed "Mercantile Bank").
      if (candidates.some((mention) => mention.first < index && mention.end > index && isCapitalised(tokens[index - 1]!.text))) continue;
      for (let at = candidates.length - 1; at >= 0; at--) if (candidates[at]!.first < end && candidates[at]!.end > index) candidates.splice(at, 1);
    }
    candidates.push({ first: index, end, modelKind: phrase ? 'ORG' : null, cluster: -1 });
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
    index = end - 1;
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
    const inside = candidates.filter((mention) => mention.first < end && mention.end > index);
    if (inside.some((mention) => mention.first < index || mention.end > end)) continue;
    for (const mention of inside) candidates.splice(candidates.indexOf(mention), 1);
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
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

  // A given name and a capitalised word the tagger left alone: "said study author Elizabeth Hoge". Both must be
  // name words (no ordinary, body, business or place word: not "Grace Church", "Jordan River").
  for (let index = 0; index + 1 < tokens.length; index++) {
    const given = tokens[index]!;
    const surname = tokens[index + 1]!;
    if (taggedTokens[index] || taggedTokens[index + 1] || !mayStartName(given.text) || !mayStartName(surname.text) || surname.sentence !== given.sentence || !isGivenName(given.text, lexicon)) continue;
    if (isSentenceStart(index) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(surname.text) || isKnownNonPersonWord(surname.text, lexicon)) continue;
    const after = tokens[index + 2];
    if (after && after.sentence === given.sentence && isCapitalised(after.text)) continue;
    candidates.push({ first: index, end: index + 2, modelKind: 'PER', cluster: -1 });
    taggedTokens[index] = 1;
    taggedTokens[index + 1] = 1;
    index++;
  }

  // A capitalised word the tagger left alone, owned by a place ("Britain's BT", "Germany's Siemens"):
  // places own businesses and bodies far more often than anything else written that way.
  for (const mention of [...candidates]) {
    const possessive = tokens[mention.end];
    if (!possessive || !isPossessive(possessive.text) || !(mention.modelKind === 'LOC' || PLACES.has(surfaceOf(tokens, mention.first, mention.end)))) continue;
    const first = mention.end + 1;
    const token = tokens[first];
    if (!token || taggedTokens[first] || token.sentence !== possessive.sentence || !/^\p{Lu}[\p{L}&\-]*$/u.test(token.text)) continue;
    const lower = token.text.toLowerCase();
    if (lexicon.commonWords.has(lower) || ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower) || writtenInLowerCase(lower)) continue;
    const end = untaggedCapitalisedEnd(first);
    candidates.push({ first, end, modelKind: null, cluster: -1 });
    for (let t = first; t < end; t++) taggedTokens[t] = 1;
  }

  // A name the tagger left alone between an owner's possessive and a business's unit: "Alphabet's Verily unit".
  for (let index = 2; index + 1 < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !isPossessive(tokens[index - 1]!.text) || !/^\p{Lu}[\p{L}\d&\-]*$/u.test(token.text)) continue;
    const end = untaggedCapitalisedEnd(index);
    if (!isOwnedBusinessUnit(tokens, index, end, lexicon)) continue;
    const lower = token.text.toLowerCase();
    if (end === index + 1 && (lexicon.commonWords.has(lower) || writtenInLowerCase(lower))) continue;
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
  }

  // A name the tagger left alone before a business's title and its holder: "Brightline founder Sam Lee".
  for (let index = 0; index + 2 < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !mayStartName(token.text) || !isBusinessTitleAt(tokens, index + 1) || !/^\p{Lu}[\p{L}\d&\-]+$/u.test(token.text)) continue;
    const lower = token.text.toLowerCase();
    if (lexicon.commonWords.has(lower) || ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower) || PLACES.has(token.text) || writtenInLowerCase(lower)) continue;
    candidates.push({ first: index, end: index + 1, modelKind: 'ORG', cluster: -1 });
    taggedTokens[index] = 1;
  }

  // A name the tagger left alone as the object of a deal: "the acquisition of Bendi".
  for (let index = 2; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !mayStartName(token.text) || !/^\p{Lu}[\p{L}\d&\-]+$/u.test(token.text) || BASED_IN.test(token.text) || !isDealObjectAt(tokens, index)) continue;
    const lower = token.text.toLowerCase();
    if (lexicon.commonWords.has(lower) || CALENDAR_WORDS.has(lower) || isListedPlace(token.text, lexicon) || lexicon.person.has(token.text) || isGivenName(token.text, lexicon)) continue;
    let end = index + 1;
    while (end < tokens.length && end - index < 3 && tokens[end]!.sentence === token.sentence && isCapitalised(tokens[end]!.text) && !taggedTokens[end]) end++;
    candidates.push({ first: index, end, modelKind: 'ORG', cluster: -1 });
    for (let t = index; t < end; t++) taggedTokens[t] = 1;
  }

  // A name the tagger left alone right after a business noun: "data analysis firm 1010data", "the startup Vectara".
  // Or after one no person is called and a comma: "its insurance arm, Alcázar Vida, is ...".
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (taggedTokens[index] || !mayStartName(token.text)) continue;
    const aside = tokens[index - 1]!.text === ',' && index > 1 && NON_PERSON_BUSINESS_NOUNS.has(tokens[index - 2]!.text);
    // ("a gaming company like Scopely", "startups such as Lovable": the first example of a business.)
    const example = exampleAfterBusinessNoun(tokens, index) && !BASED_IN.test(token.text);
    if (!(aside || example || BUSINESS_NOUNS_BEFORE_NAME.has(tokens[index - 1]!.text)) || tokens[index - (aside ? 2 : 1)]!.sentence !== token.sentence) continue;
    if (token.text.length < 2 || !HAS_LETTER.test(token.text) || !/^[\p{Lu}\d]/u.test(token.text)) continue;
    // The name runs over the next capitalised words, and over a name the tagger found inside them.
    let end = index + 1;
    while (end < tokens.length && end - index < 3 && tokens[end]!.sentence === token.sentence && isCapitalised(tokens[end]!.text)) end++;
    const crossed = candidates.find((mention) => mention.first < end && mention.end > end);
    if (crossed) end = crossed.first;
    if (end === index) continue;
    if (aside && !isNamedAfterBusinessNoun(tokens, index, end)) continue;
    // (An ordinary word opens no name of its own, but may open one of several: "the startup Harbor Labs".)
    const lower = token.text.toLowerCase();
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
  // A business word right after a name the tagger cut short extends it too ("SiliconANGLE Media").
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (covered[index]! >= 0 || !(letterCase(token.text) & STARTS_UPPER)) continue;
    const lower = token.text.toLowerCase();
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
      // (its product: "Google Analytics").
      if (!mention && endsName) {
        let first = index;
        while (first > 0 && index - first < 3 && covered[first - 1]! < 0 && tokens[first - 1]!.sentence === token.sentence && /^\p{Lu}[\p{L}\-]+$/u.test(tokens[first - 1]!.text)) first--;
        const opener = tokens[first]!.text;
        const ordinary = (word: string): boolean => {
          const lower = word.toLowerCase();
          return isOrdinaryLowerWord(lower, lexicon, writtenInLowerCase) || ROLE_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || RANKING_WORDS.has(word) || TITLE_CASE_FUNCTION_WORDS.has(word) || isBusinessWord(lower) || PLACES.has(word) || COMMON_ACRONYMS.has(word);
        };
        if (first < index && !ordinary(opener) && !isKnownCompanyName(opener, lexicon) && !isGivenName(opener, lexicon)) {
          candidates.push({ first, end: index + 1, modelKind: null, cluster: -1 });
          for (let t = first; t <= index; t++) covered[t] = candidates.length - 1;
        }
        continue;
      }
      if (!mention || mention.end !== index || mention.modelKind === 'PER' || !endsName) continue;
      mention.end = index + 1;
      mention.modelKind = 'ORG';
      covered[index] = before;
      continue;
    }
    if (before >= 0) {
      const mention = candidates[before]!;
      // (A person's name before a capitalised legal form names the business: "George Weston Ltd.")
      if (mention.end === index && (mention.modelKind !== 'PER' || isCapitalised(token.text))) {
        mention.end = index + 1;
        mention.modelKind = 'ORG';
        covered[index] = before;
      }
      continue;
    }
    let first = index;
    while (first > 0 && index - first < 4 && isCapitalised(tokens[first - 1]!.text) && !PHRASE_OPENERS.has(tokens[first - 1]!.text) && covered[first - 1]! < 0 && tokens[first - 1]!.sentence === token.sentence) first--;
    if (first === index || tokens[first]!.start === tokens[first]!.end) continue;
    candidates.push({ first, end: index + 1, modelKind: 'ORG', cluster: -1 });
    for (let t = first; t <= index; t++) covered[t] = candidates.length - 1;
  }

  // "Harwich Offshore Wind Ltd", "Great Harvest Bread Co.": names the tagger cut in pieces before a legal form are one.
  for (let index = candidates.length - 1; index >= 0; index--) {
    const mention = candidates[index]!;
    const last = tokens[mention.end - 1]!;
    if (!COMPANY_SUFFIXES.has(lowerOf(last)) || !isCapitalised(last.text)) continue;
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
  for (let index = candidates.length - 2; index >= 0; index--) {
    const left = candidates[index]!;
    const right = candidates[index + 1]!;
    if (tokens[left.end]?.text !== '&' || right.first !== left.end + 1 || left.end <= left.first || right.end <= right.first) continue;
    if (!oneSpaceApart(tokenized, left.end - 1, left.end) || !oneSpaceApart(tokenized, left.end, right.first)) continue;
    for (let t = left.end; t < right.end; t++) covered[t] = index;
    left.end = right.end;
    left.modelKind = 'ORG';
    right.end = right.first;
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
    while (end < tokens.length && end - index <= 2 && tokens[end]!.sentence === sentence && isCapitalised(tokens[end]!.text) && isBusinessWord(tokens[end]!.text.toLowerCase())) end++;
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
  }
  for (let index = candidates.length - 1; index >= 0; index--) if (candidates[index]!.end <= candidates[index]!.first || inTicker[candidates[index]!.first]) candidates.splice(index, 1);

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
  for (let index = 0; index < tokens.length; index++) {
    if (covered[index]! >= 0 || (!lowerCaseKeys && !mayStartName(tokens[index]!.text))) continue;
    // In a headline written in capitals, "SONY" is the "Sony" of the body.
    const capitals = titled.size > 0 && inTitle(index) && !/\p{Ll}/u.test(tokens[index]!.text);
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
  const parent = clusterWords.map((_, id) => id);
  const root = (id: number): number => (parent[id] === id ? id : (parent[id] = root(parent[id]!)));
  // Multi-word clusters indexed by last word (people) and first word (organisations): linear, not pairwise.
  const byLastWord = new Map<string, number>();
  // Every person named in full, by surname, in order of first mention ("Barack Obama", "Michelle Obama").
  const peopleBySurname = new Map<string, number[]>();
  const byFirstWord = new Map<string, number>();
  // Businesses by the first words of a name that ends in a legal form ("Saguaro Ridge" for "Saguaro Ridge Communities LLC"); -1 when two share them.
  const byLongerName = new Map<string, number>();
  // People by given name ("Hillary" for "Hillary Clinton"); -1 when two people of the text share it.
  const byGivenName = new Map<string, number>();
  // Newspapers by their masthead word ("Post" for "The Washington Post"); -1 when two of the text end with it.
  const byMasthead = new Map<string, number>();
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
      const namesakes = peopleBySurname.get(surname);
      if (namesakes) namesakes.push(id);
      else peopleBySurname.set(surname, [id]);
      if (isGivenName(words[0]!, lexicon)) addGivenName(byGivenName, words, id, clusterWords);
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
  // "Yahoo" is not short for "Yahoo Japan", written after it: a lone first word stands for a longer
  // organisation name only when the text gave the long name first, or when the rest of it is business
  // words ("Toyota" ... "Toyota Motor Corp").
  const shortFormOf = (short: number, long: number): boolean => {
    const longWords = clusterWords[long]!;
    if (longWords.slice(1).every((word) => isBusinessWord(word.toLowerCase()))) return true;
    const firstInBody = (id: number): number => clusterMentions[id]!.find((mention) => !inTitle(mention.first))?.first ?? Infinity;
    return firstInBody(long) < firstInBody(short);
  };
  for (let id = 0; id < clusterWords.length; id++) {
    const words = clusterWords[id]!;
    if (words.length >= 2 && byLongerName.size > 0) {
      const longer = byLongerName.get(words.join(' '));
      // (The short form written no more often than the long one: a name written often on its own is a name of its own.)
      // (Nor one the tagger read as a place: "Las Vegas" of "Las Vegas Sands Corp.")
      if (longer !== undefined && longer >= 0 && longer !== id && shortFormOf(id, longer) && clusterMentions[id]!.length <= clusterMentions[longer]!.length && !readAsPlaceOrMisc(clusterMentions[id]!)) parent[id] = root(longer);
      continue;
    }
    if (words.length !== 1 || PLACES.has(words[0]!)) continue;
    // "Toyota" is short for "Toyota Motor Corp", but "Iraqi" is not short for "Iraqi National Congress", nor
    // "Michigan" for "Michigan National Bank": a word the tagger reads mostly as a place or a MISC name keeps its own cluster.
    // A given name alone ("Hillary", "Bernie") is the one person of the text who has it, unless it is
    // someone's surname too ("Graham" for "Lindsey Graham").
    // A surname two people of the text share, or one written after a title of the other gender than the
    // one person named in full ("Mr. Obama" beside "Michelle Obama"), is resolved mention by mention.
    const namesakes = peopleBySurname.get(words[0]!);
    if (namesakes && resolveSharedSurname(tokens, id, clusterMentions[id]!, namesakes, clusterWords, clusterMentions)) continue;
    const person = byGivenName.get(words[0]!);
    const organisation = readAsPlaceOrMisc(clusterMentions[id]!) ? undefined : byFirstWord.get(words[0]!);
    // "the Post" after "The Washington Post": the one paper of the text with that masthead.
    const paper = clusterMentions[id]!.every((mention) => /^(?:the|The)$/.test(tokens[mention.first - 1]?.text ?? '')) ? byMasthead.get(words[0]!) : undefined;
    const target =
      byLastWord.get(words[0]!) ??
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
    const lower = token.text.toLowerCase();
    return lexicon.commonWords.has(lower) || ROLE_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || isListedPlace(token.text, lexicon) || writtenInLowerCase(lower);
  };
  // A word that names a kind of thing ("Travel", "Gaming", "Retail"): an ordinary lower-case word, not a place's or a known name.
  const isKindWord = (token: Token): boolean =>
    !isListedPlace(token.text, lexicon) && !isKnownCompanyName(token.text, lexicon) && isOrdinaryLowerWord(token.text.toLowerCase(), lexicon, writtenInLowerCase);
  // A lone word the tagger guessed was a place, a person or another name, with nothing but its guess behind it, is one more company of the list.
  const isGuessedName = (mention: NameMention): boolean => {
    const decision = typed.get(mention.cluster);
    const words = clusterWords[mention.cluster]!;
    if (!decision || decision.firm || words.length !== 1 || decision.kind === 'ORG') return false;
    const word = words[0]!;
    return !isListedPlace(word, lexicon) && !lexicon.person.has(word) && !isGivenName(word, lexicon);
  };
  const completedIds = new Map<string, number>();
  const lists = listCompletions(tokens, tokenized.sentences, mentions, isCompanyMention, isOrdinaryWord, isKindWord, isGuessedName);
  // The ordinary words of a list of kinds are no names, unless the text names them otherwise too.
  const dropMention = (mention: NameMention): void => {
    const group = groups.get(mention.cluster);
    if (group) groups.set(mention.cluster, group.filter((other) => other !== mention));
  };
  for (const mention of lists.kinds) if (!typed.get(mention.cluster)?.aliased && !isKnownCompanyOrBody(clusterWords[mention.cluster]!, lexicon)) dropMention(mention);
  // "5. Moving of America", "Pottery Barn": the headings of a list whose headings are mostly companies, unless
  // one ordinary word or common acronym ("Contemporary", "SQL"), a known place, or a given name and a surname ("Patrick Clarke").
  const isPlainWord = (token: Token): boolean => token.text.length < 2 || COMMON_ACRONYMS.has(token.text) || isOrdinaryLowerWord(token.text.toLowerCase(), lexicon, writtenInLowerCase);
  for (const item of companyListHeadings(tokens, mentions, isCompanyMention, isPlainWord)) {
    const words = tokens.slice(item.first, item.end).map((token) => token.text);
    if (words.length === 1 && isPlainWord(tokens[item.first]!)) continue;
    // (Nor a body's name: "Khan Academy", "Harvard University Courses" in a list of courses.)
    if (isPlaceOrBodyName(words, lexicon) || (words.length === 2 && isGivenName(words[0]!, lexicon) && !isBusinessWord(words[1]!.toLowerCase()))) continue;
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
  }

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
      if (words.length < 3 || decision.kind !== 'PER' || !words.every((word) => /^\p{Lu}/u.test(word))) continue;
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
    for (const [id] of groups) {
      const words = clusterWords[id]!;
      const decision = typed.get(id)!;
      if (words.length < 2 || decision.kind !== 'PER' || !businessWords.has(words[0]!) || isAnyGivenName(words[0]!, lexicon)) continue;
      const last = words[words.length - 1]!;
      if (isBusinessWord(last.toLowerCase())) continue;
      // (Another person of the text has the surname: "Melania Trump" beside "Donald Trump".)
      if ((peopleByLastWord.get(last) ?? 0) > 1) continue;
      typed.set(id, { ...decision, kind: 'MISC' });
    }
  }

  // "Acer Nitro 16", "Acer Chromebook 516 GE" … "Acer did include an Ethernet port": a maker named before its products.
  namesMakersOfProducts(tokens, groups, clusterWords, typed, lexicon, writtenInLowerCase);

  // "Lumix S5 II" of "Panasonic Lumix S5 II", and "Lumix" or "Galaxy" wherever the text writes it beside "Panasonic Lumix S5 II"
  // or "Samsung Galaxy Buds 3": a known company's product or line, whatever a list or a cue around it made of it.
  if (productEnds.size > 0) {
    const productFirstWords = new Set([...productEnds.keys()].map((first) => tokens[first]!.text));
    const productNames = new Set([...productEnds].map(([first, end]) => surfaceOf(tokens, first, end)));
    for (const [id, group] of groups) {
      const words = clusterWords[id]!;
      // ("Model Y" beside "Tesla Model 3": the same line, another model.)
      const sameLine = productFirstWords.has(words[0]!) && words.slice(1).every(isModelWord);
      const product = productNames.has(words.join(' ')) || sameLine;
      if (product && !isKnownCompanyName(words.join(' '), lexicon)) typed.set(id, { ...typed.get(id)!, kind: 'MISC' });
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
    // heading's first) is no name, unless a list or a known name says it is one.
    if (
      decision.kind === 'ORG' &&
      words.length === 1 &&
      !decision.aliased &&
      isOrdinaryLowerWord(words[0]!.toLowerCase(), lexicon, writtenInLowerCase) &&
      !isKnownCompanyOrBody(words, lexicon) &&
      group.every((mention) => mention.end - mention.first === 1 && (isSentenceFirstWord(tokens, mention.first) || inTitle(mention.first)))
    )
      continue;
    // "AI has moved into the boardroom": an ordinary word in capitals is no name, whatever found it.
    if (words.length === 1 && COMMON_ACRONYMS.has(words[0]!) && !decision.aliased) continue;
    // "photoplethysmography (PPG)": the short form of a term is no name.
    if (words.length === 1 && termAcronyms.has(words[0]!) && !decision.aliased) continue;
    // "Wedding Ideas", "Seamless Marketing Integration": a heading's title case, when the text writes each of
    // its words in lower case too; a name's own words seldom are (a known name or a legal form keeps it).
    // (Written in running text, next to a lower-case word, the words of a name are not a heading's: "machines from Light &
    // Wonder", "National Grid said".)
    const lowerCaseAt = (index: number, sentence: number): boolean => tokens[index]?.sentence === sentence && /^\p{Ll}/u.test(tokens[index]!.text);
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
    if (decision.kind === 'ORG' && !decision.aliased && isHeadingPhrase(words, lexicon, writtenInLowerCase, inRunningText) && !group.some((mention) => COMPANY_SUFFIXES.has(lowerOf(tokens[mention.end - 1])))) continue;
    if (decision.kind === 'LOC') type = 'location';
    else if (decision.kind === 'ORG') type = decision.company ? 'company' : 'organization';
    else if (decision.kind === 'PER') type = confidentPerson(tokens, group, words, lexicon, writtenInLowerCase) && !isGroupPlural(tokenized.text, tokens, group, words, lexicon) ? 'person' : null;
    if (!type) continue;
    const canonicalWords = type === 'person' ? longestWords(tokens, group) : words;
    const canonical = decision.aliased ?? canonicalWords.join(' ');
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
  const allMentions = repeatCompanyNames(tokens, clusters, kept);
  allMentions.sort((a, b) => a.first - b.first);
  return { clusters: clusters.filter((cluster) => cluster.mentions.length > 0), mentions: allMentions };
}

const MODEL_MARK = /\d|^\p{Lu}{2,}$|\p{Ll}\p{Lu}/u;

/** Whether a word of a product's name is a model's mark or a single capital letter ("5", "RTX", "GeForce", "Y" of "Model Y"). */
const isModelWord = (word: string): boolean => MODEL_MARK.test(word) || /^\p{Lu}$/u.test(word);

/** Whether a word may be a surname: capitalised, no ordinary word, nor a body's or a business's ("Cruz", "Cairo"; not "Images"). */
function isSurnameWord(word: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}[\p{L}'’\-]*$/u.test(word) && !lexicon.commonWords.has(lower) && !lexicon.ordinaryWords.has(lower) && !isBodyOrBusinessWord(lower) && !BODY_HEAD_WORDS.has(lower);
}

/** Whether a name is a known place's, or holds a body's head word ("Khan Academy"). */
function isPlaceOrBodyName(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const name = words.join(' ');
  return isListedPlace(name, lexicon) || words.some((word) => BODY_HEAD_WORDS.has(word.toLowerCase()));
}

/** Whether a word belongs to a body's or a business's name ("University", "Holdings"). */
function isBodyOrBusinessWord(lower: string): boolean {
  return ORGANIZATION_NAME_WORDS.has(lower) || isBusinessWord(lower);
}

/** Where each of `words` is written, token by token in text order, where `at` allows: one pass for all of them. */
function positionsOfWords(tokens: readonly Token[], words: { has(word: string): boolean }, at: (index: number) => boolean = () => true): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index]!.text;
    if (!words.has(text) || !at(index)) continue;
    const list = positions.get(text);
    if (list) list.push(index);
    else positions.set(text, [index]);
  }
  return positions;
}

/** A name's first word that may be a maker's: not a person's, a place's, a people's, a title's or a body's word. */
function mayNameMaker(word: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  // (Not a word with a figure or a lower-case compound: "VX5", "AI-powered".)
  if (word.length < 2 || !/^\p{Lu}[\p{L}&]*(?:-\p{Lu}[\p{L}&]*)*$/u.test(word) || COMMON_ACRONYMS.has(word) || TITLE_CASE_FUNCTION_WORDS.has(word)) return false;
  if (isGivenName(word, lexicon) || lexicon.person.has(word) || lexicon.location.has(word) || lexicon.misc.has(word) || lexicon.organization.has(word) || KNOWN_ORGANIZATIONS.has(word) || PLACES.has(word)) return false;
  const lower = word.toLowerCase();
  return !lexicon.commonWords.has(lower) && !lexicon.ordinaryWords.has(lower) && !ROLE_WORDS.has(lower) && !ROLE_HEADS.has(lower) && !PERSON_TITLES.has(lower) && !CALENDAR_WORDS.has(lower) && !isBodyOrBusinessWord(lower);
}

/**
 * Names a maker written before its products ("Acer Nitro 16", "Acer Chromebook 516 GE", "Asus ROG Zephyrus G14"): a
 * word that opens names of the text and is written alone too ("Acer did include", "Asus’s") is the maker's name.
 * Its products are no companies: each mention of one becomes a mention of the maker on its word, and the maker is a
 * company wherever the text writes it. Names that are a business's own (a known name, a business word, a legal form:
 * "Acer Group"), people's ("Kim Jong Un") and an ordinary word the text also writes in lower case ("Visual Studio
 * Code") are left alone.
 */
function namesMakersOfProducts(
  tokens: readonly Token[],
  groups: Map<number, NameMention[]>,
  clusterWords: string[][],
  typed: Map<number, ClusterDecision>,
  lexicon: ReturnType<typeof learnedLexicon>,
  writtenInLowerCase: (lower: string) => boolean,
): void {
  const productsByMaker = new Map<string, number[]>();
  const bodies = new Set<string>();
  const alone = new Map<string, number>();
  // A product's word that is a business's own, or a place's (nor is a business's arm in a place a product: "Woolworths NZ").
  const ownWord = (word: string): boolean => isBodyOrBusinessWord(word.toLowerCase()) || word === 'News' || MASTHEADS.has(word) || isListedPlace(word, lexicon);
  for (const [id, group] of groups) {
    if (group.length === 0) continue;
    const words = clusterWords[id]!;
    if (words.length === 1) {
      alone.set(words[0]!, id);
      continue;
    }
    const decision = typed.get(id)!;
    if (decision.kind === 'PER' || decision.kind === 'LOC' || decision.aliased || isKnownCompanyOrBody(words, lexicon)) continue;
    if (words.slice(1).some(ownWord)) {
      // ("Apache Software Foundation": the word opens a body's name too, so it is short for the body.)
      if (words.slice(1).some((word) => ORGANIZATION_NAME_WORDS.has(word.toLowerCase()))) bodies.add(words[0]!);
      continue;
    }
    // A product written after another name is that name's ("MSI Sword 15"), not its first word's.
    if (group.some((mention) => mention.first > 0 && isCapitalised(tokens[mention.first - 1]!.text) && tokens[mention.first - 1]!.sentence === tokens[mention.first]!.sentence && !isSentenceFirstWord(tokens, mention.first - 1))) continue;
    const list = productsByMaker.get(words[0]!);
    if (list) list.push(id);
    else productsByMaker.set(words[0]!, [id]);
  }
  for (const word of [...productsByMaker.keys()]) if (bodies.has(word) || !mayNameMaker(word, lexicon)) productsByMaker.delete(word);
  if (productsByMaker.size === 0) return;
  const covered = new Uint8Array(tokens.length);
  for (const group of groups.values()) for (const mention of group) for (let t = mention.first; t < mention.end; t++) covered[t] = 1;
  // Where each possible maker is written alone and no name was found: not at a sentence's start, where any word is
  // capitalised (one pass over the text for all of them).
  const freeAt = positionsOfWords(tokens, productsByMaker, (t) => !covered[t] && !isSentenceFirstWord(tokens, t));
  for (const [word, products] of productsByMaker) {
    const aloneId = alone.get(word);
    const aloneDecision = aloneId === undefined ? null : typed.get(aloneId)!;
    if (aloneDecision && (aloneDecision.kind === 'PER' || aloneDecision.kind === 'LOC' || aloneDecision.organizationEvidence > 0)) continue;
    const free = freeAt.get(word) ?? [];
    // (A lone mention may have joined a product's cluster as its short form: "Lenovo IdeaPad 5" … "Lenovo’s".)
    const shortForm = products.some((product) => groups.get(product)!.some((mention) => mention.end - mention.first === 1));
    if ((aloneId === undefined && free.length === 0 && !shortForm) || writtenInLowerCase(word.toLowerCase())) continue;
    // Capitals are as often a term's ("RGB", "PCI"): they name a maker the tagger read alone as a body.
    if (/^\p{Lu}+$/u.test(word) && aloneDecision?.kind !== 'ORG') continue;
    // A product's name carries a model's mark: a figure, capitals or a capital inside a word ("Nitro 16", "ROG", "IdeaPad").
    const marked = (product: number): boolean =>
      clusterWords[product]!.slice(1).some((part) => MODEL_MARK.test(part)) || groups.get(product)!.some((mention) => /^\d/.test(tokens[mention.end]?.text ?? ''));
    if (!products.some(marked)) continue;
    let makerId = aloneId;
    if (makerId === undefined) {
      makerId = clusterWords.length;
      clusterWords.push([word]);
      groups.set(makerId, []);
    }
    const scores = { PER: 0, ORG: 3, LOC: 0, MISC: 0 };
    typed.set(makerId, { kind: 'ORG', company: true, organizationEvidence: 0, scores, votes: { ...scores }, aliased: null, firm: true });
    const makerMentions = groups.get(makerId)!;
    for (const product of products) {
      for (const mention of groups.get(product)!) {
        // (The maker's word, after a "The" the name does not count.)
        let at = mention.first;
        while (at < mention.end - 1 && tokens[at]!.text !== word) at++;
        if (tokens[at]!.text === word) makerMentions.push({ first: at, end: at + 1, modelKind: mention.modelKind, cluster: makerId });
      }
      groups.delete(product);
    }
    for (const t of free) makerMentions.push({ first: t, end: t + 1, modelKind: null, cluster: makerId });
  }
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

/** A name in a list: a found mention, or capitalised words nothing was found in (`mention` null). */
interface ListItem {
  first: number;
  end: number;
  mention: NameMention | null;
}

/**
 * The items of lists of companies ("A, B, C and D" holding at least two companies, and more companies than
 * other names): mentions, and capitalised words that no mention covers (one to three capitalised tokens, or
 * a web name, "Booking.com", none of them an ordinary word; `mention` null). Mentions whose kind is only the
 * tagger's guess (`isGuessedName`) count with the uncovered words, never more of them than of companies.
 */
function listCompletions(
  tokens: readonly Token[],
  sentences: readonly { first: number; end: number }[],
  mentions: readonly NameMention[],
  isCompany: (mention: NameMention) => boolean,
  isOrdinaryWord: (token: Token) => boolean,
  isKindWord: (token: Token) => boolean,
  isGuessedName: (mention: NameMention) => boolean,
): { items: ListItem[]; kinds: NameMention[] } {
  const mentionAt = new Map<number, NameMention>();
  const covered = new Uint8Array(tokens.length);
  for (const mention of mentions) {
    mentionAt.set(mention.first, mention);
    for (let t = mention.first; t < mention.end; t++) covered[t] = 1;
  }
  const found: ListItem[] = [];
  const kinds: NameMention[] = [];
  const itemAt = (index: number, end: number): ListItem | null => {
    const mention = mentionAt.get(index);
    if (mention) return mention.end <= end ? { first: index, end: mention.end, mention } : null;
    let last = index;
    while (last < end && last - index < 3 && !covered[last] && mayStartName(tokens[last]!.text) && HAS_LETTER.test(tokens[last]!.text) && !isOrdinaryWord(tokens[last]!)) last++;
    // "Meanwhile, Siemens Energy and Shell said": a word nobody named, opening the sentence before a comma, is an adverb.
    if (last === index + 1 && (index === 0 || tokens[index - 1]!.sentence !== tokens[index]!.sentence) && tokens[last]?.text === ',') return null;
    // "led the Series B, and Index Ventures and Kleiner Perkins joined": a letter alone nobody named is a round's, a grade's or a plan's.
    // (Not "X", the network once called Twitter.)
    if (last === index + 1 && tokens[index]!.text.length === 1 && tokens[index]!.text !== 'X') return null;
    return last > index ? { first: index, end: last, mention: null } : null;
  };
  const close = (items: ListItem[]): void => {
    // "Revolut and Monzo": a company and one word nobody named, joined by "and".
    if (items.length === 2) {
      const [left, right] = items as [ListItem, ListItem];
      const pair = tokens[left.end]?.text === 'and' && right.first === left.end + 1;
      const unnamed = left.mention === null ? left : right.mention === null ? right : null;
      const known = left.mention !== null ? left.mention : right.mention;
      const word = tokens[unnamed?.first ?? 0]!.text;
      const plainName = /^\p{Lu}\p{Ll}{2,}$/u.test(word) || (/^\p{Lu}{2,5}$/u.test(word) && !COMMON_ACRONYMS.has(word));
      if (pair && unnamed && unnamed.end - unnamed.first === 1 && plainName && known && isCompany(known)) found.push(unnamed);
      // "Hy-Vee and Fareway", "Uber Freight and Trimble": or one word the tagger only guessed was a place.
      const [guessed, company] = left.mention && isCompany(left.mention) ? [right, left] : [left, right];
      if (pair && !unnamed && company.mention && isCompany(company.mention) && guessed.mention?.modelKind === 'LOC' && guessed.end - guessed.first === 1 && isGuessedName(guessed.mention)) found.push(guessed);
      return;
    }
    if (items.length < 3) return;
    // "Industries Served: Automotive, Entertainment, Food & Drink, Gaming, Sports, Travel": a list of mostly ordinary words names kinds, not firms.
    // An item of kinds is one word, or words joined by "&" ("Food & Drink"); names of bodies and firms have more ("Department of Nutrition", "Famous Footwear").
    const isKindItem = (item: ListItem): boolean => {
      for (let t = item.first; t < item.end; t++) if ((t - item.first) % 2 === 1 ? tokens[t]!.text !== '&' : !isKindWord(tokens[t]!)) return false;
      return (item.end - item.first) % 2 === 1;
    };
    const ordinary = items.filter(isKindItem);
    if (ordinary.length >= 2 && ordinary.length * 2 > items.length) {
      for (const item of ordinary) if (item.mention) kinds.push(item.mention);
      return;
    }
    const named = items.filter((item) => item.mention !== null);
    const companies = named.filter((item) => isCompany(item.mention!)).length;
    const guessed = named.filter((item) => !isCompany(item.mention!) && isGuessedName(item.mention!)).length;
    const unknown = items.length - named.length + guessed;
    if (companies < 2 || companies * 2 <= named.length - guessed || unknown > companies) return;
    found.push(...items);
  };
  // Only sentences naming a company can hold a list of them: most sentences are passed over at once.
  const companiesIn = new Map<number, number>();
  for (const mention of mentions) if (isCompany(mention)) companiesIn.set(tokens[mention.first]!.sentence, (companiesIn.get(tokens[mention.first]!.sentence) ?? 0) + 1);
  for (const sentence of sentences) {
    if ((companiesIn.get(tokens[sentence.first]?.sentence ?? -1) ?? 0) < 1) continue;
    let items: ListItem[] = [];
    let index = sentence.first;
    while (index < sentence.end) {
      const item = itemAt(index, sentence.end);
      if (!item) {
        close(items);
        items = [];
        index++;
        continue;
      }
      items.push(item);
      let next = item.end;
      if (tokens[next]?.text === ',') next++;
      if (next < sentence.end && (tokens[next]!.text === 'and' || tokens[next]!.text === 'or')) next++;
      if (next === item.end || next >= sentence.end) {
        close(items);
        items = [];
        index = Math.max(next, item.end);
        continue;
      }
      index = next;
    }
    close(items);
  }
  return { items: found, kinds };
}

/** Lower-case words and marks a heading's name may hold ("Men on the Move", "Man with A Van", "Liberty Moving & Storage"). */
const HEADING_NAME_WORDS = new Set([...NAME_PARTICLES, ...PLACE_PREPOSITIONS, '&']);

/** A short paragraph in title case that heads an entry of a list. */
interface ListHeading {
  first: number;
  end: number;
  numbered: boolean;
  /** The run of one-name paragraphs the heading stands in (an unnumbered list: "UnitedHealthcare" / "Humana" / …), or -1. */
  run: number;
}

/** A list written as paragraphs of one name each, one after another: at least this many, of at most so many words each. */
const NAME_RUN_LENGTH = 4;
const RUN_NAME_WORDS = 8;

/**
 * The headings of a list's entries: paragraphs of at most six words in title case (a name, with an aside in brackets
 * after it: "Florida Blue (GuideWell)"), numbered ("7. Perfect Moving"), written again in one of the next three
 * paragraphs ("Bambee" ... "Bambee is an HR platform …"), or one of four or more such paragraphs in a row.
 */
function listHeadings(tokens: readonly Token[]): ListHeading[] {
  const blockStarts: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (index === 0 || tokens[index - 1]!.block !== tokens[index]!.block) blockStarts.push(index);
  const headings = new Map<number, ListHeading>();
  let run: ListHeading[] = [];
  let runs = 0;
  const closeRun = (): void => {
    if (run.length >= NAME_RUN_LENGTH) {
      for (const heading of run) headings.set(heading.first, { ...heading, run: runs });
      runs++;
    }
    run = [];
  };
  blockStarts.forEach((index, order) => {
    const numbered = /^\d{1,2}\.?$/.test(tokens[index]!.text);
    const first = numbered ? index + (tokens[index + 1]?.text === '.' ? 2 : 1) : index;
    let end = blockStarts[order + 1] ?? tokens.length;
    // "Florida Blue (GuideWell)": the aside in brackets after a name.
    if (tokens[end - 1]?.text === ')') for (let t = first + 1; t < end - 1; t++) if (tokens[t]!.text === '(') end = t;
    if (end <= first || end - first > RUN_NAME_WORDS || tokens[first]!.block !== tokens[index]!.block || !isCapitalised(tokens[first]!.text) || !isCapitalised(tokens[end - 1]!.text)) {
      closeRun();
      return;
    }
    for (let t = first; t < end; t++) {
      if (!isCapitalised(tokens[t]!.text) && !HEADING_NAME_WORDS.has(tokens[t]!.text)) {
        closeRun();
        return;
      }
    }
    if (!numbered) run.push({ first, end, numbered, run: -1 });
    else closeRun();
    if (end - first > 6) return;
    // Written again in one of the next three paragraphs ("Flightpath" … "★★★★★" … "Flightpath assists …").
    const writtenAgain = blockStarts.slice(order + 1, order + 4).some((next, offset) => {
      const nextEnd = blockStarts[order + offset + 2] ?? tokens.length;
      for (let at = next; at + (end - first) <= nextEnd; at++) {
        let same = true;
        for (let k = 0; k < end - first && same; k++) if (tokens[at + k]!.text !== tokens[first + k]!.text) same = false;
        if (same) return true;
      }
      return false;
    });
    if (numbered || writtenAgain) headings.set(first, { first, end, numbered, run: -1 });
  });
  closeRun();
  return [...headings.values()].sort((a, b) => a.first - b.first);
}

/**
 * The other headings of a list whose headings are mostly companies' names: at least half of a numbered list's, or
 * a third (and three) of a list whose entries write their heading again. Each comes with the mention that covers it
 * exactly, if any (typed otherwise), or none.
 */
export function companyListHeadings(
  tokens: readonly Token[],
  mentions: readonly NameMention[],
  isCompany: (mention: NameMention) => boolean,
  isPlainWord: (token: Token) => boolean,
): ListItem[] {
  const headings = listHeadings(tokens);
  const mentionAt = new Map<number, NameMention>();
  for (const mention of mentions) mentionAt.set(mention.first, mention);
  const exactMention = (heading: ListHeading): NameMention | null => {
    const mention = mentionAt.get(heading.first);
    return mention !== undefined && mention.end === heading.end ? mention : null;
  };
  const isNamed = (heading: ListHeading): boolean => {
    const mention = exactMention(heading);
    return mention !== null && isCompany(mention);
  };
  const item = (heading: ListHeading): ListItem => ({ first: heading.first, end: heading.end, mention: exactMention(heading) });
  // A run of one-name paragraphs is a list of its own: a third of its names (and three) companies make the rest companies.
  const inRuns = new Map<number, ListHeading[]>();
  for (const heading of headings) if (heading.run >= 0) inRuns.set(heading.run, [...(inRuns.get(heading.run) ?? []), heading]);
  const items: ListItem[] = [];
  for (const run of inRuns.values()) {
    // (A table's headers in the run, "Company", "Type", are no names either way.)
    const names = run.filter((heading) => heading.end - heading.first > 1 || !isPlainWord(tokens[heading.first]!));
    const named = names.filter(isNamed);
    if (named.length >= 3 && named.length * 3 >= names.length) items.push(...names.filter((heading) => !named.includes(heading)).map(item));
  }
  const entries = headings.filter((heading) => heading.run < 0);
  const named = entries.filter(isNamed);
  const numbered = entries.filter((heading) => heading.numbered).length * 2 >= entries.length;
  const enough = entries.length >= 3 && named.length >= 2 && (numbered ? named.length * 2 >= entries.length : named.length >= 3 && named.length * 3 >= entries.length);
  if (enough) items.push(...entries.filter((heading) => !named.includes(heading)).map(item));
  return items;
}

/**
 * Whether the name at `first`..`end` opens its paragraph and the paragraph before is that name alone, a list entry's
 * heading, numbered or not ("Passwork" … "Passwork is an enterprise-grade …", "3. Decorilla" … "Decorilla asks you …").
 */
function headsParagraphBefore(tokens: readonly Token[], first: number, end: number): boolean {
  const block = tokens[first]!.block;
  // (The paragraph goes on after the name: not a menu's or a table's column of words, "Aa" / "Aa".)
  if (first === 0 || tokens[first - 1]!.block === block || tokens[end + 3]?.block !== block) return false;
  const length = end - first;
  let at = first - length;
  if (at < 0 || tokens[at]!.block !== tokens[first - 1]!.block) return false;
  for (let k = 0; k < length; k++) if (tokens[at + k]!.text !== tokens[first + k]!.text) return false;
  // What stands before the heading in its paragraph: nothing, or a number ("3", "3.").
  if (at > 0 && tokens[at - 1]!.block === tokens[at]!.block && tokens[at - 1]!.text === '.') at--;
  if (at > 0 && tokens[at - 1]!.block === tokens[at]!.block && /^\d{1,2}$/.test(tokens[at - 1]!.text)) at--;
  return at === 0 || tokens[at - 1]!.block !== tokens[at]!.block;
}

/** Words that join the words of a name ("Procter & Gamble", "Barnes and Noble"). */
const NAME_JOINERS = new Set(['&', 'and']);
/** Words that open a ranking or an award's title, not a name ("Clutch’s Top Social Media Company", "The Best Web Design Platforms"). */
const RANKING_WORDS = new Set(['Top', 'Best', 'Leading', 'Largest', 'Biggest', 'Most', 'Favorite', 'Favourite', 'Greatest', 'Fastest']);

/** Function words that a name writes in lower case ("Bank of America") and a title-case heading capitalises ("Must Haves For Every Budget"). */
const TITLE_CASE_FUNCTION_WORDS = new Set(['For', 'And', 'Or', 'Of', 'The', 'To', 'In', 'On', 'At', 'By', 'With', 'From', 'Every', 'Your', 'Our', 'How', 'What', 'Why', 'When', 'Must', 'Can', 'Will', 'Is', 'Are']);

/**
 * Whether a name read as a body's is a heading's title case rather than a name: a function word capitalised
 * inside it ("Top Home Gym Must Haves For Every Budget"), a ranking's word opening it, only words the text also
 * writes in lower case ("Wedding Ideas", "Email Marketing & Automation"), a name's own words seldom being so, or,
 * where no mention stands in running text, only ordinary words of today's pages. Known names are names.
 */
function isHeadingPhrase(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>, writtenInLowerCase: (lower: string) => boolean, inRunningText: boolean): boolean {
  if (isKnownCompanyOrBody(words, lexicon)) return false;
  if (words.some((word, index) => index > 0 && TITLE_CASE_FUNCTION_WORDS.has(word))) return true;
  // "Best Web Design Platforms": a ranking's heading ("Best Western" and "Best Buy" are two words).
  if (words.length > 2 && RANKING_WORDS.has(words[0]!)) return true;
  // "Comparison of the Best VPNs": a ranking's word inside a name is a heading's.
  if (words.length > 2 && words.some((word, index) => index > 0 && RANKING_WORDS.has(word))) return true;
  const content = words.filter((word) => !NAME_JOINERS.has(word));
  if (content.length > 0 && content.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && writtenInLowerCase(word.toLowerCase()))) return true;
  // "Pros & Cons", "Design Flexibility & Scalability", "AI & Automation": words a heading joins with an ampersand are
  // ordinary words or common initials, where a firm's are names ("Condon & Forsyth", "Hudson Moving & Storage").
  // A name ending in a business word is a firm's ("Farmers & Merchants State Bank").
  if (inRunningText || content.length < 2 || isBusinessWord(content[content.length - 1]!.toLowerCase())) return false;
  return content.every((word) => COMMON_ACRONYMS.has(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && isOrdinaryLowerWord(word.toLowerCase(), lexicon, writtenInLowerCase)));
}

/** Whether a lower-cased word is an ordinary one: common in news or on today's pages, or written so in this text. */
function isOrdinaryLowerWord(lower: string, lexicon: ReturnType<typeof learnedLexicon>, writtenInLowerCase: (lower: string) => boolean): boolean {
  return lexicon.commonWords.has(lower) || lexicon.ordinaryWords.has(lower) || writtenInLowerCase(lower);
}

/** Whether a name is on a list of companies, news outlets or bodies, hand-written or learned. */
function isKnownCompanyOrBody(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const name = words.join(' ');
  return isKnownCompanyName(name, lexicon) || KNOWN_ORGANIZATIONS.has(name) || lexicon.organization.has(name);
}

/**
 * Words after a known company's name that make a name of their own, not a product's: a business's or a body's
 * ("Ford Motor", "Sony Group", "Ford Foundation"), a newsroom's ("ABC News"), a place's or a venue's ("Amazon River",
 * "Wells Fargo Center"), an event's or a scheme's ("Dell Technologies World", "Visa Waiver Program").
 */
const NOT_PRODUCT_WORDS = new Set(
  ('news|channel|network|radio|television|tv|magazine|daily|international|worldwide|global|philanthropies|l.p.|lp|llp|' +
    'electric|heavy|industry|auto|chem|precision|cross|shield|computer|computers|ai|' +
    'center|centre|arena|stadium|field|park|hall|theater|theatre|tower|building|plaza|square|garden|gardens|pavilion|dome|bowl|campus|headquarters|' +
    'river|basin|rainforest|forest|valley|mountains|mountain|lake|island|islands|bay|beach|delta|circle|street|avenue|road|palace|hotel|' +
    'world|expo|conference|summit|festival|awards|award|prize|cup|open|classic|championship|championships|tour|marathon|fellowship|scholars|' +
    'program|programme|act|law|bill|index|average|challenge').split('|'),
);

/**
 * How many words of a name name a known company that makes what the rest of the name names ("Microsoft" in
 * "Microsoft Azure", "AMD" in "AMD Ryzen 5"), or 0: the rest is capitalised words or model numbers, no business's,
 * body's, place's or event's word, not a known company's name, and no surname after a given name ("Dell Curry").
 */
function makerBeforeProduct(tokens: readonly Token[], first: number, end: number, kind: NameSpan['kind'] | null, lexicon: ReturnType<typeof learnedLexicon>): number {
  if (end - first < 2) return 0;
  // (Most names open with no known company's name: asked first, of the name's first word.)
  if (!knownCompanyFirstWordsOf(lexicon).has(tokens[first]!.text)) return 0;
  for (let index = first + 1; index < end; index++) {
    const text = tokens[index]!.text;
    const lower = text.toLowerCase();
    if (!(isCapitalised(text) || /\d/.test(text)) || isBusinessWord(lower) || ORGANIZATION_NAME_WORDS.has(lower) || NOT_PRODUCT_WORDS.has(lower)) return 0;
  }
  for (let length = Math.min(3, end - first - 1); length >= 1; length--) {
    const maker = surfaceOf(tokens, first, first + length);
    if (!isKnownCompanyName(maker, lexicon)) continue;
    const rest = surfaceOf(tokens, first + length, end);
    if (isKnownCompanyName(rest, lexicon) || isListedPlace(rest, lexicon) || isListedPlace(tokens[first + length]!.text, lexicon)) return 0;
    if (kind === 'PER' && isGivenName(maker, lexicon)) return 0;
    // A model's mark says a product ("Ryzen 5", "Model Y", "Lumix S5 II", "GeForce"): a word alone may name a unit or a
    // business of the company's own ("Bloomberg Intelligence", "Optum Rx", "Vodafone Idea").
    let marked = false;
    for (let index = first + length; index < end; index++) if (isModelWord(tokens[index]!.text)) marked = true;
    // ("AMD Ryzen" + "5": the figure the tagger left after the name.)
    if (tokens[end] && tokens[end]!.sentence === tokens[first]!.sentence && /^\d/.test(tokens[end]!.text)) marked = true;
    // ("Nikkei 225 index": a figure before "index" names the index.)
    if (!marked || NOT_PRODUCT_WORDS.has(lowerOf(tokens[end]))) return 0;
    return length;
  }
  return 0;
}

let knownCompanyFirstWords: Set<string> | null = null;
let knownCompanyFirstWordsFor: Set<string> | null = null;

/** The first word of every known company's name ("Microsoft", "Goldman"), in one set. */
function knownCompanyFirstWordsOf(lexicon: ReturnType<typeof learnedLexicon>): Set<string> {
  const names = knownCompanyNamesOf(lexicon);
  if (knownCompanyFirstWords && knownCompanyFirstWordsFor === names) return knownCompanyFirstWords;
  knownCompanyFirstWords = new Set([...names].map((name) => name.split(/[ '’]/)[0]!));
  knownCompanyFirstWordsFor = names;
  return knownCompanyFirstWords;
}

/** Whether a name is a known company or news outlet, hand-written or learned (or one written without its inner capital). */
function isKnownCompanyName(name: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  return knownCompanyNamesOf(lexicon).has(name);
}

let allKnownCompanyNames: Set<string> | null = null;
let allKnownCompanyNamesFor: ReadonlySet<string> | null = null;

/** Every known company's name, in one set (asked for many names on every page): the lists, learned and hand-written, and their plain spellings. */
function knownCompanyNamesOf(lexicon: ReturnType<typeof learnedLexicon>): Set<string> {
  if (allKnownCompanyNames && allKnownCompanyNamesFor === lexicon.knownCompanies) return allKnownCompanyNames;
  allKnownCompanyNames = new Set([...KNOWN_COMPANY_NAMES, ...MEDIA_COMPANIES, ...lexicon.knownCompanies, ...lexicon.listedCompanies, ...plainSpellings(lexicon.knownCompanies)]);
  allKnownCompanyNamesFor = lexicon.knownCompanies;
  return allKnownCompanyNames;
}

const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
let plainSpellingsOf: Set<string> | null = null;
let plainSpellingsFor: ReadonlySet<string> | null = null;

/**
 * One-word known names with an inner capital as often written without it ("Paypal", "Youtube", "Linkedin"
 * for PayPal, YouTube, LinkedIn), unless the name lists know that spelling as a person's or a given name.
 */
function plainSpellings(learned: ReadonlySet<string>): Set<string> {
  if (plainSpellingsOf && plainSpellingsFor === learned) return plainSpellingsOf;
  const lexicon = learnedLexicon();
  plainSpellingsOf = new Set();
  plainSpellingsFor = learned;
  for (const name of [...KNOWN_COMPANY_NAMES, ...MEDIA_COMPANIES, ...learned]) {
    if (!INNER_CAPITAL.test(name)) continue;
    const plain = name[0] + name.slice(1).toLowerCase();
    if (!lexicon.person.has(plain) && !isGivenName(plain, lexicon)) plainSpellingsOf.add(plain);
  }
  return plainSpellingsOf;
}

/**
 * Whether a name the tagger did not read as a person's is one all the same: its last word is written
 * alone elsewhere, more often read as a person than as anything else ("Barack Obama", typed as a body
 * by a tagger that never saw "Barack", beside "Obama" many times), and no word of it is a body's, a
 * place's or an ordinary word. A name written more often in full than its surname alone keeps its type.
 */
function endsWithLoneSurname(
  words: readonly string[],
  fullMentions: number,
  byKey: ReadonlyMap<string, number>,
  clusterMentions: readonly (readonly NameMention[])[],
  lexicon: ReturnType<typeof learnedLexicon>,
): boolean {
  const lone = byKey.get(looseKey(words.slice(-1)));
  if (lone === undefined) return false;
  let person = 0;
  let other = 0;
  for (const mention of clusterMentions[lone]!) {
    if (mention.modelKind === 'PER') person++;
    else if (mention.modelKind !== null) other++;
  }
  if (person <= other || person < fullMentions) return false;
  return words.every((word) => isCapitalised(word) && !isKnownNonPersonWord(word, lexicon));
}

/** A given name, from the learned or the hand-written list. */
/**
 * Files a person under their given name; a second person with that given name makes it ambiguous (-1),
 * unless they share the surname too ("Hillary Clinton", "Hillary Rodham Clinton").
 */
function addGivenName(byGivenName: Map<string, number>, words: readonly string[], id: number, clusterWords: readonly (readonly string[])[]): void {
  const given = words[0]!;
  const known = byGivenName.get(given);
  if (known === undefined) byGivenName.set(given, id);
  else if (known >= 0 && clusterWords[known]!.at(-1) !== words.at(-1)) byGivenName.set(given, -1);
}

/** One person a lone surname may stand for, while its mentions are read in text order. */
interface Namesake {
  id: number;
  gender: Gender | null;
  /** Where the person is named, in text order (token index of each mention). */
  positions: number[];
  /** How many of `positions` lie before the mention being read. */
  passed: number;
  /** The latest lone-surname mention given to this person. */
  lastGiven: number;
}

/**
 * Gives each mention of a lone surname to the person it stands for when two people of the text share
 * the surname, or when a title of the other gender than the one person named in full is written before
 * it ("Mr. Obama" beside "Michelle Obama": then the surname alone names a person of its own, the lone
 * cluster `loneId`). A mention after a gendered title goes to a person of that gender; any other to the
 * person named most recently before it (in full or by a surname already given to them), else to the
 * first named after it. Returns false, changing nothing, when there is one person to join.
 */
function resolveSharedSurname(
  tokens: readonly Token[],
  loneId: number,
  loneMentions: readonly NameMention[],
  namesakeIds: readonly number[],
  clusterWords: readonly (readonly string[])[],
  clusterMentions: readonly (readonly NameMention[])[],
): boolean {
  const namesakes: Namesake[] = namesakeIds.map((id) => ({
    id,
    gender: fullNameGender(tokens, clusterWords[id]!, clusterMentions[id]!),
    positions: clusterMentions[id]!.map((mention) => mention.first).sort((a, b) => a - b),
    passed: 0,
    lastGiven: -1,
  }));
  // A surname after a title no one named in full can have is a person of its own.
  const ownPositions: number[] = [];
  let ownGender: Gender | null = null;
  for (const mention of loneMentions) {
    const gender = titleGender(tokens, mention.first);
    if (gender && !namesakes.some((namesake) => namesake.gender === null || namesake.gender === gender)) {
      ownPositions.push(mention.first);
      ownGender ??= gender;
    }
  }
  if (namesakes.length < 2 && ownPositions.length === 0) return false;
  if (ownPositions.length > 0) namesakes.push({ id: loneId, gender: ownGender, positions: ownPositions, passed: 0, lastGiven: -1 });
  const ordered = [...loneMentions].sort((a, b) => a.first - b.first);
  for (const mention of ordered) {
    const gender = titleGender(tokens, mention.first);
    let best: Namesake | null = null;
    let bestSeen = -1;
    let nextFirst: Namesake | null = null;
    for (const namesake of namesakes) {
      while (namesake.passed < namesake.positions.length && namesake.positions[namesake.passed]! < mention.first) namesake.passed++;
      if (gender && namesake.gender && namesake.gender !== gender) continue;
      const seen = Math.max(namesake.passed > 0 ? namesake.positions[namesake.passed - 1]! : -1, namesake.lastGiven);
      if (seen > bestSeen) {
        best = namesake;
        bestSeen = seen;
      }
      const upcoming = namesake.positions[namesake.passed];
      if (upcoming !== undefined && (nextFirst === null || upcoming < nextFirst.positions[nextFirst.passed]!)) nextFirst = namesake;
    }
    const chosen = best ?? nextFirst;
    if (!chosen) continue;
    chosen.lastGiven = mention.first;
    mention.cluster = chosen.id;
  }
  return true;
}

/** Roles held at universities and research bodies rather than businesses. */
const ACADEMIC_ROLES = new Set(['professor', 'lecturer', 'researcher', 'scientist', 'student', 'fellow', 'scholar', 'dean', 'postdoc', 'academic', 'epidemiologist', 'historian', 'physicist', 'biologist', 'chemist']);

/** Lower-case words that end a person's role ("technologist", "co-owner", "nutritionist"): heads, and job-like endings. */
const JOB_ENDING = /(?:ist|ologist|er|or|ant|ent)$/;

/**
 * Whether the name at `first` is where a person's role is held: "<Person>, <role>, <Name>" (the role a
 * run of up to four lower-case or title words holding a role head), or "<role> at <Name>" with the
 * role's word up to three words back, or its head and "of" up to six ("head of European financials research at").
 */
function isEmployerAfterRole(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before) return false;
  const sentence = tokens[first]!.sentence;
  const isRoleWord = (token: Token | undefined): boolean => {
    if (!token || token.sentence !== sentence) return false;
    const lower = token.text.toLowerCase().replace(/s$/, '');
    return ROLE_HEADS.has(lower) || ROLE_WORDS.has(lower) || (/^\p{Ll}[\p{Ll}\-]+$/u.test(token.text) && JOB_ENDING.test(lower) && lower.length > 5);
  };
  if (before.text === ',') {
    // Back over the role to the comma after the person's name.
    for (let index = first - 2, seen = 0; index >= 0 && seen < 4; index--, seen++) {
      const token = tokens[index]!;
      if (token.sentence !== sentence) return false;
      if (token.text === ',') return seen > 0 && isRoleWord(tokens[first - 2]) && isCapitalised(tokens[index - 1]?.text ?? '');
    }
    return false;
  }
  if (before.text !== 'at') return false;
  for (let index = first - 2; index >= Math.max(0, first - 4); index--) if (isRoleWord(tokens[index])) return true;
  // ("head of European financials research at": a role's head and "of" further back, over the words that narrow it.)
  for (let index = first - 5; index >= Math.max(0, first - 7); index--) {
    const token = tokens[index]!;
    if (token.sentence !== sentence || !/^[\p{L}\-]+$/u.test(token.text)) return false;
    if (ROLE_HEADS.has(token.text.toLowerCase())) return tokens[index + 1]!.text === 'of';
  }
  return false;
}

/** Whether the tagger read most of a cluster's mentions as a place or a MISC name (a nationality, an event). */
function readAsPlaceOrMisc(mentions: readonly NameMention[]): boolean {
  let placeOrMisc = 0;
  let other = 0;
  for (const mention of mentions) {
    if (mention.modelKind === 'LOC' || mention.modelKind === 'MISC') placeOrMisc++;
    else if (mention.modelKind !== null) other++;
  }
  return placeOrMisc > other;
}

/** Whether the words around a mention are in capitals too (a headline or a results table). */
function isCapsLineAt(tokens: readonly Token[], mention: NameMention): boolean {
  const neighbours = [tokens[mention.first - 1], tokens[mention.end], tokens[mention.end + 1]];
  return neighbours.every((token) => !token || token.sentence !== tokens[mention.first]!.sentence || !/\p{Ll}/u.test(token.text));
}

function bestKind(scores: Record<Kind, number>): Kind {
  let best: Kind = 'ORG';
  let bestScore = -Infinity;
  for (const kind of KINDS) {
    if (scores[kind] > bestScore) {
      best = kind;
      bestScore = scores[kind];
    }
  }
  return best;
}

function longestWords(tokens: readonly Token[], group: readonly NameMention[]): string[] {
  let best: string[] = [];
  for (const mention of group) {
    const words = nameTokens(tokens, mention);
    if (words.length > best.length) best = words;
  }
  return best;
}

/** Whether a capitalised title stands right before token `first`, in its sentence ("President Obama", "Sen. Cruz"). */
function isTitleBefore(tokens: readonly Token[], first: number): boolean {
  const title = tokens[first - 1];
  return title !== undefined && title.sentence === tokens[first]!.sentence && /^\p{Lu}/u.test(title.text) && ROLE_WORDS.has(title.text.toLowerCase());
}

/** Whether the word at `index` opens its sentence and is all of it but a closing "?" or "!" ("Harsh? He doesn't think so."). */
function isOneWordSentence(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]!.sentence;
  const previous = tokens[index - 1];
  if (previous && previous.sentence === sentence && !QUOTE_OR_BRACKET.test(previous.text)) return false;
  const mark = tokens[index + 1];
  if (!mark || mark.sentence !== sentence || (mark.text !== '?' && mark.text !== '!')) return false;
  const after = tokens[index + 2];
  return !after || after.sentence !== sentence || QUOTE_OR_BRACKET.test(after.text);
}

/** Words that count or quantify a plural noun, never a person's name ("all Muslims", "55 million Latinos"). */
const QUANTIFIERS = new Set('all|many|most|some|few|several|more|fewer|million|millions|billion|thousand|thousands|hundred|hundreds|dozens|fellow|other|these|those|both'.split('|'));

/**
 * Whether a one-word name is the plural of a word for a group of people: counted ("all Muslims", "55
 * million Latinos", "non-citizen Muslims") or written in the singular too ("Latinos" beside "Latino
 * voters"). People's names are not plurals; a surname that is a given name plus "s" ("Roberts") stays a name.
 */
function isGroupPlural(text: string, tokens: readonly Token[], group: readonly NameMention[], words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): boolean {
  if (words.length !== 1) return false;
  const word = words[0]!;
  if (word.length < 5 || !word.endsWith('s') || word.endsWith('ss') || !(letterCase(word) & HAS_LOWER_LETTER)) return false;
  const singular = word.slice(0, -1);
  if (isGivenName(singular, lexicon) || lexicon.person.has(word)) return false;
  for (const mention of group) {
    const before = tokens[mention.first - 1];
    if (before && before.sentence === tokens[mention.first]!.sentence && (QUANTIFIERS.has(before.text) || /^(?:\d[\d,.]*|non-\p{Ll}+)$/u.test(before.text))) return true;
  }
  return occursAsWord(text, singular);
}

/** A lone word read as a person, written after "its", "the" or "a", is a thing ("its Android licence"). */
function confidentPerson(
  tokens: readonly Token[],
  group: readonly NameMention[],
  words: readonly string[],
  lexicon: ReturnType<typeof learnedLexicon>,
  writtenInLowerCase: (lower: string) => boolean,
): boolean {
  // “Morning Joe”, “Succession”: a name that fills its quotation marks wherever it is written is a work's title.
  if (group.length > 0 && group.every((mention) => OPENING_QUOTE.test(tokens[mention.first - 1]?.text ?? '') && CLOSING_QUOTE.test(tokens[mention.end]?.text ?? ''))) return false;
  if (words.length > 1 || group.some((mention) => mention.end - mention.first > 1)) return true;
  if (lexicon.person.has(words[0] ?? '') || isGivenName(words[0] ?? '', lexicon)) return true;
  // "President Obama" ... "the Obama administration": a title written before the word anywhere outweighs
  // a determiner before it elsewhere, which then opens a modifier, not the name of a thing.
  if (group.some((mention) => isTitleBefore(tokens, mention.first))) return true;
  // "Keep Track of Length", "Bonus Tips", "Free Trial": a heading's word, which the text writes in lower case
  // too; unless it speaks like a person ("Price said"), a surname that is also a word.
  const lower = (words[0] ?? '').toLowerCase();
  // "Dec." in "WASHINGTON, Dec. 8": a date; "R.D.", "M.D.": initials alone are a credential after a name.
  if ((CALENDAR_WORDS.has(lower) && lower.endsWith('.')) || /^(?:\p{Lu}\.)+$/u.test(words[0] ?? '')) return false;
  // "PsycInfo", "JavaScript", "Next.js", "FYI": a product's or a term's spelling, not a person's name alone ("McKinley", "DeShawn" are).
  if (COMMON_ACRONYMS.has(words[0] ?? '') || (PRODUCT_SPELLING.test(words[0] ?? '') && !PERSON_NAME_PREFIX.test(words[0] ?? ''))) return false;
  const speaks = group.some((mention) => SPEECH_VERBS_AFTER_NAME.has(tokens[mention.end]?.text ?? ''));
  if (!speaks && (lexicon.commonWords.has(lower) || writtenInLowerCase(lower))) return false;
  return !group.some((mention) => /^(its|their|the|a|an|our|your)$/i.test(tokens[mention.first - 1]?.text ?? ''));
}

/** An inner capital after two lower-case letters or more ("PsycInfo", "JavaScript"), or a dot before lower-case letters ("Next.js"). */
const PRODUCT_SPELLING = /\p{Ll}{2}\p{Lu}|\.\p{Ll}{2}/u;
/** Name prefixes written with an inner capital ("McKinley", "MacArthur", "DeShawn", "LaToya", "VanDyke", "DiCaprio"). */
const PERSON_NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u;

/** Heads of bodies' names that no business's name ends with (not "Trust", "Union", "Club", "Fund": "Northern Trust", "Western Union", "Sam’s Club"). */
const BODY_HEAD_WORDS = new Set(['university', 'college', 'school', 'academy', 'institute', 'institution', 'foundation', 'ministry', 'department', 'commission', 'council', 'committee', 'museum', 'hospital', 'association', 'federation', 'league', 'society']);

/** A cluster's kind and the evidence behind it. */
interface ClusterDecision {
  kind: Kind;
  company: boolean;
  /** How much marks the name as a non-business body (organisation words, known organisations). */
  organizationEvidence: number;
  scores: Record<Kind, number>;
  /** The part of `scores` that came from the tagger's votes and the learned lists alone. */
  votes: Record<Kind, number>;
  aliased: string | null;
  /** Whether anything beyond the tagger's votes and the learned lists (a cue, a hand-written list) backs the kind. */
  firm: boolean;
}

/** Words before "by", "in", "on" or "from" that make the name after it a publisher ("reported by", "appeared in", "news from"). */
const PUBLISHED_BEFORE = new Set(['reported', 'published', 'appeared', 'news', 'article', 'story', 'interview', 'podcast', 'newsletter', 'coverage']);

/** Singular business nouns written right before a business's name ("firm 1010data", "chipmaker Nvidia"). */
// (Not the nouns that are also people's jobs: "developer Ammar Askar", "broadcaster David Attenborough".)
const BUSINESS_NOUNS_BEFORE_NAME = new Set(['firm', 'company', 'startup', 'start-up', 'retailer', 'carrier', 'chipmaker', 'automaker', 'carmaker', 'airline', 'lender', 'insurer', 'manufacturer', 'conglomerate', 'telco', 'brokerage', 'consultancy', 'bank', 'trader', 'distributor', 'supplier', 'grocer', 'supermarket', 'publisher', 'broadcaster', 'maker', 'brewer', 'miner', 'exporter', 'importer', 'meatpacker', 'wholesaler', 'shipper', 'refiner', 'exchange', 'subsidiary', 'unit', 'rival', 'studio', 'chain', 'brand', 'station', 'newspaper', 'magazine', 'tabloid', 'daily', 'weekly', 'broadsheet', 'outlet', 'channel', 'website']);

/** Business nouns no person is called, which name the business right after them ("consultancy Wood Mackenzie", "its arm, X"). */
const NON_PERSON_BUSINESS_NOUNS = new Set(['firm', 'company', 'startup', 'start-up', 'retailer', 'carrier', 'chipmaker', 'automaker', 'carmaker', 'airline', 'lender', 'insurer', 'manufacturer', 'conglomerate', 'telco', 'brokerage', 'consultancy', 'bank', 'grocer', 'supermarket', 'meatpacker', 'refiner', 'subsidiary', 'unit', 'arm', 'affiliate', 'subcontractor', 'pharmacy', 'chain', 'brand', 'newspaper', 'tabloid', 'broadsheet']);

/**
 * Whether the name at `first`..`end` follows a business noun no person is called: right after it ("consultancy Wood
 * Mackenzie"), or after it and a comma as an aside that a comma, a full stop or a bracket closes ("its insurance arm,
 * Alcázar Vida, is ...").
 */
function isNamedAfterBusinessNoun(tokens: readonly Token[], first: number, end: number): boolean {
  const sentence = tokens[first]!.sentence;
  const comma = tokens[first - 1]?.text === ',';
  const noun = tokens[comma ? first - 2 : first - 1];
  if (!noun || noun.sentence !== sentence) return false;
  // "television station WTHR", "radio station KQED".
  const station = noun.text === 'station' && /^(?:television|TV|radio|broadcast)$/.test(tokens[noun === tokens[first - 1] ? first - 2 : first - 3]?.text ?? '');
  // ("the Italian daily Il Sole 24 Ore": "daily" only before a capitalised name, not "daily 30-minute lessons".)
  const daily = (noun.text === 'daily' || noun.text === 'weekly') && /^\p{Lu}/u.test(tokens[first]!.text);
  if (!station && !daily && !NON_PERSON_BUSINESS_NOUNS.has(noun.text)) return false;
  if (!comma) return true;
  const after = tokens[end];
  return !after || after.sentence !== sentence || /^[,.;(]$/.test(after.text);
}

/** Words after a name that make it a stock index's ("Dow Jones industrial average", "Nikkei index"). */
const INDEX_WORDS = new Set(['index', 'indexes', 'indices', 'average', 'industrial', 'industrials', 'composite']);

/** A newspaper's masthead word, ending its name ("The Denver Post", "Korea Economic Daily", "The Lakeland Ledger"). */
const MASTHEADS = new Set(['Post', 'Times', 'Daily', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Inquirer', 'Examiner', 'Courier', 'Dispatch', 'Ledger']);

/** Plural nouns of businesses before a list of examples ("distributors such as Sysco", "employers including ..."). */
const BUSINESS_PLURALS = new Set('companies|firms|businesses|retailers|grocers|supermarkets|chains|stores|brands|banks|lenders|insurers|carriers|airlines|automakers|carmakers|chipmakers|manufacturers|makers|suppliers|distributors|wholesalers|employers|startups|start-ups|publishers|broadcasters|brokers|brokerages|exporters|importers|miners|refiners|shippers|traders|rivals|competitors|peers|clients|customers|restaurants|exchanges|studios|discounters|providers|outlets|newspapers|labs|consultancies|telcos'.split('|'));

/** Plurals that name people as often as businesses right before their names ("customers Maria Lopez and ..."). */
const PEOPLE_TOO = new Set(['clients', 'customers', 'employers', 'peers', 'competitors']);

/**
 * Whether a name stands in a list of businesses' examples: after "<businesses> such as", "including" or "like"
 * ("distributors such as Sysco", "employers including Schneider National, Georgia-Pacific and Kwik Trip"), or
 * before "and other <businesses>" ("at Hy-Vee, Sam's Club and other grocery stores").
 */
function inListOfBusinesses(tokens: readonly Token[], first: number, end: number): boolean {
  const sentence = tokens[first]!.sentence;
  // An owner is no example ("rivals including Elon Musk's xAI").
  if (isPossessive(tokens[end]?.text ?? '')) return false;
  const listWord = (index: number): boolean => {
    const token = tokens[index];
    return token !== undefined && token.sentence === sentence && (isCapitalised(token.text) || /^[,&()]$/.test(token.text) || token.text === 'and' || isPossessive(token.text) || /^[\d\-]/.test(token.text));
  };
  let before = first - 1;
  while (before >= 0 && first - before < 16 && listWord(before) && !(tokens[before]!.text === 'and' && !isCapitalised(tokens[before + 1]?.text ?? ''))) before--;
  const cue = tokens[before]?.text;
  // "rival exchanges Coinbase and Kraken", "carmakers Toyota and Honda".
  if (BUSINESS_PLURALS.has(cue ?? '') && !PEOPLE_TOO.has(cue ?? '') && before + 1 < first) return true;
  if (cue === 'including' || cue === 'like') {
    if (isBusinessPluralEndingAt(tokens, before - 1)) return true;
  } else if (cue === 'as' && tokens[before - 1]?.text === 'such' && isBusinessPluralEndingAt(tokens, before - 2)) return true;
  let after = end;
  while (after < tokens.length && after - end < 16 && listWord(after) && tokens[after]!.text !== 'and') after++;
  if (tokens[after]?.text === 'and' && tokens[after + 1]?.text === 'other') {
    for (let t = after + 2; t < Math.min(tokens.length, after + 5); t++) if (BUSINESS_PLURALS.has(lowerOf(tokens[t]))) return true;
  }
  return false;
}

/**
 * Whether the words ending at token `index` name businesses: a plural of them ("distributors"), or one and what they
 * deal in ("makers of high-powered magnet sets", "providers of cloud software": up to four lower-case words after "of").
 */
function isBusinessPluralEndingAt(tokens: readonly Token[], index: number): boolean {
  if (BUSINESS_PLURALS.has(lowerOf(tokens[index]))) return true;
  for (let of = index; of > 0 && index - of <= 4; of--) {
    const word = tokens[of]!.text;
    if (word === 'of') return of < index && BUSINESS_PLURALS.has(lowerOf(tokens[of - 1]));
    if (!/^\p{Ll}[\p{Ll}\-]*$/u.test(word)) return false;
  }
  return false;
}

/** Prepositions a business cue reaches across only when it owns what follows ("shares of Toyota", "a stake in Toshiba"). */
const CUE_PREPOSITIONS = new Set(['in', 'at', 'on', 'of', 'for', 'from', 'with', 'by', 'to', 'into', 'near']);
const CUES_ACROSS_PREPOSITIONS = new Set(['shares', 'stake', 'stakes', 'subsidiary', 'unit', 'division', 'investors', 'investment', 'acquired']);

/**
 * The business word that comes shortly before the name at `first`, if any ("telcos NTT Docomo", "carriers AT&T,
 * Verizon and T-Mobile", "startups like Lovable"). Other names of a list and their commas are passed over,
 * but a comma or "and" after ordinary words ends the phrase ("a moving company, the owner Matt"), and so does
 * a preposition, unless the cue owns what follows it ("shares of Toyota"; not "a company in Cambridge").
 */
function businessCueBefore(tokens: readonly Token[], first: number): string | null {
  const sentence = tokens[first]!.sentence;
  let crossedPreposition = false;
  for (let t = first - 1, seen = 0; t >= 0 && seen < 4; t--) {
    const token = tokens[t]!;
    // "a company based in NYC": the business is based in the place, not the place a business.
    if (token.sentence !== sentence || /^[.;:!?(“”"]$/.test(token.text) || BASED_WORDS.has(token.text)) return null;
    const lower = token.text.toLowerCase();
    if (token.text === 'and' || token.text === ',') {
      if (seen > 0) return null;
      continue;
    }
    if (isCapitalised(token.text) && !COMPANY_CUE_BEFORE.has(lower)) continue;
    seen++;
    if (COMPANY_CUE_BEFORE.has(lower)) return !crossedPreposition || CUES_ACROSS_PREPOSITIONS.has(lower) ? lower : null;
    if (CUE_PREPOSITIONS.has(lower)) crossedPreposition = true;
  }
  return null;
}

const TICKER = /^(?:[A-Z][A-Z0-9]{0,5}|\d{4,6})(?:\.[A-Z]{1,2})?$/;
const EXCHANGES = new Set(['NYSE', 'NASDAQ', 'Nasdaq', 'LSE', 'TSE', 'TSX', 'ASX', 'HKEX', 'OTC', 'AMEX']);

/** Whether a stock ticker in brackets starts at token `open`: "(TSCO.L)", "(NYSE: IBM)", "(Nasdaq: AAPL)". */
function isTickerAside(tokens: readonly Token[], open: number): boolean {
  if (tokens[open]?.text !== '(') return false;
  let index = open + 1;
  if (EXCHANGES.has(tokens[index]?.text ?? '') && tokens[index + 1]?.text === ':') index += 2;
  const symbol = tokens[index]?.text ?? '';
  // A ticker has a market's suffix ("TSCO.L") or follows an exchange's name: bare capitals in brackets are as often an acronym.
  return tokens[index + 1]?.text === ')' && TICKER.test(symbol) && (index > open + 1 || symbol.includes('.'));
}

/** Whether the name from `first` to `end` is written as the news outlet that reported something first ("first reported by the X", "X first reported"). */
function reportsFirst(tokens: readonly Token[], first: number, end: number): boolean {
  let before = first - 1;
  if (tokens[before]?.text === 'the') before--;
  if (tokens[before]?.text === 'by' && /^reported$/.test(tokens[before - 1]?.text ?? '') && /^(?:first|initially|earlier|previously)$/.test(tokens[before - 2]?.text ?? '')) return true;
  return /^(?:first|initially)$/.test(tokens[end]?.text ?? '') && /^(?:reported|revealed)$/.test(tokens[end + 1]?.text ?? '');
}

/** Nouns for bodies that are no business, written right before a body's name ("union Usdaw", "think tank Bruegel"). */
const BODY_NOUNS_BEFORE_NAME = new Set('union|unions|charity|charities|watchdog|regulator|nonprofit|non-profit|tank|federation|association|ngo|lobby|campaigners'.split('|'));

/** What a business owns or makes and a person or a public body seldom does: "<name>’s ... model", "a model from <name>". */
const OWNED_PRODUCTS = new Set(
  'model|models|tool|tools|app|apps|software|chatbot|restaurants|locations|platform|browser|smartphone|smartphones|phone|phones|chip|chips|car|cars|vehicles|brand|products|product|machine|machines|devices|device|gear|shoes|packs|coffees|drinks|snacks|cameras|laptops|headphones|earbuds|mattresses|appliances'.split('|'),
);

/** Head nouns of a description that make what it describes a business ("a moving company", "an online retailer"). */
const BUSINESS_HEADS = new Set(
  'company|companies|firm|business|startup|start-up|venture|retailer|chain|brand|maker|manufacturer|provider|supplier|carrier|operator|lender|bank|insurer|publisher|broadcaster|studio|restaurant|bakery|cafe|café|shop|store|boutique|consultancy|agency|developer|distributor|platform|marketplace|conglomerate|subsidiary|automaker|carmaker|chipmaker|airline|outlet|newspaper|magazine|website|app|service|producer|brewery|winery|dealership|franchise|vendor|contractor|mover|movers|hotel|gym|label|network|fund|investor'.split('|'),
);

/**
 * Whether a title only a business gives stands at `index`, with its holder's capitalised name after it: "CEO Jane Doe",
 * "co-founder Priyanka Desai", "chief executive Tom Hart" (not "President", "chairman": states and committees have them).
 */
function isBusinessTitleAt(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  // Every title below opens with c, f, a, e or s: most words are ruled out by their first letter.
  const initial = word?.text.charCodeAt(0) ?? 0;
  if (!word || !(initial === 99 || initial === 67 || initial === 102 || initial === 70 || initial === 97 || initial === 101 || initial === 115)) return false;
  const lower = word.text.toLowerCase();
  let holder = index + 1;
  if (lower === 'chief') {
    if (!/^(?:executive|financial|operating|technology|product|marketing)$/i.test(tokens[index + 1]?.text ?? '')) return false;
    holder = /^officer$/i.test(tokens[index + 2]?.text ?? '') ? index + 3 : index + 2;
  } else if (!/^(?:ceo|cfo|coo|cto|co-founder|cofounder|founder)$/.test(lower) && !ANALYST_TITLE.test(word.text)) return false;
  const name = tokens[holder];
  return name !== undefined && name.sentence === word.sentence && /^\p{Lu}\p{Ll}/u.test(name.text);
}

/** Nouns for a business's part or brand, after its name ("Cigna's Evernorth division", "Nestle's Purina brand"). */
const BUSINESS_UNITS = new Set(['division', 'unit', 'subsidiary', 'arm', 'brand', 'label', 'chain']);
/** Of those, the parts a union, an army or a party has too ("the Guild's Pueblo unit"): a business's only when a known one owns them. */
const SHARED_UNITS = new Set(['unit', 'arm']);

/**
 * Whether the name at `first`..`end` is a business's part or brand: owned by a capitalised name's possessive before it,
 * a noun for one after it that ends the phrase ("Cigna's Evernorth division saw …").
 */
function isOwnedBusinessUnit(tokens: readonly Token[], first: number, end: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const owner = tokens[first - 2];
  const noun = tokens[end];
  if (!owner || !noun || !isPossessive(tokens[first - 1]!.text) || !isCapitalised(owner.text) || noun.sentence !== tokens[first]!.sentence || !BUSINESS_UNITS.has(noun.text)) return false;
  if (SHARED_UNITS.has(noun.text) && !isKnownCompanyName(owner.text, lexicon)) return false;
  // (Not "the Purina brand manager", "the division of …".)
  const after = tokens[end + 1];
  return !after || after.sentence !== noun.sentence || !/^(?:of|manager|managers|director|head|chief|president)$/.test(after.text);
}

/** Deals whose object is a business, with the word before it: "acquisition of", "takeover of", "merger with". */
const DEAL_NOUNS = new Map([['acquisition', 'of'], ['takeover', 'of'], ['buyout', 'of'], ['spin-off', 'of'], ['spinoff', 'of'], ['merger', 'with'], ['merged', 'with'], ['merge', 'with']]);

/** Whether a name at `first` is the object of a deal: "the acquisition of Bendi", "its merger with Tarn Energy". */
function isDealObjectAt(tokens: readonly Token[], first: number): boolean {
  const preposition = tokens[first - 1];
  const noun = tokens[first - 2];
  if (preposition === undefined || noun === undefined || noun.sentence !== tokens[first]!.sentence) return false;
  // "to take over Sabadell", "took over Twitter": a takeover's object after the verb.
  return DEAL_NOUNS.get(noun.text.toLowerCase()) === preposition.text || (preposition.text === 'over' && TAKE_FORMS.has(noun.text));
}

/** Forms of "take" before "over" in a takeover. */
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taking', 'taken']);

/** Whether "(once|now|was|is|...) valued at" or "owned by" follows a name ending before `end`: no person is valued at a price or owned. */
function isValuedOrOwnedAfter(tokens: readonly Token[], end: number): boolean {
  let at = end;
  if (tokens[at]?.text === ',') at++;
  if (/^(?:once|now|last|was|is|were|being|been|recently)$/.test(tokens[at]?.text ?? '')) at++;
  const verb = tokens[at]?.text ?? '';
  const preposition = tokens[at + 1]?.text;
  // "Primark, owned by Associated British Foods,": what is owned or bought is a business too.
  return ((verb === 'valued' && preposition === 'at') || (/^(?:owned|acquired|bought)$/.test(verb) && preposition === 'by')) && tokens[at]!.sentence === tokens[end - 1]!.sentence;
}

/** Titles only a business's owner or chief holds, written before what they head ("founder of", "CEO at"). */
const BUSINESS_HEAD_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder', 'owner', 'co-owner', 'proprietor']);

/** Whether a business's owner or chief is named right before `first` ("co-owner of", "chief executive officer at"). */
function isBusinessHeadBefore(tokens: readonly Token[], first: number): boolean {
  let at = first - 1;
  // (A founder of "the" something founded a body as often as a business: "the founder of the Colony of Virginia".)
  const definite = tokens[at]?.text === 'the';
  if (definite) at--;
  if (!/^(?:of|at)$/.test(tokens[at]?.text ?? '')) return false;
  const sentence = tokens[first]!.sentence;
  let title = at - 1;
  if (/^officer$/i.test(tokens[title]?.text ?? '')) title--;
  const word = tokens[title];
  if (!word || word.sentence !== sentence) return false;
  const lower = word.text.toLowerCase();
  if (BUSINESS_HEAD_TITLES.has(lower)) return !definite || !lower.endsWith('founder');
  return /^(?:executive|financial|operating|technology)$/.test(lower) && /^chief$/i.test(tokens[title - 1]?.text ?? '');
}

/** A firm's analysts before their names ("Jarden analyst Priyanka Menon", "Nomura economist Kenji Ito"). */
const ANALYST_TITLE = /^(?:analyst|economist|strategist)$/;

/** Words that describe a body as no business, before any head ("a nonprofit advocacy group"). */
const NOT_FOR_PROFIT = new Set(['nonprofit', 'non-profit', 'not-for-profit', 'charitable', 'advocacy', 'civic', 'lobbying']);

/** Business heads no person or public body is called ("the billionaire investor", "the agency that oversees ..."). */
const BUSINESS_ONLY_HEADS = new Set(
  'company|firm|startup|start-up|retailer|chain|carrier|lender|bank|insurer|automaker|carmaker|chipmaker|airline|conglomerate|subsidiary|broadcaster|manufacturer|supermarket|grocer|brewer|miner|utility|studio|exchange|arm|unit|affiliate|division|app|platform'.split('|'),
);

/** Words that make an arm or a unit a body's, not a business's ("the political arm of ..."). */
const NON_BUSINESS_ARMS = new Set(['political', 'military', 'paramilitary', 'armed', 'youth', 'charitable', 'philanthropic', 'campaign', 'research']);

/** Head nouns of a description that make what it describes a non-business body ("a nonprofit", "an advocacy group"). */
const ORGANIZATION_HEADS = new Set(
  'nonprofit|non-profit|charity|organization|organisation|university|college|school|institute|ministry|department|party|council|committee|coalition|union|association|foundation|hospital|league|team|club|regulator|government|tank|court|church|movement|campaign|society|museum|library|nongovernmental'.split('|'),
);

/** Head nouns of a description that make what it describes a place ("the northernmost island of Japan", "a city in …"). */
const PLACE_DESCRIPTION_HEADS = new Set(
  'island|islands|city|town|village|region|prefecture|province|state|country|county|neighborhood|neighbourhood|district|park|lake|river|mountain|peninsula|destination|resort|beach|valley|coast|suburb|capital'.split('|'),
);

/** Words that end a description's noun phrase: prepositions and relatives ("a moving company that ...", "a startup in ..."). */
const DESCRIPTION_END = new Set('that|which|who|whose|with|in|for|of|to|from|by|at|on|since|as|than'.split('|'));
/** Words that may follow a description's head noun ("a startup based in ...", "a firm owned by ..."). */
const AFTER_DESCRIPTION_HEAD = new Set('based|founded|known|owned|run|headquartered|specializing|specialising|offering|providing|selling|backed|controlled|listed|valued|led|and|or'.split('|'));

/**
 * What the text says a name is, right after it: "<name> is a|an ... <head>" or "<name>, a|an ... <head>",
 * the head being a noun that ends the phrase (so "a company spokeswoman" describes a person, not a
 * business): a business, a body or a place ("Okuhara is the northernmost island …", the one description read
 * after "is the"). Null when there is no such description or no head of any kind.
 */
function describedAs(tokens: readonly Token[], end: number): 'company' | 'organization' | 'place' | null {
  const next = tokens[end];
  if (!next || !(next.text === ',' || next.text === 'is' || next.text === 'was')) return null;
  // "SRLabs, one of the world’s leading cybersecurity firms", "Foxconn is one of the largest contract manufacturers".
  // (Not an adverb opening a sentence: "Ironically, one of the largest lenders …".)
  if (tokens[end + 1]?.text === 'one' && tokens[end + 2]?.text === 'of' && !/ly$/.test(tokens[end - 1]!.text)) {
    for (let t = end + 3; t < Math.min(tokens.length, end + 11) && tokens[t]!.sentence === next.sentence; t++) {
      const lower = tokens[t]!.text.toLowerCase();
      if (BUSINESS_PLURALS.has(lower) && !PEOPLE_TOO.has(lower)) return 'company';
      if (/^[,.;:]$/.test(lower)) break;
    }
    return null;
  }
  const article = tokens[end + 1]?.text;
  // "Verdi, the German services union", "Samsung, the world’s largest chipmaker"; but "Buffett, the billionaire investor".
  const definite = article === 'the' && next.text === ',';
  // "MeclabsAI is MarketingSherpa’s parent company": an owner's name and its possessive stand for the article.
  const owned = next.text !== ',' && /^\p{Lu}/u.test(article ?? '') && isPossessive(tokens[end + 2]?.text ?? '');
  // "Hokkaido is the northernmost island of Japan": after "is the", only a place's head says what a name is.
  const placeOnly = article === 'the' && next.text !== ',';
  if (article !== 'a' && article !== 'an' && !definite && !owned && !placeOnly) return null;
  const sentence = next.sentence;
  for (let t = end + (owned ? 3 : 2); t < Math.min(tokens.length, end + 12); t++) {
    const token = tokens[t]!;
    const lower = token.text.toLowerCase();
    // Names may stand inside the description ("a Restaurant Business sister brand"); punctuation ends it.
    if (token.sentence !== sentence || DESCRIPTION_END.has(lower) || !/^[\p{L}\p{N},]/u.test(token.text)) return null;
    const following = tokens[t + 1];
    // An owner, not the head: "the company’s chief executive".
    if (following && isPossessive(following.text)) continue;
    // "a nonprofit advocacy group": what no business is, wherever it stands in the description.
    if (NOT_FOR_PROFIT.has(lower) && !placeOnly) return 'organization';
    // ("a revolutionary activewear brand that’s using …", "a brand combining …": a participle or a contracted "that" ends it too.)
    const endsPhrase =
      !following ||
      following.sentence !== sentence ||
      !/^\p{Ll}/u.test(following.text) ||
      DESCRIPTION_END.has(following.text) ||
      AFTER_DESCRIPTION_HEAD.has(following.text) ||
      /^(?:that|who)['’]s$/.test(following.text) ||
      /^\p{Ll}{3,}ing$/u.test(following.text);
    if (!endsPhrase) continue;
    if (placeOnly) {
      if (PLACE_DESCRIPTION_HEADS.has(lower)) return 'place';
      continue;
    }
    if ((lower === 'arm' || lower === 'unit' || lower === 'wing') && NON_BUSINESS_ARMS.has(lowerOf(tokens[t - 1]))) return 'organization';
    if (definite ? BUSINESS_ONLY_HEADS.has(lower) : BUSINESS_HEADS.has(lower) || BUSINESS_ONLY_HEADS.has(lower)) return 'company';
    if (ORGANIZATION_HEADS.has(lower)) return 'organization';
    if (PLACE_DESCRIPTION_HEADS.has(lower)) return 'place';
  }
  return null;
}

const INITIALS_WRITTEN_SHORT = /^\p{Lu}{1,3}$/u;

/**
 * An author in a list of references, surname then initials without dots ("Tinker L, Howard BV, Lloyd-Jones D"):
 * the initials are no legal form ("BV", "SE"), as the items beside it show.
 */
function isReferenceAuthor(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first !== 2 || !INITIALS_WRITTEN_SHORT.test(tokens[end - 1]!.text)) return false;
  const authorAt = (at: number): boolean => at >= 0 && /^\p{Lu}[\p{L}'’\-]+$/u.test(tokens[at]?.text ?? '') && INITIALS_WRITTEN_SHORT.test(tokens[at + 1]?.text ?? '');
  return (tokens[end]?.text === ',' && authorAt(end + 1)) || (tokens[first - 1]?.text === ',' && authorAt(first - 3));
}

const RANKING_SIZES = /^(?:10|20|50|100|200|250|500|1000|1,000|2000|2,000|5000|5,000)$/;
const BRAND_CAPITAL = /^(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,})\p{Lu}\p{Ll}{2,}/u;
const SURNAME_PREFIX = /^(?:Mac|Van|Von|Vander|Vanden|Fitz|Del|Della|Des|Dos|Das|Ter|Ten)\p{Lu}/u;

/**
 * A common given name, a middle initial or none, and a surname that is no place ("Ben Carson", "George W. Bush"; not
 * "Des Moines", a particle, nor "Virginia Beach", a place): a person's name, whatever one vote of the tagger said.
 */
function isCommonFullName(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const surname = words[words.length - 1]!;
  // With a middle initial the surname may be a word too ("Lawrence H. Summers").
  const initialled = hasMiddleInitial(words);
  return (
    (words.length === 2 || initialled) &&
    isGivenName(words[0]!, lexicon) &&
    !NAME_PARTICLES.has(words[0]!.toLowerCase()) &&
    SURNAME_SHAPE.test(surname) &&
    (initialled || isSurnameWord(surname, lexicon)) &&
    !isListedPlace(surname, lexicon) &&
    !isListedPlace(words.join(' '), lexicon)
  );
}

function scoreCluster(
  tokens: readonly Token[],
  group: readonly NameMention[],
  words: readonly string[],
  lexicon: ReturnType<typeof learnedLexicon>,
): ClusterDecision {
  const scores: Record<Kind, number> = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  const name = words.join(' ');
  const isCapsLine = (mention: NameMention): boolean => isCapsLineAt(tokens, mention);
  let companyEvidence = 0;
  let organizationEvidence = 0;
  // The tagger's votes count as a share, so many mentions of a misread name cannot outvote context.
  const tagged = group.filter((mention) => mention.modelKind !== null);
  // A lone unknown word read as a person is the tagger's usual guess for an unseen company name.
  const loneUnknown = words.length === 1 && !lexicon.person.has(name) && !group.some((mention) => PERSON_TITLES.has(lowerOf(tokens[mention.first - 1])));
  for (const mention of tagged) scores[mention.modelKind!] += (mention.modelKind === 'PER' && loneUnknown ? 2 : 3) / tagged.length;
  if (lexicon.misc.has(name)) scores.MISC += 3;
  if (lexicon.organization.has(name)) scores.ORG += 2;
  if (lexicon.location.has(name)) scores.LOC += 2;
  if (lexicon.person.has(name)) scores.PER += 2;
  const votesAndLists = { ...scores };
  // "Google Maps", "Apple Music", "Uber Eats": a known company's name opening a longer one names no person, and without
  // a business word in it, most often one of its products.
  if (words.length > 1 && isKnownCompanyName(words[0]!, lexicon) && !isGivenName(words[0]!, lexicon) && !isKnownCompanyName(name, lexicon)) {
    scores.PER = 0;
    // (A place after it names the business's arm there: "Walmart Canada", "Woolworths NZ".)
    const arm = words.length === 2 && isListedPlace(words[1]!, lexicon);
    if (!arm && !words.slice(1).some((word) => isBusinessWord(word.toLowerCase()))) scores.MISC += 2;
  }
  // ("Hannah Cairo" … "Cairo said", "Ted Cruz": a given name opening a full name of name words outweighs the place or
  // the body its surname also names; not "George Mason University", "Getty Images". A common given name and a surname
  // that names no place outweigh one vote of the tagger for a place or a body too: "Ben Carson".)
  if (isCommonFullName(words, lexicon)) scores.PER += 3.5;
  else if (words.length > 1 && (lexicon.givenNames.has(words[0]!) || (isAnyGivenName(words[0]!, lexicon) && words.length <= 3 && words.slice(1).every((word) => isSurnameWord(word, lexicon))))) scores.PER += 2;
  // "SRLabs", "HubSpot", "DoorDash": a capital inside a word after its first syllable writes a brand, not a person
  // ("MacArthur", "VanDyke" aside; "McDonald", "DeSantis" have one lower-case letter before it).
  if (words.length === 1 && BRAND_CAPITAL.test(name) && !SURNAME_PREFIX.test(name)) {
    scores.PER = 0;
    scores.ORG += 2;
  }
  // "Paris Motor Show", "Greater Milwaukee Open", "Fair Pharmacy Access Act": an event or a law, whatever business words it holds.
  if (words.length > 1 && (EVENT_HEADS.has(words[words.length - 1]!.toLowerCase()) || (DEGREE_OPENERS.has(words[0]!.toLowerCase()) && words[1] === 'of'))) scores.MISC += 9;
  // "Department for Energy Security and Net Zero": a body's name opening with its head, whatever business words follow.
  if (words.length > 2 && /^(?:Department|Ministry|Office|Bureau|Agency|Commission)$/.test(words[0]!) && /^(?:of|for)$/.test(words[1]!)) organizationEvidence += 6;
  // "Capitol Hill", "Fort Wayne": a name opening with a place noun is a place's.
  if (words.length > 1 && PLACE_NOUNS_FIRST.has(words[0]!.toLowerCase())) scores.LOC += 4;
  // "Colophon Foundry", "Harbor Labs": no person's name ends in a business word, whatever names stand beside it.
  if (words.length > 1 && isBusinessWord(words[words.length - 1]!.toLowerCase())) scores.PER = -Infinity;
  if (PLACES.has(name)) scores.LOC += 10;
  // Places are seldom written as capital initials; an unknown acronym read as a place is more likely a body.
  else if (words.length === 1 && /^\p{Lu}{2,4}$/u.test(name) && !lexicon.location.has(name) && !group.some((mention) => isCapsLine(mention))) scores.ORG += 1.5;
  if (KNOWN_ORGANIZATIONS.has(name)) {
    scores.ORG += 10;
    organizationEvidence += 10;
  }
  // "The Atlantic" is the magazine only where "The" is written as part of the name, not "the Atlantic".
  const writtenWithThe = group.some((mention) => tokens[mention.first]!.text === 'The' && mention.end - mention.first > 1);
  if (isKnownCompanyName(name, lexicon) || (writtenWithThe && MEDIA_COMPANIES.has(`The ${name}`))) {
    scores.ORG += 10;
    companyEvidence += 10;
  }
  // A name ending in "News" is a news outlet ("ABC News"). (A longer name opening with a known company's
  // is as often a product, "Apple Vision Pro", as a business, "Yahoo Finance": no evidence either way.)
  // "the Dow Jones industrial average", "the Nikkei index": a stock index named after a business is no business.
  // "Android phones", "Excel": a product taken for its maker.
  if (PRODUCT_NAMES.has(name)) {
    scores.MISC += 12;
    companyEvidence = 0;
  }
  // "according to Caixin": a one-word source, read by the tagger as a place, is a publisher or a body more often than a place.
  if (words.length === 1 && scores.LOC > scores.ORG && group.some((mention) => tokens[mention.first - 1]?.text === 'to' && /^according$/i.test(tokens[mention.first - 2]?.text ?? '')) && !isListedPlace(name, lexicon)) {
    scores.ORG += 3;
    companyEvidence += 1;
  }
  // "Substack has 35 million active subscriptions": what counts its customers or its sales is a business.
  if (group.some((mention) => countsCustomersAfter(tokens, mention.end)) && !isListedPlace(name, lexicon)) {
    scores.ORG += 2;
    companyEvidence += 2;
  }
  // "Fortune 500 companies", "the Russell 2000": a ranking or an index named after a business, a round figure after the name.
  if (group.every((mention) => INDEX_WORDS.has(lowerOf(tokens[mention.end])) || (companyEvidence > 0 && RANKING_SIZES.test(tokens[mention.end]?.text ?? '')))) {
    scores.MISC += 12;
    companyEvidence = 0;
  }
  // "Kowalski Ford", "Ozark Chevrolet Buick GMC": a known maker's name after another word names a dealer, not a person.
  if (words.length > 1 && !isAnyGivenName(words[0]!, lexicon) && !isKnownCompanyName(words[0]!, lexicon) && words.slice(1).some((word) => KNOWN_COMPANY_NAMES.has(word))) {
    scores.PER = 0;
    scores.ORG += 3;
    companyEvidence += 3;
  }
  // "Hellman & Friedman", "Marlowe & Finch": two names joined by an ampersand are a firm's (bodies write "and").
  const ampersand = words.indexOf('&');
  if (ampersand > 0 && ampersand < words.length - 1 && words.every((word) => word === '&' || (/^\p{Lu}/u.test(word) && !ORGANIZATION_NAME_WORDS.has(word.toLowerCase())))) {
    scores.ORG += 3;
    companyEvidence += 3;
  }
  // So is a newspaper's masthead ("The Denver Post", "Korea Economic Daily").
  if (words.length > 1 && (words[words.length - 1] === 'News' || MASTHEADS.has(words[words.length - 1]!))) {
    scores.ORG += 3;
    companyEvidence += 3;
  }
  // "Lee Enterprises", "Johnson Industries": a plural business word ends no person's name.
  if (words.length > 1 && /s$/.test(words[words.length - 1]!) && isBusinessWord(words[words.length - 1]!.toLowerCase())) scores.PER = 0;
  // A web address for a name ("Snopes.com") is a business's.
  if (WEB_DOMAIN_NAME.test(name)) {
    scores.ORG += 4;
    companyEvidence += 4;
  }
  let legalForm = false;
  for (const mention of group) {
    if (isReferenceAuthor(tokens, mention.first, mention.end)) continue;
    const last = tokens[mention.end - 1]!.text.toLowerCase();
    if (COMPANY_SUFFIXES.has(last) || (mention.end - mention.first > 1 && LEGAL_FORM_PREFIXES.has(tokens[mention.first]!.text))) {
      scores.ORG += 4;
      companyEvidence += 4;
      legalForm = mention.end - mention.first > 1;
    }
  }
  // "George Weston Ltd.": a legal form ends no person's name.
  if (legalForm) scores.PER = 0;
  // "Chatham Asset Management", "Kestrel Capital Management": a manager of money is a business.
  for (let index = 1; index < words.length; index++) {
    if (words[index] === 'Management' && /^(?:Asset|Capital|Investment|Investments|Wealth|Fund|Property)$/.test(words[index - 1]!)) {
      scores.ORG += 3;
      companyEvidence += 3;
    }
  }
  for (const word of words) {
    const lower = word.toLowerCase();
    if (ORGANIZATION_NAME_WORDS.has(lower) || MORE_BODY_WORDS.has(lower)) {
      scores.ORG += 3;
      organizationEvidence += 3;
    } else if (COMPANY_NAME_WORDS.has(lower)) {
      scores.ORG += 3;
      companyEvidence += 3;
    }
  }

  // "Software Engineering Institute", "Media Research Foundation": a name's last word is its head, and a body's head
  // makes a body, whatever business words stand before it.
  if (words.length > 1 && BODY_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase())) organizationEvidence += 6;
  // "Georgia Tech", "Virginia Tech": a place's name and "Tech" name a university.
  if (words.length === 2 && words[1] === 'Tech' && isListedPlace(words[0]!, lexicon)) organizationEvidence += 6;
  // "Arizona Public Interest Research Group", "Center for Science in the Public Interest": a public-interest group is no business.
  if (name.includes('Public Interest')) organizationEvidence += 10;

  // A list entry headed by its name (see below) is a business's, but not a name the tagger or the lists know as a
  // person's (beyond its guess for a lone unknown word), a place's or another's ("Hokkaido", "Rococo"), a body's or
  // a place's name ("Khan Academy", "Cedar River"), or a letter ("R").
  // (Asked only of a name that heads an entry: most names head none.)
  const mayHeadEntry = (): boolean =>
    name.length > 1 &&
    votesAndLists.ORG >= Math.max(loneUnknown ? 0 : votesAndLists.PER, votesAndLists.LOC, votesAndLists.MISC) &&
    !isGivenName(words[0]!, lexicon) &&
    !isPlaceOrBodyName(words, lexicon) &&
    !endsLikePlace(name);
  // Context of each mention: a business word before or after, a title before, "<place>'s <name>".
  // Each kind of cue adds 2 per mention, up to 6, so a long article does not drown the name itself.
  const contextStart = { ...scores };
  for (const mention of group) {
    const sentence = tokens[mention.first]!.sentence;
    const previous = tokens[mention.first - 1];
    if (previous && previous.sentence === sentence && PERSON_TITLES.has(previous.text.toLowerCase())) scores.PER += 2;
    // "Brandon Royal, product manager of AI infrastructure": a first name, and a role after a comma; "Angelique Brunner,
    // a developer and spokeswoman for the EB-5 Investment Coalition,": a role only a person holds.
    const apposition = words.length > 1 && tokens[mention.end]?.text === ',' ? appositiveRoleAfter(tokens, mention.end) : null;
    // "Jordan Whitfield, a general partner at ...": a role after a name of two name words (no common, business or body word).
    const nameWords = apposition !== null && !isKnownCompanyName(words[0]!, lexicon) && words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) && !lexicon.commonWords.has(word.toLowerCase()) && !isBodyOrBusinessWord(word.toLowerCase()));
    if (apposition && (isGivenName(words[0]!, lexicon) || nameWords || tokens.slice(apposition.first, apposition.end).some((token) => PERSON_ONLY_ROLE_HEADS.has(token.text.toLowerCase())))) scores.PER += 3;
    // "an analyst at Bernstein", "a spokeswoman for Nissan": people work for bodies, not for places.
    // "Ryan Farley, CEO, LawnStarter", "the technologist at Abt": the employer of a person's role, a
    // business unless the role is a scholar's ("a professor at Stanford").
    const preposition = tokens[mention.first - 1]?.text;
    const worksForPerson = words.length > 1 && isGivenName(words[0]!, lexicon) && !isKnownCompanyName(name, lexicon) && !isBusinessWord(words[words.length - 1]!.toLowerCase());
    const employer =
      // (People work for people too: "a press secretary for George Bush"; a known business named after one stays one.)
      ((preposition === 'at' || ((preposition === 'for' || preposition === 'with') && !worksForPerson)) && ROLE_HEADS.has(lowerOf(tokens[mention.first - 2]).replace(/s$/, ''))) ||
      isEmployerAfterRole(tokens, mention.first);
    if (employer) {
      scores.ORG += 3.5;
      let scholar = false;
      for (let t = mention.first - 2; t >= Math.max(0, mention.first - 8); t--) if (ACADEMIC_ROLES.has(lowerOf(tokens[t]).replace(/s$/, ''))) scholar = true;
      if (!scholar) companyEvidence += 1;
    }
    // "as reported by MarketScreener", "news from SD Times", "appeared on The Atlantic": a publisher.
    if (PUBLISHED_BEFORE.has(lowerOf(tokens[mention.first - 2])) && /^(?:by|in|on|from)$/.test(tokens[mention.first - 1]?.text ?? '')) {
      scores.ORG += 1;
      companyEvidence += 2;
    }
    // "a budget model from Breville", "coffees by Lavazza": products come from their makers.
    const maker = tokens[mention.first - 1]?.text;
    if ((maker === 'from' || maker === 'by') && OWNED_PRODUCTS.has(lowerOf(tokens[mention.first - 2]))) {
      scores.ORG += 3;
      companyEvidence += 2;
    }
    const cueBefore = businessCueBefore(tokens, mention.first);
    if (cueBefore !== null) {
      // What is owned in shares and stakes is a business whatever the tagger read after the preposition, and
      // so is a name right after a business noun ("the startup Vectara", "chipmaker Nvidia").
      const strong = CUES_ACROSS_PREPOSITIONS.has(cueBefore) || BUSINESS_NOUNS_BEFORE_NAME.has(tokens[mention.first - 1]?.text ?? '');
      scores.ORG += strong ? 3.5 : 2;
      companyEvidence += 2;
    }
    // "consultancy Wood Mackenzie", "its insurance arm, Alcázar Vida,": a noun no person is called, right before the name.
    if (isNamedAfterBusinessNoun(tokens, mention.first, mention.end)) {
      scores.PER = 0;
      scores.ORG += 3.5;
      companyEvidence += 2;
    }
    // "first reported by the Williamsport Sun-Gazette", "The Daily Nonpareil first reported", "according to the Tulsa World":
    // a news outlet's name, where the text says who reported or told it first.
    // (Not a person's name: "first reported by Christopher Heath, an Orlando TV reporter".)
    if (reportsFirst(tokens, mention.first, mention.end) && !isAnyGivenName(words[0]!, lexicon)) {
      scores.PER = 0;
      scores.ORG += 3.5;
      companyEvidence += 3;
    } else if (/^[Tt]he$/.test(tokens[mention.first - 1]?.text ?? '') && tokens[mention.first - 2]?.text === 'to' && /^[Aa]ccording$/.test(tokens[mention.first - 3]?.text ?? '') && /^[,.;:)]$/.test(tokens[mention.end]?.text ?? '.')) {
      // (The name ends the phrase: "according to the Sanders aide" names an aide.) Only a name with no body's word and no
      // initials leans to a business this way: "according to the Pew Research Center", "… the BLS" are bodies.
      scores.PER = 0;
      scores.ORG += 3;
      if (!/^\p{Lu}{2,}$/u.test(name) && !words.some((word) => ORGANIZATION_NAME_WORDS.has(word.toLowerCase()) || BODY_HEAD_WORDS.has(word.toLowerCase()) || /^(?:Center|Centre|Conference|Chamber|of)$/.test(word))) companyEvidence += 1;
    }
    // "the shopworkers’ union Usdaw", "the charity Shelter", "energy regulator Ofgem": a noun for a body that is no
    // business, right before the name.
    // (Not a person's name: "the national coalition Obama enjoyed".)
    if (BODY_NOUNS_BEFORE_NAME.has(tokens[mention.first - 1]?.text ?? '') && !isKnownCompanyName(name, lexicon) && !lexicon.person.has(name) && !isAnyGivenName(words[0]!, lexicon)) {
      scores.ORG += 3.5;
      organizationEvidence += 3;
    }
    // "Ledgerline co-founder Priyanka Desai", "Korvant’s CEO": a business's title after a name makes it a business.
    const titleAt = isPossessive(tokens[mention.end]?.text ?? '') ? mention.end + 1 : mention.end;
    if (tokens[titleAt]?.sentence === sentence && isBusinessTitleAt(tokens, titleAt)) {
      scores.ORG += 3.5;
      companyEvidence += 3;
    }
    // "the acquisition of Bendi", "Convoy, once valued at $3.8 billion": what is bought, merged or valued is a business;
    // "Cigna's Evernorth division", "Nestle's Purina brand": so is a business's part or brand, owned by a name.
    const ownedOrDealt = isDealObjectAt(tokens, mention.first) || isValuedOrOwnedAfter(tokens, mention.end) || isOwnedBusinessUnit(tokens, mention.first, mention.end, lexicon);
    if (ownedOrDealt && !lexicon.person.has(name) && !isGivenName(words[0]!, lexicon)) {
      scores.PER = 0;
      scores.ORG += 3.5;
      companyEvidence += 3;
    }
    // "co-owner of Keatley Medical Nutrition Therapy", "CEO of Lumora": what an owner or a chief executive heads is a business.
    if (isBusinessHeadBefore(tokens, mention.first)) {
      scores.ORG += 3.5;
      companyEvidence += 3;
    }
    if (inListOfBusinesses(tokens, mention.first, mention.end)) {
      scores.ORG += 3.5;
      companyEvidence += 3;
    }
    // "Tesco (TSCO.L)", "IBM (NYSE: IBM)": a stock ticker in brackets after a name is a listed company's.
    if (isTickerAside(tokens, mention.end)) {
      scores.ORG += 4;
      companyEvidence += 4;
    }
    let after = mention.end;
    // An aside in brackets ("Huawei (华为) said") does not separate a name from its verb.
    if (tokens[after]?.text === '(') {
      let close = after + 1;
      while (close < tokens.length && close - after < 8 && tokens[close]!.text !== ')') close++;
      if (tokens[close]?.text === ')') after = close + 1;
    }
    const possessive = tokens[after] !== undefined && isPossessive(tokens[after]!.text);
    if (possessive) after++;
    // What a name owns may be named first: "Zencoder’s Zenflow tool", "Mistral’s Devstral 2 model".
    let ownedName = 0;
    while (possessive && ownedName < 2 && tokens[after + ownedName] && (isCapitalised(tokens[after + ownedName]!.text) || /^\d/.test(tokens[after + ownedName]!.text))) ownedName++;
    for (let t = after + ownedName; t < Math.min(tokens.length, after + ownedName + 3); t++) {
      const token = tokens[t]!;
      if (token.sentence !== sentence || isCapitalised(token.text) || STOP_AFTER.test(token.text)) break;
      const lower = token.text.toLowerCase();
      // After a possessive, a product is a business's ("Zencoder’s Zenflow tool"); right after a name it names the product ("Devstral model").
      if (COMPANY_CUE_AFTER.has(lower) || (possessive && OWNED_PRODUCTS.has(lower))) {
        scores.ORG += 2;
        companyEvidence += 2;
        break;
      }
    }
    // "Wistron and its server-making unit Wiwynn": what owns a business's unit is a business.
    if (tokens[after]?.text === 'and' && tokens[after + 1]?.text === 'its') {
      for (let t = after + 2; t < Math.min(tokens.length, after + 6); t++) {
        if (!BUSINESS_UNITS.has(tokens[t]!.text)) continue;
        scores.ORG += 3;
        companyEvidence += 3;
        break;
      }
    }
    // "the Geekworm brand", "a Zara brand jacket", "the Universal Thirst foundry": a name right before "brand", "foundry"
    // or "brokerage" is a business's, unless a nationality's or a place's ("the French brand", "a Parisian foundry",
    // "NYC-made brand").
    if (BRAND_NOUNS.has(tokens[mention.end]?.text ?? '') && words.length <= 3 && !lexicon.misc.has(name) && !isListedPlace(name, lexicon) && !/-(?:made|based|born|owned)$/i.test(name) && !(words.length === 1 && /(?:ian|ean|ese|ish)$/.test(name))) {
      scores.ORG += 4;
      companyEvidence += 3;
    }
    // A dateline ("PARIS (Reuters) -", "TOKYO —") names a place.
    const atBlockStart = mention.first === 0 || tokens[mention.first - 1]!.block !== tokens[mention.first]!.block;
    if (atBlockStart && /^[\p{Lu}\s.]+$/u.test(tokens[mention.first]!.text) && /^[(\-–—,]$/.test(tokens[mention.end]?.text ?? '')) scores.LOC += 6;
    // "X said it ..." / "X said its ..." speaks of a body; "X said he ..." of a person.
    const verb = tokens[after];
    if (verb && verb.sentence === sentence && /^(said|says|announced|reported|added|told)$/.test(verb.text)) {
      for (let t = after + 1; t < Math.min(tokens.length, after + 5); t++) {
        const word = tokens[t]!.text;
        if (word === 'it' || word === 'its') {
          scores.ORG += word === 'its' ? 3 : 2;
          companyEvidence += 1;
          break;
        }
        if (/^(he|she|his|her)$/.test(word)) {
          scores.PER += 2;
          break;
        }
      }
    }
    if (previous && isPossessive(previous.text) && words.length === 1) {
      const owner = tokens[mention.first - 2];
      // Places rarely own places: "the UK's BT" is a business or a body, not a town, and more often a business.
      if (owner && isListedPlace(owner.text, lexicon)) {
        scores.ORG += 2.5;
        companyEvidence += 1;
      }
    }
    // "JP Urban Moving is a family-owned moving company", "Vectara, a startup that ...": the text says what it is.
    const described = describedAs(tokens, mention.end);
    if (described === 'company') {
      scores.ORG += 3;
      companyEvidence += 3;
    } else if (described === 'organization') {
      scores.ORG += 3;
      organizationEvidence += 3;
    }
    // "Passwork" … "Passwork is an enterprise-grade …": an entry of a list of what readers may buy or use, headed by its name.
    if (headsParagraphBefore(tokens, mention.first, mention.end) && described !== 'place' && mayHeadEntry()) {
      scores.ORG += 2.5;
      companyEvidence += 2;
    }
    // "Boots, whose parent company Walgreens …", "Instagram's parent company": a business has a parent company.
    const parentAt = possessive ? after : tokens[after]?.text === ',' && tokens[after + 1]?.text === 'whose' ? after + 2 : -1;
    if (parentAt >= 0 && tokens[parentAt]?.text === 'parent' && tokens[parentAt + 1]?.text === 'company') {
      scores.ORG += 3.5;
      companyEvidence += 3;
    }
    // "X, which ..." speaks of a thing or a body, never of a person.
    if (tokens[after]?.text === ',' && tokens[after + 1]?.text === 'which' && tokens[after]!.sentence === sentence) scores.ORG += 3;
    // The one a source "told" is mostly a news outlet ("told Reuters", "sources tell TMZ"); with "the", never a person
    // ("told the Press-Gazette").
    if (previous && /^(?:told|tell|tells|telling)$/.test(previous.text)) companyEvidence += 2;
    if (previous?.text === 'the' && /^(?:told|tell|tells|telling)$/.test(tokens[mention.first - 2]?.text ?? '')) {
      scores.ORG += 3;
      scores.PER = 0;
      // (Not "told the I.R.S.": dotted initials are a public body's, in the papers that write them so.)
      if (!/^(?:\p{Lu}\.){2,}$/u.test(name)) companyEvidence += 2;
    }
  }
  for (const kind of KINDS) scores[kind] = Math.min(scores[kind], contextStart[kind] + 6);

  let aliased: string | null = null;
  for (const alias of COMPANY_ALIASES) {
    if (name !== alias.surface) continue;
    const sentenceIds = new Set(group.map((mention) => tokens[mention.first]!.sentence));
    const context = tokens.some((token) => sentenceIds.has(token.sentence) && alias.cues.has(token.text.toLowerCase()));
    if (context) {
      aliased = alias.canonical;
      scores.ORG += 5;
      companyEvidence += 5;
    }
  }
  const kind = bestKind(scores);
  // A body's name with nothing that marks a business (a legal form, a business word, a known company, a
  // business cue around it) is read as an organisation: on real pages most such names are bodies,
  // landmarks or headings, and an organisation is shown as less than a company, not as something else.
  return { kind, company: companyEvidence > organizationEvidence, organizationEvidence, scores, votes: votesAndLists, aliased, firm: scores[kind] > votesAndLists[kind] };
}
