// Words and names, read off tokens: letter case, possessives, a name's surface and key, the name lists' verdicts on a
// word, where a name occurs elsewhere in the text. The small shared vocabulary of the entity rules.
import {
  CALENDAR_WORDS,
  COMPANY_SUFFIXES,
  DROPPED_SUFFIXES,
  isBusinessWord,
  KNOWN_COMPANY_NAMES,
  KNOWN_ORGANIZATIONS,
  MEDIA_COMPANIES,
  ORGANIZATION_NAME_WORDS,
  PERSON_TITLES,
  PLACES,
} from './gazetteer.ts';
import { isFrequentWord, isGivenName, isListedPlace, learnedLexicon, phrasesByFirstWord } from './lexicon.ts';
import { isTitleWord, ROLE_HEADS } from './roles.ts';
import { INITIAL } from './speech-person.ts';
import { isPossessive, type Token, tokenize, type TokenizedText } from './tokenize.ts';
import type { NameMention } from './types.ts';
import { HAS_LOWER_CASE, TITLE_CASE_WORD } from './word-shapes.ts';

const CAPITALISED_LETTER = /^[\p{Lu}\p{Lo}]/u;
/** Whether a word opens with a capital or a letter of a script without case ("Google", "東京"); ASCII is read without a pattern (a check made for most tokens). */
export function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITALISED_LETTER.test(text);
}
export const HAS_LETTER = /\p{L}/u;

/** The plural of capital initials ("APIs", "GPUs", "CEOs"): a kind of thing, no name. */
export const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
export const ACRONYM_LIKE = /^(?:\p{Lu}[\p{Lu}\d&.\-]+|\p{Lu}+\p{Ll}+\p{Lu}[\p{L}]*)$/u;
export const NON_LATIN_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/u;

/** Spelling variants that name one company when the context is about its business. */
export const COMPANY_ALIASES: readonly { surface: string; canonical: string; cues: Set<string> }[] = [
  {
    surface: 'ATT',
    canonical: 'AT&T',
    cues: new Set('carrier|carriers|wireless|telecom|telecoms|mobile|network|networks|phone|phones|5g|4g|telco|telcos|verizon|t-mobile|sprint|broadband|operator|operators|subscribers'.split('|')),
  },
];

/** Legal forms that only ever end a name (unlike "Co" in "Co Durham" or "Group" in "Group Chairman"). */
export const NAME_ENDING_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'incorporated']);
/** Lower-case words that split a tagged span into two names ("the Ministry of Finance in Paris"). */
export const SPLIT_WORDS = new Set(['in', 'at', 'on', 'from', 'to', 'with', 'by', 'said', 'says', 'told', '–', '—', ':', ';', ',', '/', '|']);
/** Marks no name holds: the tagger's span ends before them. */
export const NAME_BREAKS = /^[()[\]{}=?!]$/u;
/** Lower-case words a name may hold ("Bank of America", "Charles de Gaulle", "Rob the Mover", "Men on the Move"). */
export const NAME_PARTICLES = new Set('of|and|or|the|for|de|da|di|do|du|dos|das|del|della|der|den|des|van|von|la|las|le|les|lo|los|el|al|bin|binti|bte|ibn|y|e|et|und|upon|under|a|an|n|s|zu|ter|ten|st'.split('|'));
/** Lower-case words that end a span read as a person's name: what follows is where or whom they work for. */
export const PERSON_SPLIT_WORDS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'and']);
/** Titles that may be glued into a tagged span ("Verizon CEO Hans Vestberg", "President Maria Silva"). */
export const ROLE_WORDS = new Set('ceo|cfo|coo|cto|executive|officer|vice|deputy|chairman|chairwoman|president|minister|secretary|spokesman|spokeswoman|spokesperson|director|chief|governor|senator|mayor|premier|chancellor|leader|speaker|commissioner|ambassador|chair|judge|representative|sheriff|prosecutor|treasurer|comptroller|superintendent|recorder|assessor|coroner|auditor|councilmember|councilman|councilwoman|alderman|mr.|mrs.|ms.|dr.|mr|mrs|ms|dr|prof.|sen.|rep.|gov.|gen.|capt.|lt.|col.|sgt.|maj.|cpl.|pvt.|adm.|cmdr.|rev.'.split('|'));
export const BASED_IN = /-(?:based|listed|backed|headquartered|registered|owned|controlled|born|made|founded|area|era|led)$/i;
/** Tokens of a possessive at `index`: 1 ("’s", "'"), 2 for one written apart as in CoNLL's text ("'" then "s"), or 0. */
export function possessiveLength(tokens: readonly Token[], index: number): number {
  const token = tokens[index]!;
  if (!isPossessive(token.text)) return 0;
  const next = tokens[index + 1];
  return token.text.length === 1 && next?.text === 's' && next.start === token.end ? 2 : 1;
}

/** A Korean given name as news writes it after the family name: "Min-kyu", "Jae-won", "Ji-yeon". */
export const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u;

/** "xAI", "eBay": one or two lower-case letters, then a capital (a char-code test: this runs for most tokens). */
export function opensLowerThenCapital(text: string): boolean {
  const second = text.charCodeAt(1);
  const third = text.charCodeAt(2);
  return (second >= 65 && second <= 90) || (third >= 65 && third <= 90 && second >= 97 && second <= 122);
}
/** What follows a surname to tell a son from his father ("Jr.", "III"). */
export const GENERATIONAL_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
export const BASED_WORDS = new Set(['based', 'headquartered', 'located']);
/** Capitalised words that open a phrase and are never a name's first word ("I share", "An LLC"; a leading "The" is kept: "The Atlantic"). */
export const PHRASE_OPENERS = new Set(['I', 'A', 'An', 'My', 'Your', 'Our', 'Their', 'His', 'Her', 'Its', 'This', 'That', 'These', 'Those', 'MY', 'YOUR', 'OUR', 'THEIR', 'THIS', 'THAT', 'THESE', 'THOSE']);
/** Last words of the names of events, and of shows ("Lex Fridman Podcast"). */
export const EVENT_HEADS = new Set(['show', 'showcase', 'podcast', 'webinar', 'expo', 'festival', 'conference', 'summit', 'cup', 'open', 'championship', 'championships', 'awards', 'prize', 'marathon', 'olympics',
  // and of laws and market indexes, no bodies either ("Fair Pharmacy Access Act", "PHLX Semiconductor Index"),
  // and of courses of study ("Applied Data Analytics Bachelor’s Degree", "Digital Marketing Certificate")
  'act', 'bill', 'law', 'treaty', 'directive', 'index', 'degree', 'minor', 'diploma', 'certificate', 'course', 'bootcamp',
  // and of studies and rankings ("Rental Car Satisfaction Study", "Best Places to Work Ranking")
  'study', 'ranking', 'rankings']);
/** First words of the names of degrees ("Bachelor of Science in Finance"). */
export const DEGREE_OPENERS = new Set(['bachelor', 'bachelors', 'bachelor’s', "bachelor's", 'master', 'masters', 'master’s', "master's", 'doctor', 'associate']);
/** Participles that call something by a name, before the name in quotation marks ("dubbed", "branded"). */
export const NAMING_PARTICIPLES = new Set(['branded', 'dubbed', 'titled', 'entitled', 'nicknamed', 'termed', 'labelled', 'labeled']);
/** Adverbs by their endings ("Relentlessly", "Reportedly", "Surprisingly", "Additionally"); no surname ends so ("Connally", "Kelly"). */
export const ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ically|ially|ually|tionally|ently|antly|ously|ively|fully|lessly|ingly|edly|ably|ibly|ately)$/u;
/** Adverbs that open a sentence before its subject and that no ending shows ("Meanwhile, the company based in Ohio, which …"). */
export const CONNECTIVE_ADVERBS = new Set('Meanwhile|However|Moreover|Furthermore|Further|Nevertheless|Nonetheless|Instead|Still|Also|Now|Then|Later|Earlier|Here|There|Plus|Again|Otherwise|Overall|Elsewhere|Separately|Indeed|Thus|Hence|Therefore|Besides|Afterwards|Today|Yesterday|Tomorrow|Recently|Previously|Currently|Finally|First|Second|Third|Next|Last|Lastly|Similarly|Likewise|Ultimately|Originally|Initially|Traditionally|Historically|Together'.split('|'));
/** Prepositions and imperatives that open a sentence and no name ("Unlike Patriot, …", "Choose Kajabi if …", "Consider Udemy"). */
export const SENTENCE_OPENING_WORDS = new Set(['Unlike', 'Despite', 'Choose', 'Consider', 'Follow', 'Try', 'Contact', 'Compare']);
/** Common nouns of places that open a place's name ("Capitol Hill", "Fort Wayne", "Mount Vernon"), never a person's. */
export const PLACE_NOUNS_FIRST = new Set(['capitol', 'fort', 'mount', 'mt.', 'lake', 'port', 'cape', 'camp', 'bay', 'lower', 'upper']);
/** Head words of non-business bodies that the hand-written organisation words (tagger features) leave out ("Pennington Biomedical Research Center"). */
export const MORE_BODY_WORDS = new Set(['center', 'centre', 'clinic', 'program', 'programme', 'initiative', 'observatory', 'museum', 'library', 'society', 'trust', 'charity', 'nonprofit', 'chamber', 'consortium', 'project']);
export const WEB_DOMAIN_NAME = /\.(?:com|net|org|io|co|ai|app)$/i;
/** A business's web address written as its name ("Monday.com", "Booking.com"), not a lower-case address. */
export const CAPITALISED_WEB_NAME = /^\p{Lu}[\p{L}\d\-]*\.(?:com|net|io|co|ai|app)$/u;
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'to', 'with', 'by']);
export const REGIONS = new Set(['Europe', 'Asia', 'Africa', 'America', 'Latin America', 'Middle East', 'Gulf']);
export const QUOTE_OR_BRACKET = /^["“”‘’'«»(\[]$/u;
/** A word of lower-case letters and figures, at least three: how some brands write their names ("haulr", "nference", "boohoo"). */
export const LOWER_CASE_BRAND = /^\p{Ll}[\p{Ll}\d]{2,}$/u;
export const SPEECH_VERBS_AFTER_NAME = new Set('said|says|told|added|announced|reported|noted|warned|confirmed|denied|declined|launched|agreed|posted|expects|sells|bought|acquired'.split('|'));

/** Forms of "tell": the one a source tells is mostly a news outlet ("told Reuters", "told The Australian Financial Review"). */
export const TELL_FORMS = new Set(['told', 'tell', 'tells', 'telling']);

/** Words after a name that end the stretch where a business cue may be read. */
export const STOP_AFTER = /^(?:the|a|an|this|that|these|those|its|their|his|her|said|says|told|is|was|are|were|has|have|had|and|or|[^\p{L}\d])$/iu;

export const isAllCaps = (words: readonly string[]): boolean => words.every((word) => !HAS_LOWER_CASE.test(word)) && words.some((word) => /\p{Lu}{2}/u.test(word));

export const lowerOf = (token: Token | undefined): string => (token ? token.lower : '');

const NO_CASE = 0;
export const STARTS_UPPER = 1;
export const HAS_LOWER_LETTER = 2;
const HAS_CASED = 4;

/** Case facts of a word from its character codes (ASCII fast path, Unicode otherwise). */
export function letterCase(text: string): number {
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

/** Words a title-case heading leaves in lower case. */
const TITLE_CASE_LOWER_WORDS = new Set('a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs|vs.|via|per|into|onto|over|up|off|out|is|are|was|be|than|so|yet|’s|\'s|s|n’t|n\'t'.split('|'));

/** A possessive's ending or a figure, which title case neither capitalises nor writes in lower case ("Northwave's £1.4bn"). */
const FIGURE_OR_POSSESSIVE = /^(?:\d|['’]s$)/;

/**
 * Whether a sentence reads like a headline: all capitals, or title case where ordinary words are
 * capitalised too ("Japan Might Be Planning to Boycott ..."). A list of names is mostly capitalised
 * as well, but its capitalised words are names, not ordinary words.
 */
export function titleLikeSentences(tokenized: TokenizedText, commonWords: ReadonlySet<string>): { titled: Set<number>; capitals: Set<number> } {
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
      const token = tokenized.tokens[t]!;
      const text = token.text;
      const cased = letterCase(text);
      if (cased === NO_CASE) continue; // punctuation, digits, most other scripts
      // (A possessive's ending and a figure with its unit are no words of either case: "Into Northwave's £1.4bn Takeover".)
      if (FIGURE_OR_POSSESSIVE.test(text)) continue;
      words++;
      if (cased & STARTS_UPPER) {
        capitalised++;
        if (t > sentence.first && commonWords.has(token.lower)) capitalisedCommon++;
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
export function allCapitalised(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) if (!isCapitalised(tokens[index]!.text)) return false;
  return true;
}

/** The words of tokens `first` to `end` (exclusive), one space apart: a name as the name lists write it. */
export function surfaceOf(tokens: readonly Token[], first: number, end: number): string {
  // (Most names are one word: its own text, with nothing to join.)
  if (end - first === 1) return tokens[first]!.text;
  const parts: string[] = [];
  for (let index = first; index < end; index++) parts.push(tokens[index]!.text);
  return parts.join(' ');
}

/** Words between the parts of a legal form ("S.A.B. de C.V.", "S. de R.L."). */
const LEGAL_FORM_PARTICLES = new Set(['de']);

/** Whether tokens `first` to `end` are a legal form alone, with no name ("Co.", "S.A.B. de C.V."). */
export function isLegalFormOnly(tokens: readonly Token[], first: number, end: number): boolean {
  if (end <= first) return false;
  for (let index = first; index < end; index++) {
    const lower = tokens[index]!.lower;
    if (!COMPANY_SUFFIXES.has(lower) && !(index > first && index < end - 1 && LEGAL_FORM_PARTICLES.has(lower))) return false;
  }
  return true;
}

/** Quotation marks around a nickname inside a person's name, by its opening mark. */
export const NICKNAME_CLOSING_MARKS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
]);

/** Where a nickname opening with a quotation mark at `open` ends, past its closing mark, before `end`; or 0. */
function endOfNickname(tokens: readonly Token[], open: number, end: number): number {
  const closing = NICKNAME_CLOSING_MARKS.get(tokens[open]!.text);
  if (closing === undefined) return 0;
  for (let index = open + 2; index < end - 1; index++) if (tokens[index]!.text === closing) return index + 1;
  return 0;
}

/** Words that end a shop's or a trade's name after its owner's possessive ("Hank's Hardware", "Schuler's Market"), besides business words. */
export const SHOP_HEADS: ReadonlySet<string> = new Set(
  'hardware|market|repair|tacos|pizza|kitchen|garage|tavern|pub|saloon|barbershop|tire|tires|supply|supplies|wines|spirits|liquors|meats|grocery|groceries|seafood|barbecue|bbq|burgers|restaurant|steakhouse|creamery|dairy|emporium|mercantile|store|stores|shop|furniture|cleaners|optical|pets|toys|works|bagel|bagels|bakery|diner|deli|grill|salon|boutique|bookstore|pharmacy|jewelers|florist|cafe|café'.split('|'),
);

/** Whether every token of `first`..`end` is a word common in news or on today's pages ("Features", "Pros and Cons"). */
export function onlyFrequentWords(tokens: readonly Token[], first: number, end: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  if (end <= first) return false;
  for (let at = first; at < end; at++) if (!isFrequentWord(tokens[at]!.lower, lexicon)) return false;
  return true;
}

/** Whether a lower-case word ends a shop's or a business's name after its owner's possessive: a shop's head or a business word. */
export function isShopHead(lower: string): boolean {
  return SHOP_HEADS.has(lower) || isBusinessWord(lower);
}

/** "Hank's Hardware", "Duvall's Watch & Clock Repair": an owner's possessive inside a name that a shop's head ends. */
export function isOwnersShopName(words: readonly string[]): boolean {
  if (words.length < 2 || !isShopHead(words[words.length - 1]!.toLowerCase())) return false;
  for (let index = 0; index < words.length - 1; index++) if (/['’]s$/u.test(words[index]!)) return true;
  return false;
}

/**
 * Name tokens without a leading "The" and trailing legal-form suffixes ("KDDI Corp" -> KDDI). A possessive
 * inside a known name stays on its word ("McDonald's", "Barron's"), as the name is written.
 */
export function nameTokens(tokens: readonly Token[], mention: NameMention): string[] {
  const words: string[] = [];
  for (let index = mention.first; index < mention.end; index++) {
    const token = tokens[index]!;
    const glued = words.length > 0 && token.start === tokens[index - 1]!.end;
    // A nickname in quotation marks inside a person's name is no word of the name (`Marcia "Cia" Price` is Marcia Price).
    const nicknameEnd = index > mention.first ? endOfNickname(tokens, index, mention.end) : 0;
    if (nicknameEnd > 0) {
      index = nicknameEnd - 1;
      continue;
    }
    // A possessive stays on its word, and brackets on what they hold ("Mladost (BJ)").
    if (glued && (isPossessive(token.text) || token.text === ')' || tokens[index - 1]!.text === '(' || (token.text === 's' && isPossessive(tokens[index - 1]!.text)))) words[words.length - 1] += token.text;
    else words.push(token.text);
  }
  // "Volume & Corp" -> "Volume": a joiner left at the end goes with the suffix it joined.
  // A known name keeps its legal form when it is part of the name ("News Corp").
  if (KNOWN_COMPANY_NAMES.has(words.join(' '))) return words;
  // ("The Corporation": "The" goes first, so a legal form alone is what is left, and no name.)
  while (words.length > 1 && (words[0] === 'The' || words[0] === 'the')) words.shift();
  // ("Grupo México S.A.B. de C.V." -> "Grupo México": a particle between two legal forms goes with them, and so
  // does the comma before them: "Acme Widgets, Inc." -> "Acme Widgets".)
  let droppedSuffix = false;
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    const suffix = DROPPED_SUFFIXES.has(last.toLowerCase());
    const particle = droppedSuffix && (last === ',' || (LEGAL_FORM_PARTICLES.has(last) && DROPPED_SUFFIXES.has(words[words.length - 2]!.toLowerCase())));
    if (!suffix && !NAME_JOINERS.has(last) && !particle) break;
    droppedSuffix = suffix;
    words.pop();
  }
  // "PT Bumi Karya Persada", "PJSC Gazprom": a legal form written before the name.
  if (words.length > 1 && LEGAL_FORM_PREFIXES.has(words[0]!)) words.shift();
  return words;
}

/** Words that write a legal form out with the legal forms themselves ("Limited Liability Company"). */
export const LEGAL_FORM_WORDS = new Set(['liability', 'public', 'professional', 'limited', 'partnership', 'joint', 'stock']);

/** Legal forms written before a company's name (Indonesia's "PT", Russia's "PJSC", "OAO", "JSC"). */
export const LEGAL_FORM_PREFIXES = new Set(['PT', 'PJSC', 'OAO', 'PAO', 'JSC']);

let knownUpper: Set<string> | null = null;

/** Whether a name is on a hand-written or learned list, in any case ("NEW YORK" is "New York"). */
export function isKnownName(surface: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
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
export function mayStartName(text: string): boolean {
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
export function occursAsWord(text: string, word: string): boolean {
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

/** A name's key for matching its forms: no ampersands or dots, one apostrophe ("Dick's" and "Dick’s" are one name), lower case. */
export const looseKey = (words: readonly string[]): string => words.join(' ').replace(/[&.]/g, '').replace(/’/g, "'").toLowerCase();

/** Whether a name is three words with a middle initial ("Loretta E. Lynch"). */
export const hasMiddleInitial = (words: readonly string[]): boolean => words.length === 3 && INITIAL.test(words[1]!);

/** The key a name is clustered by: its loose key, without a middle initial ("Loretta E. Lynch" is "Loretta Lynch"). */
export const clusterKey = (words: readonly string[]): string => looseKey(hasMiddleInitial(words) && TITLE_CASE_WORD.test(words[0]!) ? [words[0]!, words[2]!] : words);

/** Characters after which a capitalised word may just be a sentence's (or a quote's, a heading's) first word. */
const SENTENCE_OPENERS = /[.!?:;"“”‘’'«»()\[\]\n\-–—]/;

/**
 * Whether `surface` is written, as whole words and with its case, somewhere in `text` outside
 * [`except`, `exceptEnd`): `midSentence` asks for a place where a lower-case context precedes it
 * (so its capitals are its own, not a sentence's).
 */
export function occursElsewhere(text: string, surface: string, except: number, exceptEnd: number, midSentence: boolean): boolean {
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
export function knownCompanyNameIndex(lexicon: ReturnType<typeof learnedLexicon>): Map<string, string[][]> {
  const learned = lexicon.knownCompanies;
  if (knownCompanyNames && knownCompanyNamesFor === learned) return knownCompanyNames;
  knownCompanyNamesFor = learned;
  // Known bodies of three words or more too ("Centers for Disease Control and Prevention"), which the tagger often cuts.
  const bodies = [...KNOWN_ORGANIZATIONS].filter((name) => name.split(' ').length >= 3);
  const names = [...KNOWN_COMPANY_NAMES, ...MEDIA_COMPANIES, ...learned, ...plainSpellings(learned), ...lexicon.listedCompanies, ...bodies];
  // Most names are plain words and spaces, which tokenize to those words: split them without the tokenizer (thousands
  // of names on a page's first analysis).
  knownCompanyNames = phrasesByFirstWord(names.map((name) => (PLAIN_NAME.test(name) ? name.split(' ') : tokenize(name).tokens.map((token) => token.text))));
  return knownCompanyNames;
}

/** The first of `phrases` (a first word's names in `knownCompanyNameIndex`) of two words or more that the text writes from token `index` on, in its sentence. */
export function knownPhraseAt(tokens: readonly Token[], index: number, phrases: readonly (readonly string[])[]): readonly string[] | undefined {
  const sentence = tokens[index]!.sentence;
  return phrases.find((words) => words.length > 1 && words.every((word, offset) => tokens[index + offset]?.text === word && tokens[index + offset]!.sentence === sentence));
}

/** Whether tokens `left` and `right` are one space apart: words of one name, not split by a line or a mark. */
export function oneSpaceApart(tokenized: TokenizedText, left: number, right: number): boolean {
  const before = tokenized.tokens[left]!;
  const after = tokenized.tokens[right]!;
  return after.sentence === before.sentence && after.start === before.end + 1 && tokenized.text.charCodeAt(before.end) === 32;
}

/** Where the words that narrow a title at `title` begin, reading back no further than `first` ("Press" of "Press Secretary"). */
export function titleStartBefore(tokens: readonly Token[], first: number, title: number): number {
  let start = title;
  while (start > first && isTitleWord(tokens[start - 1]!.text)) start--;
  return start;
}

/** Whether token `index` opens its sentence (after any opening quotation marks or brackets). */
export function isSentenceFirstWord(tokens: readonly Token[], index: number): boolean {
  let previous = index - 1;
  while (previous >= 0 && tokens[previous]!.sentence === tokens[index]!.sentence && QUOTE_OR_BRACKET.test(tokens[previous]!.text)) previous--;
  return previous < 0 || tokens[previous]!.sentence !== tokens[index]!.sentence;
}

/** Whether a capitalised word is an ordinary word, a title, a date or a word of a listed name of a body or place. */
export function isKnownNonPersonWord(word: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
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
export function holdsRoleWord(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) {
    const lower = lowerOf(tokens[index]);
    if (ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower)) return true;
  }
  return false;
}
/** A surname's spelling: "Simmons", "McFadden", "DeSantis", "Cobb-Hunter". */
export const SURNAME_SHAPE = /^\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u;

export const OPENING_QUOTE = /^["“‘']$/u;
export const CLOSING_QUOTE = /^["”’']$/u;

export const MODEL_MARK = /\d|^\p{Lu}{2,}$|\p{Ll}\p{Lu}/u;

/** Whether a word of a product's name is a model's mark or a single capital letter ("5", "RTX", "GeForce", "Y" of "Model Y"). */
export const isModelWord = (word: string): boolean => MODEL_MARK.test(word) || /^\p{Lu}$/u.test(word);

/** Whether a word may be a surname: capitalised, no ordinary word, nor a body's or a business's ("Cruz", "Cairo"; not "Images"). */
export function isSurnameWord(word: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}[\p{L}'’\-]*$/u.test(word) && !isFrequentWord(lower, lexicon) && !isBodyOrBusinessWord(lower) && !BODY_HEAD_WORDS.has(lower);
}

/** Whether a name is a known place's, or holds a body's head word ("Khan Academy"). */
export function isPlaceOrBodyName(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const name = words.join(' ');
  return isListedPlace(name, lexicon) || words.some((word) => BODY_HEAD_WORDS.has(word.toLowerCase()));
}

/** Whether a word belongs to a body's or a business's name ("University", "Holdings"). */
export function isBodyOrBusinessWord(lower: string): boolean {
  return ORGANIZATION_NAME_WORDS.has(lower) || isBusinessWord(lower);
}

/** Where each of `words` is written, token by token in text order, where `at` allows: one pass for all of them. */
export function positionsOfWords(tokens: readonly Token[], words: { has(word: string): boolean }, at: (index: number) => boolean = () => true): Map<string, number[]> {
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

/** Words that join the words of a name ("Procter & Gamble", "Barnes and Noble"). */
export const NAME_JOINERS = new Set(['&', 'and']);

/** Whether a name is a known company or news outlet, hand-written or learned (or one written without its inner capital). */
export function isKnownCompanyName(name: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  return knownCompanyNamesOf(lexicon).has(name);
}

let allKnownCompanyNames: Set<string> | null = null;
let allKnownCompanyNamesFor: ReadonlySet<string> | null = null;

/** Every known company's name, in one set (asked for many names on every page): the lists, learned and hand-written, and their plain spellings. */
export function knownCompanyNamesOf(lexicon: ReturnType<typeof learnedLexicon>): Set<string> {
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

/** Heads of bodies' names that no business's name ends with (not "Trust", "Union", "Club", "Fund": "Northern Trust", "Western Union", "Sam’s Club"). */
export const BODY_HEAD_WORDS = new Set(['university', 'college', 'school', 'academy', 'institute', 'institution', 'foundation', 'ministry', 'department', 'commission', 'council', 'committee', 'museum', 'hospital', 'association', 'federation', 'league', 'society']);
