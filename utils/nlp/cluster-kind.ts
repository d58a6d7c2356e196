// The kind of each cluster of mentions: a person, a company, another organisation, a place or none, scored from the
// tagger's reading, the name lists and the context of every mention (a business noun before, a role after, a possessive).
import {
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  COMPANY_CUE_AFTER,
  COMPANY_CUE_BEFORE,
  COMPANY_NAME_WORDS,
  COMPANY_SUFFIXES,
  CORPORATION_FORMS,
  isBusinessWord,
  KNOWN_COMPANY_NAMES,
  KNOWN_ORGANIZATIONS,
  MEDIA_COMPANIES,
  ORGANIZATION_NAME_WORDS,
  PERSON_TITLES,
  PLACES,
  PRODUCT_NAMES,
} from './gazetteer.ts';
import { isAnyGivenName, isFrequentWord, isGivenName, isHandListedPlace, isListedCity, isListedPlace, learnedLexicon } from './lexicon.ts';
import { appositiveRoleAfter, isDemonym, isRoleHead, PERSON_ONLY_ROLE_HEADS, PERSON_TRADES, ROLE_HEADS } from './roles.ts';
import { endsLikePlace, INITIAL } from './speech-person.ts';
import { isOwnerParticiple, isPossessive, type Token } from './tokenize.ts';
import { headsParagraphBefore } from './company-lists.ts';
import type { NameMention } from './types.ts';
import {
  BASED_IN,
  BASED_WORDS,
  BODY_HEAD_WORDS,
  CLOSING_QUOTE,
  COMPANY_ALIASES,
  CONNECTIVE_ADVERBS,
  DEGREE_OPENERS,
  EVENT_HEADS,
  HAS_LETTER,
  HAS_LOWER_LETTER,
  hasMiddleInitial,
  isBodyOrBusinessWord,
  isCapitalised,
  isKnownCompanyName,
  isOwnersShopName,
  isPlaceOrBodyName,
  isSurnameWord,
  LEGAL_FORM_PREFIXES,
  letterCase,
  lowerOf,
  MORE_BODY_WORDS,
  NAME_PARTICLES,
  nameTokens,
  NAMING_PARTICIPLES,
  occursAsWord,
  OPENING_QUOTE,
  PLACE_NOUNS_FIRST,
  QUOTE_OR_BRACKET,
  REGIONS,
  ROLE_WORDS,
  SPEECH_VERBS_AFTER_NAME,
  STOP_AFTER,
  SURNAME_SHAPE,
  TELL_FORMS,
  WEB_DOMAIN_NAME,
} from './name-words.ts';
import { HAS_LOWER_CASE, LOWER_CASE_START, LOWER_CASE_WORD, TITLE_CASE_START, TITLE_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';

export type Kind = 'PER' | 'ORG' | 'LOC' | 'MISC';
/** In this order, so a tie between a person and an organisation goes to the organisation. */
export const KINDS: readonly Kind[] = ['ORG', 'PER', 'LOC', 'MISC'];

const COUNTING_VERBS = new Set(['has', 'had', 'sent', 'raised', 'serves', 'sold', 'shipped', 'counts']);
/** What a business counts: its customers and what it sells them, not people at large ("residents", "members"). */
const BUSINESS_COUNTS = new Set(['users', 'customers', 'subscribers', 'subscriptions', 'downloads', 'stores', 'orders', 'emails', 'clients', 'shoppers', 'listeners', 'readers', 'viewers']);

/**
 * "Substack has 35 million active subscriptions", "Beehiiv sent 28 billion emails": a name that counts its customers or
 * its sales at token `index` (a figure, "million" or "billion", a word, then what is counted).
 */
export function countsCustomersAfter(tokens: readonly Token[], index: number): boolean {
  if (!COUNTING_VERBS.has(tokens[index]?.text ?? '') || !/^\$?\d[\d.,]*$/.test(tokens[index + 1]?.text ?? '')) return false;
  let next = index + 2;
  if (/^(?:million|billion)$/.test(tokens[next]?.text ?? '')) next++;
  return BUSINESS_COUNTS.has(tokens[next]?.text ?? '') || (/^\p{Ll}+$/u.test(tokens[next]?.text ?? '') && BUSINESS_COUNTS.has(tokens[next + 1]?.text ?? ''));
}

/** Auxiliaries and adverbs between a business's name and what it does ("has also", "have both"). */
const BEFORE_BUSINESS_ACTION = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'also', 'both', 'all', 'already']);
/** What a business does to its shops, prices and forecasts ("is opening a second shop", "has raised its profit forecast"). */
const BUSINESS_ACTIONS = new Set(
  'open|opens|opened|opening|close|closes|closed|closing|raise|raises|raised|raising|cut|cuts|cutting|sign|signs|signed|signing|hire|hires|hired|hiring|launch|launches|launched|launching|promote|promotes|promoted|promoting|expand|expands|expanded|expanding|lift|lifts|lifted|lower|lowers|lowered|slash|slashes|slashed'.split('|'),
);
/** What a business opens, cuts or raises: its shops, prices, staff and forecasts. */
const BUSINESS_OBJECTS = new Set('shop|shops|store|stores|outlet|outlets|branch|branches|restaurants|prices|price|forecast|forecasts|guidance|outlook|profits|sales|revenue|lease|leases|jobs|staff|workforce|ranges|dividend|fares'.split('|'));

/**
 * "Greggs is opening a second shop", "Next has raised its profit forecast", "Card Factory and The Works have both signed
 * new leases": what a business does follows a name at token `index` (past the names coordinated with it).
 */
export function doesBusinessAfter(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index - 1]?.sentence;
  let at = index;
  // (Names listed with it: "X and Y have", "X, Y and Z are"; not an opening word and its comma, "Furthermore, Google is".)
  let joined = false;
  while (at < tokens.length && at - index < 8 && tokens[at]!.sentence === sentence && (/^(?:,|and|&)$/.test(tokens[at]!.text) || isCapitalised(tokens[at]!.text))) {
    if (tokens[at]!.text === 'and' || tokens[at]!.text === '&') joined = true;
    at++;
  }
  if (at > index && !joined) return false;
  for (let skipped = 0; skipped < 3 && BEFORE_BUSINESS_ACTION.has(tokens[at]?.text ?? ''); skipped++) at++;
  // ("plans to open": a plan of its own; not a gerund's object, "Neglecting to hire staff".)
  if (/^plans?$/.test(tokens[at]?.text ?? '') && tokens[at + 1]?.text === 'to') at += 2;
  if (!BUSINESS_ACTIONS.has(tokens[at]?.text ?? '')) return false;
  for (let t = at + 1; t < Math.min(tokens.length, at + 6) && tokens[t]!.sentence === sentence; t++) {
    if (BUSINESS_OBJECTS.has(tokens[t]!.lower)) return true;
    if (/^[,.;:]$/.test(tokens[t]!.text)) return false;
  }
  return false;
}

/**
 * Whether the name at `first`..`end` owns, runs or backs something: it follows "owned by", "operated by" or "run by",
 * perhaps with a place's possessive ("owned by China's DiDi Global"), or an owner's participle follows it
 * ("Alibaba-backed e-commerce firm", "Walmart-owned Massmart").
 */
function isOwnerAt(tokens: readonly Token[], first: number, end: number): boolean {
  if (isOwnerParticiple(tokens[end]?.text ?? '')) return ownsBusinessAfter(tokens, end);
  let by = first - 1;
  if (isPossessive(tokens[by]?.text ?? '') && isCapitalised(tokens[by - 1]?.text ?? '')) by -= 2;
  return tokens[by]?.text === 'by' && /^(?:owned|operated|run)$/.test(tokens[by - 1]?.text ?? '') && tokens[by - 1]!.sentence === tokens[first]!.sentence;
}

/** Words before "with" that make the names after it a business's partners ("partnered with MindsDB", "a partnership with Google Cloud"). */
const PARTNERING_WORDS = new Set(['partnered', 'partnering', 'partners', 'partnership', 'partnerships', 'alliance', 'alliances']);

/**
 * Whether the name at `first` is one a business partners with: after "partnered with", "a partnership with" or "an alliance
 * with" and perhaps other names of a list before it ("partnerships with Google Cloud, Palantir and SAP"), in its sentence.
 */
function isPartnerAt(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  let at = first - 1;
  for (let names = 0; at > 0 && names < 8 && tokens[at]!.sentence === sentence && (tokens[at]!.text === ',' || tokens[at]!.text === 'and' || isCapitalised(tokens[at]!.text)); names++) at--;
  return tokens[at]?.text === 'with' && at > 0 && tokens[at - 1]!.sentence === sentence && PARTNERING_WORDS.has(tokens[at - 1]!.lower);
}

/**
 * Whether what the owner's participle at `participle` describes is a business: a business's noun within a few lower-case
 * words ("Alibaba-backed e-commerce firm", "a Sequoia-led funding round") or, after "-owned", a name ("Walmart-owned
 * Massmart"). (Not "Kurdish-controlled areas", "Iran-backed militias", "Hamas-run Gaza".)
 */
function ownsBusinessAfter(tokens: readonly Token[], participle: number): boolean {
  if (tokens[participle]!.text === '-owned' && isCapitalised(tokens[participle + 1]?.text ?? '')) return true;
  for (let t = participle + 1; t < Math.min(tokens.length, participle + 4) && /^\p{Ll}/u.test(tokens[t]!.text); t++) {
    if (BUSINESS_HEADS.has(tokens[t]!.lower) || BUSINESS_NOUNS_BEFORE_NAME.has(tokens[t]!.lower) || tokens[t]!.lower === 'round') return true;
  }
  return false;
}

/** Whether token `index` follows "<business> like", "<businesses> such as" or "including": the first of its examples. */
export function exampleAfterBusinessNoun(tokens: readonly Token[], index: number): boolean {
  const cue = tokens[index - 1]?.text;
  const noun = (cue === 'like' || cue === 'including' ? tokens[index - 2]?.text : cue === 'as' && tokens[index - 2]?.text === 'such' ? tokens[index - 3]?.text : undefined)?.toLowerCase();
  return noun !== undefined && (BUSINESS_NOUNS_BEFORE_NAME.has(noun) || (BUSINESS_PLURALS.has(noun) && !PEOPLE_TOO.has(noun)));
}

/** Lower-case words a title-case heading keeps ("Security System with Cameras", "Best for the Money"). */
const HEADING_LOWER_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'with', 'to', 'in', 'on', 'at', 'by', 'from', 'vs', 'vs.']);

/** Whether the words from `first` to the end of its paragraph are a short heading in title case, no sentence. */
function isTitleCaseRestOfBlock(tokens: readonly Token[], first: number): boolean {
  const block = tokens[first]?.block;
  let words = 0;
  for (let at = first; at < tokens.length && tokens[at]!.block === block; at++) {
    const text = tokens[at]!.text;
    if (!HAS_LETTER.test(text)) continue;
    if (++words > 12 || (!isCapitalised(text) && !HEADING_LOWER_WORDS.has(text))) return false;
  }
  return words > 0;
}

/** Nouns for a business written right after its name ("the Geekworm brand"). */
const BRAND_NOUNS = new Set(['brand', 'foundry', 'brokerage']);

/** What a code after a name gets from a business: "Daily Harvest discount code", "Freshly Promo Code". */
const CODE_OFFERS = new Set(['discount', 'promo', 'coupon', 'voucher', 'promotional']);

/** Whether the words at `index` are a code of a business's offer ("discount code", "Promo Codes"). */
export function isOfferCodeAt(tokens: readonly Token[], index: number): boolean {
  const offer = tokens[index];
  const code = tokens[index + 1];
  return offer !== undefined && code !== undefined && CODE_OFFERS.has(offer.lower) && (code.lower === 'code' || code.lower === 'codes');
}

/** Roles held at universities and research bodies rather than businesses. */
const ACADEMIC_ROLES = new Set(['professor', 'lecturer', 'researcher', 'scientist', 'student', 'fellow', 'scholar', 'dean', 'postdoc', 'academic', 'epidemiologist', 'historian', 'physicist', 'biologist', 'chemist']);

/** Lower-case words that end a person's role ("technologist", "co-owner", "nutritionist"): heads, and job-like endings. */
const JOB_ENDING = /(?:ist|ologist|er|or|ant|ent)$/;

/** Whether the name at `first`..`end` is introduced as "At <name>, we|our|us" opening a sentence. */
function isSelfIntroducedAt(tokens: readonly Token[], first: number, end: number): boolean {
  const at = tokens[first - 1];
  if (at?.text !== 'At' || tokens[end]?.text !== ',' || !/^(?:we|our|us)$/.test(tokens[end + 1]?.text ?? '')) return false;
  return first - 1 === 0 || tokens[first - 2]!.sentence !== at.sentence || QUOTE_OR_BRACKET.test(tokens[first - 2]!.text);
}

/** Last words of names that no business has ("… Act", "… Index", "… Forum", "… Treaty"). */
const NO_BUSINESS_HEADS = new Set(['Act', 'Index', 'Forum', 'Treaty', 'Accord', 'Territory']);

/** Whether a name is a body's, a survey's initials or holds a function word ("Eurostat", "NSDUH", "Internet of Things"). */
function isBodyOrSurveyName(name: string, words: readonly string[]): boolean {
  return KNOWN_ORGANIZATIONS.has(name) || /^[\p{Lu}\d]+$/u.test(name) || hasBodyWord(words) || words.some((word) => /^\p{Ll}/u.test(word));
}

/** Whether a name holds a word of a body's name or a body's head ("Council", "University", "Foundation"). */
function hasBodyWord(words: readonly string[]): boolean {
  return words.some((word) => ORGANIZATION_NAME_WORDS.has(word.toLowerCase()) || BODY_HEAD_WORDS.has(word.toLowerCase()));
}

/** Staff only a business has. */
const EXECUTIVES = new Set(['executives', 'executive', 'bankers', 'dealmakers']);

/** Nouns for numbers someone collects and sells ("data from Dealogic", "figures compiled by Kpler"). */
const DATA_NOUNS = new Set(['data', 'figures', 'estimates', 'statistics', 'numbers', 'forecasts']);

/**
 * Whether the name at `first` follows "<data> from|by", perhaps with a participle and a time between ("figures published
 * on Monday by Rightmove", "data compiled by Kpler").
 */
function isDataSourceAt(tokens: readonly Token[], first: number): boolean {
  const preposition = tokens[first - 1]?.text;
  if (preposition !== 'from' && preposition !== 'by') return false;
  for (let t = first - 2; t >= 0 && first - t <= 6 && tokens[t]!.sentence === tokens[first]!.sentence; t--) {
    if (DATA_NOUNS.has(tokens[t]!.lower)) return true;
    if (!/^\p{Ll}+$/u.test(tokens[t]!.text) && !/^\p{Lu}\p{Ll}+day$/u.test(tokens[t]!.text)) return false;
  }
  return false;
}

/**
 * "a cocoa analyst at London broker Marex", "a partner at design consultant Arup": a trade's word (which names people
 * elsewhere, "broker Jane Lee") between a person's role, "at" and a name, with capitalised words or none before it.
 */
function isTradeOfEmployer(tokens: readonly Token[], first: number, isRoleWord: (token: Token | undefined) => boolean): boolean {
  const trade = tokens[first - 1]!;
  if (!/^\p{Ll}+$/u.test(trade.text) || !isRoleWord(trade)) return false;
  let at = first - 2;
  while (at > 0 && first - at < 5 && tokens[at]!.sentence === trade.sentence && /^\p{Lu}[\p{Ll}\-]+$/u.test(tokens[at]!.text)) at--;
  return tokens[at]?.text === 'at' && tokens[at]!.sentence === trade.sentence && isRoleWord(tokens[at - 1]);
}

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
    const lower = token.lower.replace(/s$/, '');
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
  if (before.text !== 'at') return isTradeOfEmployer(tokens, first, isRoleWord);
  for (let index = first - 2; index >= Math.max(0, first - 4); index--) if (isRoleWord(tokens[index])) return true;
  // ("head of European financials research at": a role's head and "of" further back, over the words that narrow it.)
  for (let index = first - 5; index >= Math.max(0, first - 7); index--) {
    const token = tokens[index]!;
    if (token.sentence !== sentence || !/^[\p{L}\-]+$/u.test(token.text)) return false;
    if (ROLE_HEADS.has(token.lower)) return tokens[index + 1]!.text === 'of';
  }
  return false;
}

/** Whether the tagger read most of a cluster's mentions as a place or a MISC name (a nationality, an event). */
export function readAsPlaceOrMisc(mentions: readonly NameMention[]): boolean {
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
  return neighbours.every((token) => !token || token.sentence !== tokens[mention.first]!.sentence || !HAS_LOWER_CASE.test(token.text));
}

export function bestKind(scores: Record<Kind, number>): Kind {
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

export function longestWords(tokens: readonly Token[], group: readonly NameMention[]): string[] {
  let best: string[] = [];
  for (const mention of group) {
    const words = nameTokens(tokens, mention);
    if (words.length > best.length) best = words;
  }
  return best;
}

/** Whether a name holds a legal form before the country it serves ("National Grid Corp. of the Philippines"). */
function holdsLegalFormBeforeCountry(tokens: readonly Token[], mention: NameMention): boolean {
  for (let index = mention.first + 1; index + 2 < mention.end; index++) {
    if (tokens[index + 1]!.text === 'of' && CORPORATION_FORMS.has(tokens[index]!.lower) && UPPER_CASE_START.test(tokens[index]!.text)) return true;
  }
  return false;
}

/** Whether a capitalised title stands right before token `first`, in its sentence ("President Obama", "Sen. Cruz"). */
function isTitleBefore(tokens: readonly Token[], first: number): boolean {
  const title = tokens[first - 1];
  return title !== undefined && title.sentence === tokens[first]!.sentence && UPPER_CASE_START.test(title.text) && ROLE_WORDS.has(title.lower);
}

/** Whether the word at `index` opens its sentence and is all of it but a closing "?" or "!" ("Harsh? He doesn't think so."). */
export function isOneWordSentence(tokens: readonly Token[], index: number): boolean {
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
export function isGroupPlural(text: string, tokens: readonly Token[], group: readonly NameMention[], words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): boolean {
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
export function confidentPerson(
  tokens: readonly Token[],
  group: readonly NameMention[],
  words: readonly string[],
  lexicon: ReturnType<typeof learnedLexicon>,
  writtenInLowerCase: (lower: string) => boolean,
): boolean {
  // “Morning Joe”, “Succession”: a name that fills its quotation marks wherever it is written is a work's title.
  if (group.length > 0 && group.every((mention) => OPENING_QUOTE.test(tokens[mention.first - 1]?.text ?? '') && CLOSING_QUOTE.test(tokens[mention.end]?.text ?? ''))) return false;
  // "Maine Fluoride-Free Toothpaste or Hello Sensitivity Relief Fluoride Toothpaste": no one's name holds "or" or "and".
  if (words.includes('or') || words.includes('and')) return false;
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
  // "Fastarz" nineteen times over, never with a given name or a title, never speaking and never owning anything: a brand
  // the tagger read as a surname ("Trump said", "Rubio's campaign" are people's; so is one called by a given name of any
  // language, "Isabelle").
  if (group.length >= LONE_NAME_MENTIONS && !speaks && !isAnyGivenName(words[0] ?? '', lexicon) && !group.some((mention) => isPossessive(tokens[mention.end]?.text ?? ''))) return false;
  if (!speaks && (lexicon.commonWords.has(lower) || writtenInLowerCase(lower))) return false;
  return !group.some((mention) => /^(its|their|the|a|an|our|your)$/i.test(tokens[mention.first - 1]?.text ?? ''));
}

/** How often a text writes a one-word name no list knows as a person's, no title beside it, before it is read as no one's. */
const LONE_NAME_MENTIONS = 5;

/** An inner capital after two lower-case letters or more ("PsycInfo", "JavaScript"), or a dot before lower-case letters ("Next.js"). */
const PRODUCT_SPELLING = /\p{Ll}{2}\p{Lu}|\.\p{Ll}{2}/u;
/** Name prefixes written with an inner capital ("McKinley", "MacArthur", "DeShawn", "LaToya", "VanDyke", "DiCaprio"). */
const PERSON_NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u;

/** A cluster's kind and the evidence behind it. */
export interface ClusterDecision {
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

/** The evidence for a cluster's kind, which each rule adds to in turn (later rules read what earlier ones set). */
interface ClusterEvidence {
  /** Each kind's score. */
  scores: Record<Kind, number>;
  /** How much marks the name as a business's. */
  company: number;
  /** How much marks the name as a non-business body's. */
  organization: number;
  /** Whether a mention of two words or more ends in or opens with a legal form ("George Weston Ltd."). */
  legalForm: boolean;
  /** Whether a mention is named as a place by the kind of place written with it ("the city of Ulsan"). */
  placeNamed: boolean;
  /** The company a known alias stands for, where the words around it say so. */
  aliased: string | null;
}

/** Words before "by", "in", "on" or "from" that make the name after it a publisher ("reported by", "appeared in", "news from"). */
const PUBLISHED_BEFORE = new Set(['reported', 'published', 'appeared', 'news', 'article', 'story', 'interview', 'podcast', 'newsletter', 'coverage']);

/** Singular business nouns written right before a business's name ("firm 1010data", "chipmaker Nvidia"). */
// (Not the nouns that are also people's jobs: "developer Ammar Askar", "broadcaster David Attenborough".)
export const BUSINESS_NOUNS_BEFORE_NAME = new Set(['firm', 'company', 'startup', 'start-up', 'retailer', 'carrier', 'chipmaker', 'automaker', 'carmaker', 'airline', 'lender', 'insurer', 'manufacturer', 'conglomerate', 'telco', 'brokerage', 'consultancy', 'bank', 'trader', 'distributor', 'supplier', 'grocer', 'supermarket', 'publisher', 'broadcaster', 'maker', 'brewer', 'miner', 'exporter', 'importer', 'meatpacker', 'wholesaler', 'shipper', 'refiner', 'exchange', 'subsidiary', 'unit', 'rival', 'studio', 'chain', 'brand', 'station', 'newspaper', 'magazine', 'tabloid', 'daily', 'weekly', 'broadsheet', 'outlet', 'channel', 'website', 'platform', 'app', 'marketplace', 'neobank', 'fintech']);

/** Business nouns no person is called, which name the business right after them ("consultancy Wood Mackenzie", "its arm, X"). */
export const NON_PERSON_BUSINESS_NOUNS = new Set(['firm', 'company', 'startup', 'start-up', 'retailer', 'carrier', 'chipmaker', 'automaker', 'carmaker', 'airline', 'lender', 'insurer', 'manufacturer', 'conglomerate', 'telco', 'brokerage', 'consultancy', 'bank', 'grocer', 'supermarket', 'meatpacker', 'refiner', 'subsidiary', 'unit', 'arm', 'affiliate', 'subcontractor', 'pharmacy', 'chain', 'brand', 'newspaper', 'tabloid', 'broadsheet', 'supplier', 'distributor', 'wholesaler', 'issuer']);

/** Kinds of service only a business runs ("streaming service DAZN", "the ride-hailing service"; not "health service"). */
const BUSINESS_SERVICE_KINDS = new Set(['streaming', 'delivery', 'food-delivery', 'ride-hailing', 'ride-sharing', 'messaging', 'payments', 'payment', 'subscription', 'courier', 'booking', 'dating', 'music-streaming', 'video-streaming', 'car-sharing', 'bike-sharing', 'grocery-delivery']);

/** Whether token `index` is "service" after a kind of service only a business runs ("streaming service"). */
export function isBusinessServiceAt(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.text === 'service' && BUSINESS_SERVICE_KINDS.has(lowerOf(tokens[index - 1])) && tokens[index - 1]!.sentence === tokens[index]!.sentence;
}

/**
 * Whether the name at `first`..`end` follows a business noun no person is called: right after it ("consultancy Wood
 * Mackenzie"), or after it and a comma as an aside that a comma, a full stop or a bracket closes ("its insurance arm,
 * Alcázar Vida, is ...").
 */
export function isNamedAfterBusinessNoun(tokens: readonly Token[], first: number, end: number): boolean {
  const sentence = tokens[first]!.sentence;
  const comma = tokens[first - 1]?.text === ',';
  const noun = tokens[comma ? first - 2 : first - 1];
  if (!noun || noun.sentence !== sentence) return false;
  // "television station WTHR", "radio station KQED".
  const station = noun.text === 'station' && /^(?:television|TV|radio|broadcast)$/.test(tokens[noun === tokens[first - 1] ? first - 2 : first - 3]?.text ?? '');
  // ("the Italian daily Il Sole 24 Ore": "daily" only before a capitalised name, not "daily 30-minute lessons".)
  const daily = (noun.text === 'daily' || noun.text === 'weekly') && UPPER_CASE_START.test(tokens[first]!.text);
  if (!station && !daily && !isBusinessServiceAt(tokens, comma ? first - 2 : first - 1) && !NON_PERSON_BUSINESS_NOUNS.has(noun.text)) return false;
  if (!comma) return true;
  const after = tokens[end];
  return !after || after.sentence !== sentence || /^[,.;(]$/.test(after.text);
}

/** Words after a name that make it a stock index's ("Dow Jones industrial average", "Nikkei index"). */
const INDEX_WORDS = new Set(['index', 'indexes', 'indices', 'average', 'industrial', 'industrials', 'composite']);

/** A newspaper's masthead word, ending its name ("The Denver Post", "Korea Economic Daily", "The Lakeland Ledger"). */
export const MASTHEADS = new Set(['Post', 'Times', 'Daily', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Inquirer', 'Examiner', 'Courier', 'Dispatch', 'Ledger']);

/** Plural nouns of businesses before a list of examples ("distributors such as Sysco", "employers including ..."). */
const BUSINESS_PLURALS = new Set('companies|firms|businesses|retailers|grocers|supermarkets|chains|stores|brands|banks|lenders|insurers|carriers|airlines|automakers|carmakers|chipmakers|manufacturers|makers|suppliers|distributors|wholesalers|employers|startups|start-ups|publishers|broadcasters|brokers|brokerages|exporters|importers|miners|refiners|shippers|traders|rivals|competitors|peers|clients|customers|restaurants|exchanges|studios|discounters|providers|outlets|newspapers|labs|consultancies|telcos|operators|neobanks|fintechs'.split('|'));

/** Plurals that name people as often as businesses right before their names ("customers Maria Lopez and ..."). */
const PEOPLE_TOO = new Set(['clients', 'customers', 'employers', 'peers', 'competitors', 'operators']);

/** Marks between the names of a list ("Sysco, Costco & Kroger (KR)"). */
const LIST_MARKS = new Set([',', '&', '(', ')']);
const FIGURE_OR_DASH_START = /^[\d\-]/;

/**
 * Whether "including" or "like" at `cue` opens examples of businesses after their plural ("chains including", "brands
 * like"), or "as" of "such as" does.
 */
export function isBusinessExamplesCue(tokens: readonly Token[], cue: number): boolean {
  const word = tokens[cue]?.text;
  if (word === 'as') return tokens[cue - 1]?.text === 'such' && isBusinessPluralEndingAt(tokens, cue - 2);
  if (word !== 'including' && word !== 'like') return false;
  // ("third-party brands, including Gap and Victoria's Secret": "including" may follow a comma.)
  // ("stakes in several struggling brands in recent years, including FatFace": or before a phrase of time or place.)
  const afterComma = word === 'including' && tokens[cue - 1]?.text === ',';
  return isBusinessPluralEndingAt(tokens, cue - 1) || (afterComma && (isBusinessPluralEndingAt(tokens, cue - 2) || isBusinessPluralBeforeAdverbial(tokens, cue - 1)));
}

/**
 * Whether a name stands in a list of businesses' examples: after "<businesses> such as", "including", "like" or a
 * colon ("distributors such as Sysco", "employers including Schneider National, Georgia-Pacific and Kwik Trip"), or
 * before "and other <businesses>" ("at Hy-Vee, Sam's Club and other grocery stores"); `before` is where the words before
 * its list end (`listCueBefore`).
 */
function inListOfBusinesses(tokens: readonly Token[], first: number, end: number, before: number): boolean {
  // An owner is no example ("rivals including Elon Musk's xAI").
  if (isPossessive(tokens[end]?.text ?? '')) return false;
  const cue = tokens[before]?.text;
  // "rival exchanges Coinbase and Kraken", "carmakers Toyota and Honda".
  if (((BUSINESS_PLURALS.has(cue ?? '') && !PEOPLE_TOO.has(cue ?? '')) || isBusinessHousesAt(tokens, before)) && before + 1 < first) return true;
  if (cue === 'including' || cue === 'like') {
    if (isBusinessExamplesCue(tokens, before)) return true;
  } else if (cue === ':') {
    // "The lowest-rated rental car companies: Dollar, Fox Rent A Car and Payless", a label of one line; not
    // "Best for consultants working with small businesses: ASBC", whose plural is what the label is for.
    if (tokens[before]!.block === tokens[first]!.block && BUSINESS_PLURALS.has(lowerOf(tokens[before - 1])) && !prepositionBefore(tokens, before - 1)) return true;
  } else if (cue === 'as' && isBusinessExamplesCue(tokens, before)) return true;
  let after = end;
  while (after < tokens.length && after - end < 16 && isListWord(tokens, after, tokens[first]!.sentence) && tokens[after]!.text !== 'and') after++;
  if (isOtherBusinessesAt(tokens, after)) return true;
  // "Willmott Dixon, Kier Group and Morgan Sindall are among the contractors": a list the sentence calls businesses.
  // (Not one name alone: "Morgan Sindall is among the bidders" says nothing of a list.)
  if (tokens[after]?.text === 'and') while (after < tokens.length && after - end < 16 && isListWord(tokens, after, tokens[first]!.sentence)) after++;
  const listed = /^(?:,|and)$/.test(tokens[first - 1]?.text ?? '') || /^(?:,|and)$/.test(tokens[end]?.text ?? '');
  return listed && isBusinessPredicateAt(tokens, after);
}

/** Words between "are" and a plural of businesses in a list's predicate ("are among the contractors", "are both big lenders"). */
const PREDICATE_FILLERS = new Set(['all', 'both', 'among', 'the', 'two', 'three', 'four', 'five', 'some', 'of', 'big', 'biggest', 'largest', 'major', 'leading', 'other', 'rival']);

/** Trades named in the plural that, said of a list holding a business, are firms ("among the contractors"). */
const TRADES_OF_FIRMS = new Set(['contractors', 'builders', 'housebuilders', 'homebuilders', 'developers', 'insurers']);

/** Whether "are" or "were", a few fillers and a plural of businesses start at token `index`. */
function isBusinessPredicateAt(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.text !== 'are' && tokens[index]?.text !== 'were') return false;
  for (let t = index + 1; t < Math.min(tokens.length, index + 6); t++) {
    const lower = tokens[t]!.lower;
    if ((BUSINESS_PLURALS.has(lower) && !PEOPLE_TOO.has(lower)) || TRADES_OF_FIRMS.has(lower)) return true;
    if (!PREDICATE_FILLERS.has(lower)) return false;
  }
  return false;
}

/** Words of a count between "and" and "other" ("and thousands of other retailers", "and many other brands"). */
const COUNT_WORDS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'many', 'several', 'some', 'numerous', 'countless', 'various', 'a', 'few', 'of']);

/** Whether "and other <businesses>" starts at token `index` ("and other grocery stores", "and thousands of other retailers"). */
export function isOtherBusinessesAt(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.text !== 'and') return false;
  let other = index + 1;
  while (other < tokens.length && other - index <= 3 && COUNT_WORDS.has(tokens[other]!.text)) other++;
  if (tokens[other]?.text !== 'other') return false;
  for (let t = other + 1; t < Math.min(tokens.length, other + 4); t++) if (BUSINESS_PLURALS.has(lowerOf(tokens[t]))) return true;
  return false;
}

/** Whether token `index` may stand in a list of names in sentence `sentence`: a name's word, a mark between names or "and". */
function isListWord(tokens: readonly Token[], index: number, sentence: number): boolean {
  const token = tokens[index];
  return token !== undefined && token.sentence === sentence && (isCapitalised(token.text) || LIST_MARKS.has(token.text) || token.text === 'and' || isPossessive(token.text) || FIGURE_OR_DASH_START.test(token.text));
}

/** Where the words before the list of names that holds token `first` end: the token that introduces the list ("including", ":", "as"). */
function listCueBefore(tokens: readonly Token[], first: number): number {
  const sentence = tokens[first]!.sentence;
  let before = first - 1;
  while (before >= 0 && first - before < 16 && isListWord(tokens, before, sentence) && !(tokens[before]!.text === 'and' && !isCapitalised(tokens[before + 1]?.text ?? ''))) before--;
  return before;
}

/** Plural nouns of places before a list of examples ("towns such as Darlington, Falkirk and Wakefield"). */
const PLACE_PLURALS = new Set('towns|cities|countries|states|provinces|regions|nations|villages|counties|economies|capitals|suburbs|neighborhoods|neighbourhoods|islands|municipalities|districts'.split('|'));

/**
 * Whether a name stands in a list of places' examples: after "<places> such as", "including" or "like" ("towns such as
 * Darlington, Falkirk and Wakefield"); `before` is where the words before its list end (`listCueBefore`).
 */
function inListOfPlaces(tokens: readonly Token[], first: number, before: number): boolean {
  const cue = tokens[before]?.text;
  const plural = cue === 'including' || cue === 'like' ? before - 1 : cue === 'as' && tokens[before - 1]?.text === 'such' ? before - 2 : -1;
  if (plural < 0 || !PLACE_PLURALS.has(lowerOf(tokens[plural]))) return false;
  // The list ends with the name after its "and" ("states such as Massachusetts and Colorado, Clinton sees …").
  for (let t = before + 1; t < first - 1; t++) if (tokens[t]!.text === 'and') return false;
  return true;
}

/** Whether a preposition comes between the start of the sentence of token `index` and the token. */
function prepositionBefore(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]!.sentence;
  for (let t = index - 1; t >= 0 && tokens[t]!.sentence === sentence; t--) if (CUE_PREPOSITIONS.has(tokens[t]!.lower)) return true;
  return false;
}

/**
 * Whether the words ending at token `index` name businesses: a plural of them ("distributors"), or one and what they
 * deal in ("makers of high-powered magnet sets", "providers of cloud software": up to four lower-case words after "of").
 */
function isBusinessPluralEndingAt(tokens: readonly Token[], index: number): boolean {
  if (BUSINESS_PLURALS.has(lowerOf(tokens[index])) || isBusinessHousesAt(tokens, index)) return true;
  for (let of = index; of > 0 && index - of <= 4; of--) {
    const word = tokens[of]!.text;
    if (word === 'of') return of < index && BUSINESS_PLURALS.has(lowerOf(tokens[of - 1]));
    if (!LOWER_CASE_WORD.test(word)) return false;
  }
  return false;
}

/** Trades whose businesses are called houses ("trading houses", "fashion houses"; not "safe houses", "state houses"). */
const HOUSE_TRADES = new Set(['trading', 'fashion', 'auction', 'publishing', 'brokerage', 'investment', 'design', 'couture', 'commodity', 'commodities', 'clearing', 'accounting', 'consulting', 'luxury']);

/** Whether token `index` is "houses" after a trade's word ("the French trading houses Touton and Sucden"). */
function isBusinessHousesAt(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.text === 'houses' && HOUSE_TRADES.has(lowerOf(tokens[index - 1]));
}

/** Words opening a phrase of time or place after a plural ("retailers across the country", "brands in recent years", "banks worldwide"). */
const ADVERBIAL_OPENERS = new Set(['in', 'across', 'over', 'around', 'during', 'since', 'throughout', 'worldwide', 'globally', 'nationwide']);

/** Whether a business plural stands before a short phrase of time or place that ends at the comma at `comma`. */
function isBusinessPluralBeforeAdverbial(tokens: readonly Token[], comma: number): boolean {
  for (let t = comma - 1; t > 0 && comma - t <= 5 && (LOWER_CASE_WORD.test(tokens[t]!.text) || /^\d+$/.test(tokens[t]!.text)); t--) {
    const plural = lowerOf(tokens[t - 1]);
    if (ADVERBIAL_OPENERS.has(tokens[t]!.lower) && BUSINESS_PLURALS.has(plural) && !PEOPLE_TOO.has(plural)) return true;
  }
  return false;
}

/** Prepositions a business cue reaches across only when it owns what follows ("shares of Toyota", "a stake in Toshiba"). */
const CUE_PREPOSITIONS = new Set(['in', 'at', 'on', 'of', 'for', 'from', 'with', 'by', 'to', 'into', 'near']);
const CUES_ACROSS_PREPOSITIONS = new Set(['shares', 'stake', 'stakes', 'subsidiary', 'unit', 'division', 'investors', 'investment', 'acquired']);
/** Marks that end the phrase a business cue is read in. */
const CUE_PHRASE_ENDS = new Set(['.', ';', ':', '!', '?', '(', '“', '”', '"']);

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
    if (token.sentence !== sentence || CUE_PHRASE_ENDS.has(token.text) || BASED_WORDS.has(token.text)) return null;
    const lower = token.lower;
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

/** Words before "Games" that name sporting games, not a maker of games ("Olympic Games", "Winter Games", "X Games"). */
const GAMES_EVENT_WORDS = new Set(['Olympic', 'Paralympic', 'Commonwealth', 'Winter', 'Summer', 'Youth', 'World', 'Invictus', 'Hunger', 'Special', 'Highland', 'Island', 'Gay', 'X', 'Goodwill', 'Masters', 'Universiade', 'Deaflympic']);

/** "Olympic Games", "Asian Games", "Pan American Games": sporting games, named after a place, a people or an event's word. */
function isGamesEvent(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): boolean {
  if (words[words.length - 1] !== 'Games') return false;
  const before = words[words.length - 2]!;
  return GAMES_EVENT_WORDS.has(before) || isDemonym(before) || isListedPlace(before, lexicon) || PLACES.has(before);
}

/** A word opening with a prefix and a hyphen ("Trans-Pacific", "Multi-Factor", "Non-Fungible", "Mid-Valley"). */
const PREFIXED_WORD = /^(?:Anti|Bi|Cross|Intra|Inter|Macro|Mega|Micro|Mid|Multi|Neo|Non|Over|Pan|Post|Pre|Pro|Pseudo|Quasi|Self|Semi|Sub|Super|Trans|Tri|Ultra|Under)-\p{L}/u;

/**
 * Whether a name of two words or more is ordinary words only, the first no given name, with no title before any mention:
 * read as a person's, it is a thing's or a heading's ("Machine Learning", "Privacy Policy", "Comparison Table").
 */
export function isOrdinaryWordsName(tokens: readonly Token[], group: readonly NameMention[], words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): boolean {
  if (words.length < 2 || isAnyGivenName(words[0]!, lexicon)) return false;
  if (!words.every((word) => isFrequentWord(word.toLowerCase(), lexicon))) return false;
  return !group.some((mention) => isTitleBefore(tokens, mention.first));
}

/** Kinds of place written before "of" and a place's name ("the city of Ulsan", "the state of Wyoming"). */
const PLACE_KINDS_BEFORE_OF = new Set(['city', 'town', 'village', 'province', 'state', 'region', 'suburb', 'island', 'municipality', 'commune']);
/** Kinds of place written after a place's name ("Aichi prefecture", "the Green Bay area", "Roosevelt Row neighborhood"). */
const PLACE_KINDS_AFTER = new Set(['prefecture', 'province', 'region', 'district', 'neighborhood', 'neighbourhood', 'village', 'county', 'area', 'suburb', 'municipality']);

/** Whether the name at `first`..`end` is a place's by the kind of place written with it, in its sentence. */
function isNamedPlaceAt(tokens: readonly Token[], first: number, end: number): boolean {
  const sentence = tokens[first]!.sentence;
  const next = tokens[end];
  if (next && next.sentence === sentence && PLACE_KINDS_AFTER.has(next.text)) return true;
  const of = tokens[first - 1];
  const kind = tokens[first - 2];
  return of?.text === 'of' && kind !== undefined && kind.sentence === sentence && PLACE_KINDS_BEFORE_OF.has(kind.text);
}

/** A single word of letters and a number ("NBC4", "ABC15", "News24"). */
const NAME_WITH_NUMBER = /^\p{Lu}\p{L}+\d{1,3}$/u;
/** The words right before an outlet a source tells or is cited by (see `isOutletWithNumber`). */
const OUTLET_CUE_WORDS = new Set(['told', 'tell', 'tells', 'telling', 'to', 'with', 'by']);

/**
 * Whether the token at `index` is a name of letters and a number ("NBC4", "News24") where a source tells or is cited:
 * after "told" ("told ABC15"), "emailed to", "a statement to", "according to", "an interview with", "reported by".
 */
export function isOutletWithNumber(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  // (The last character first, a figure or not: it rules out nearly every token without a lookup or a pattern.)
  const last = token.text.charCodeAt(token.text.length - 1);
  if (last < 48 || last > 57 || !previous || !OUTLET_CUE_WORDS.has(previous.text) || previous.sentence !== token.sentence || !NAME_WITH_NUMBER.test(token.text)) return false;
  const before = tokens[index - 2]?.lower ?? '';
  switch (previous.text) {
    case 'told':
    case 'tell':
    case 'tells':
    case 'telling':
      return true;
    case 'to':
      return before === 'according' || before === 'emailed' || before === 'statement' || before === 'sent';
    case 'with':
      return before === 'interview' || before === 'interviews';
    case 'by':
      return before === 'reported' || before === 'published';
    default:
      return false;
  }
}

const TICKER = /^(?:[A-Z][A-Z0-9]{0,5}|\d{4,6})(?:\.[A-Z]{1,2})?$/;
const EXCHANGES = new Set(['NYSE', 'NASDAQ', 'Nasdaq', 'LSE', 'TSE', 'TSX', 'ASX', 'HKEX', 'OTC', 'AMEX']);

/** Whether a stock ticker in brackets starts at token `open`: "(TSCO.L)", "(NYSE: IBM)", "(Nasdaq: AAPL)". */
export function isTickerAside(tokens: readonly Token[], open: number): boolean {
  if (tokens[open]?.text !== '(') return false;
  let index = open + 1;
  if (EXCHANGES.has(tokens[index]?.text ?? '') && tokens[index + 1]?.text === ':') index += 2;
  const symbol = tokens[index]?.text ?? '';
  // A ticker has a market's suffix ("TSCO.L") or follows an exchange's name: bare capitals in brackets are as often an acronym.
  return tokens[index + 1]?.text === ')' && TICKER.test(symbol) && (index > open + 1 || symbol.includes('.'));
}

const FIRST_WORDS = new Set(['first', 'initially']);
const REPORTED_WORDS = new Set(['reported', 'revealed']);
/** Lower-case words that may follow the outlet of "an interview with …" ("with the Toronto Star last year"). */
const INTERVIEW_ENDS = new Set(['on', 'in', 'last', 'this', 'about', 'that', 'published', 'and', 'earlier', 'before', 'after']);

/**
 * Whether the name from `first` to `end` is written as a news outlet: one that reported something first ("first reported
 * by the X", "X first reported"), that reports what follows ("Les Echos reported last month that …") or that
 * interviewed someone ("in an interview with the Stuttgarter Zeitung").
 */
function isWrittenAsOutlet(tokens: readonly Token[], first: number, end: number): boolean {
  let before = first - 1;
  if (tokens[before]?.text === 'the') before--;
  if (tokens[before]?.text === 'by' && /^reported$/.test(tokens[before - 1]?.text ?? '') && /^(?:first|initially|earlier|previously)$/.test(tokens[before - 2]?.text ?? '')) return true;
  // (The name ends the phrase, "an interview with Human Resources staff" names staff; and is no person's, "A. D. Sui".)
  if (tokens[before]?.text === 'with' && /^interviews?$/.test(tokens[before - 1]?.text ?? '') && !INITIAL.test(tokens[first]!.text) && !(LOWER_CASE_START.test(tokens[end]?.text ?? '') && !INTERVIEW_ENDS.has(tokens[end]!.text))) return true;
  if (FIRST_WORDS.has(tokens[end]?.text ?? '') && REPORTED_WORDS.has(tokens[end + 1]?.text ?? '')) return true;
  if (tokens[end]?.text !== 'reported') return false;
  // (Up to four lower-case words of when before "that": "reported earlier this month that".)
  for (let t = end + 1; t <= end + 5 && tokens[t]?.sentence === tokens[end]!.sentence; t++) {
    if (tokens[t]!.text === 'that') return t > end + 1;
    if (!LOWER_CASE_WORD.test(tokens[t]!.text)) return false;
  }
  return false;
}

/** Nouns for bodies that are no business, written right before a body's name ("union Usdaw", "think tank Bruegel"). */
const BODY_NOUNS_BEFORE_NAME = new Set('union|unions|charity|charities|watchdog|regulator|nonprofit|non-profit|tank|federation|association|ngo|lobby|campaigners'.split('|'));

/** What a business owns or makes and a person or a public body seldom does: "<name>’s ... model", "a model from <name>". */
const OWNED_PRODUCTS = new Set(
  'model|models|tool|tools|app|apps|software|chatbot|restaurants|locations|platform|browser|smartphone|smartphones|phone|phones|chip|chips|car|cars|vehicles|brand|products|product|machine|machines|devices|device|gear|shoes|packs|coffees|drinks|snacks|cameras|laptops|headphones|earbuds|mattresses|appliances'.split('|'),
);

/** Head nouns of a description that make what it describes a business ("a moving company", "an online retailer"). */
const BUSINESS_HEADS = new Set(
  'company|companies|firm|business|startup|start-up|venture|retailer|grocery|chain|brand|maker|manufacturer|provider|supplier|carrier|operator|lender|bank|insurer|publisher|broadcaster|studio|restaurant|bakery|cafe|café|shop|store|boutique|consultancy|agency|developer|distributor|platform|marketplace|conglomerate|subsidiary|automaker|carmaker|chipmaker|airline|outlet|newspaper|magazine|website|app|service|producer|brewery|winery|dealership|franchise|vendor|contractor|mover|movers|hotel|gym|label|network|fund|investor'.split('|'),
);

/** Titles only a business gives, in lower case (besides "chief ... officer" and analysts'). */
const BUSINESS_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'co-founder', 'cofounder', 'founder']);

/**
 * Whether a title only a business gives stands at `index`, with its holder's capitalised name after it: "CEO Jane Doe",
 * "co-founder Priyanka Desai", "chief executive Tom Hart" (not "President", "chairman": states and committees have them).
 */
export function isBusinessTitleAt(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  // "Westpac senior economist Hannah Li", "CommSec market analyst Tom Reddy": up to two words that narrow an analyst's title.
  if (word && ANALYST_TITLE_MODIFIERS.has(word.lower)) {
    let at = index;
    while (at - index < 2 && ANALYST_TITLE_MODIFIERS.has(tokens[at]!.lower) && tokens[at + 1]?.sentence === word.sentence && LOWER_CASE_START.test(tokens[at + 1]!.text)) at++;
    const holder = tokens[at + 1];
    if (at > index && ANALYST_TITLE.test(tokens[at]!.text)) return holder !== undefined && holder.sentence === word.sentence && TITLE_CASE_START.test(holder.text);
  }
  // Every title below opens with c, f, a, e or s: most words are ruled out by their first letter.
  const initial = word?.text.charCodeAt(0) ?? 0;
  if (!word || !(initial === 99 || initial === 67 || initial === 102 || initial === 70 || initial === 97 || initial === 101 || initial === 115)) return false;
  const lower = word.lower;
  let holder = index + 1;
  if (lower === 'chief') {
    if (!/^(?:executive|financial|operating|technology|product|marketing|commercial|revenue|customer|brand|digital|investment|growth|business)$/i.test(tokens[index + 1]?.text ?? '')) return false;
    holder = /^officer$/i.test(tokens[index + 2]?.text ?? '') ? index + 3 : index + 2;
  } else if (!BUSINESS_TITLES.has(lower) && !ANALYST_TITLE.test(word.text)) return false;
  const name = tokens[holder];
  return name !== undefined && name.sentence === word.sentence && TITLE_CASE_START.test(name.text);
}

/**
 * Whether an appositive's owner and title stand at `owner`..`title`: "…, Xeneta's senior shipping analyst." — a comma
 * before the owner, up to two lower-case words and an analyst's, economist's or strategist's title after its
 * possessive, and the appositive's end after it. Only a business has such a title and names its holder so.
 */
function isAppositiveAnalystTitleAt(tokens: readonly Token[], owner: number, title: number): boolean {
  if (tokens[owner - 1]?.text !== ',') return false;
  let at = title;
  while (at - title < 2 && LOWER_CASE_WORD.test(tokens[at]?.text ?? '') && !ANALYST_TITLE.test(tokens[at]!.text)) at++;
  return ANALYST_TITLE.test(tokens[at]?.text ?? '') && /^[,.;]$/.test(tokens[at + 1]?.text ?? '') && tokens[at + 1]!.sentence === tokens[title]!.sentence;
}

/** Nouns for a business's part or brand, after its name ("Cigna's Evernorth division", "Nestle's Purina brand"). */
const BUSINESS_UNITS = new Set(['division', 'unit', 'subsidiary', 'arm', 'brand', 'label', 'chain']);
/** Of those, the parts a union, an army or a party has too ("the Guild's Pueblo unit"): a business's only when a known one owns them. */
const SHARED_UNITS = new Set(['unit', 'arm']);

/**
 * Whether the name at `first`..`end` is a business's part or brand: owned by a capitalised name's possessive before it,
 * a noun for one after it that ends the phrase ("Cigna's Evernorth division saw …").
 */
export function isOwnedBusinessUnit(tokens: readonly Token[], first: number, end: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
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
export function isDealObjectAt(tokens: readonly Token[], first: number): boolean {
  const preposition = tokens[first - 1];
  const noun = tokens[first - 2];
  if (preposition === undefined || noun === undefined || noun.sentence !== tokens[first]!.sentence) return false;
  // "to take over Sabadell", "took over Twitter": a takeover's object after the verb.
  return DEAL_NOUNS.get(noun.lower) === preposition.text || (preposition.text === 'over' && TAKE_FORMS.has(noun.text));
}

/** Forms of "take" before "over" in a takeover. */
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taking', 'taken']);

const BEFORE_VALUED_OR_OWNED = new Set(['once', 'now', 'last', 'was', 'is', 'were', 'being', 'been', 'recently']);
const OWNED_VERBS = new Set(['owned', 'acquired', 'bought']);
/** Words between a name and "be acquired by" in a deal to come ("agreed last year to be", "is set to be", "will be"). */
const DEAL_TO_COME_WORDS = new Set(['agreed', 'agrees', 'has', 'had', 'is', 'was', 'will', 'would', 'set', 'poised', 'expected', 'due', 'about', 'last', 'this', 'year', 'month', 'week', 'to', 'be', 'being', 'been', 'now', 'recently']);

/**
 * Whether "(once|now|was|is|...) valued at", "owned by", "taken over by" or "privately held" follows a name ending before
 * `end`, perhaps after ", which", or ", which was sold to": no person is valued at a price, owned, taken over or held.
 */
export function isValuedOrOwnedAfter(tokens: readonly Token[], end: number): boolean {
  let at = end;
  let which = false;
  if (tokens[at]?.text === ',') {
    at++;
    // "Europcar, which was taken over by a consortium": what was done to it, in a clause about it.
    which = tokens[at]?.text === 'which';
    if (which) at++;
  }
  if (BEFORE_VALUED_OR_OWNED.has(tokens[at]?.text ?? '')) at++;
  else {
    // "Spirit AeroSystems, agreed last year to be acquired by Boeing", "Figma will be bought by": a deal to come.
    let over = at;
    while (over < tokens.length && over - at < 6 && DEAL_TO_COME_WORDS.has(tokens[over]!.text)) over++;
    if (over > at && /^(?:be|being|been)$/.test(tokens[over - 1]!.text)) at = over;
  }
  const verb = tokens[at]?.text ?? '';
  // ("taken over by": the particle goes with the verb.)
  const takenOver = verb === 'taken' && tokens[at + 1]?.text === 'over';
  const preposition = tokens[at + (takenOver ? 2 : 1)]?.text;
  // "Primark, owned by Associated British Foods,": what is owned or bought is a business too.
  // ("Poundland, which was sold to …": a thing sold, where "which" says it is no person, as a player sold to a club is.)
  const sold = which && verb === 'sold' && preposition === 'to';
  // ("Chanel, which is privately held,", "Snap is publicly traded": how a business is owned.)
  const held = (verb === 'privately' || verb === 'publicly') && /^(?:held|owned|traded|listed)$/.test(preposition ?? '');
  return ((verb === 'valued' && preposition === 'at') || ((OWNED_VERBS.has(verb) || takenOver) && preposition === 'by') || sold || held) && tokens[at]!.sentence === tokens[end - 1]!.sentence;
}

/** Titles only a business's owner or chief holds, written before what they head ("founder of", "CEO at"). */
const BUSINESS_HEAD_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder', 'owner', 'co-owner', 'proprietor']);

/** Whether a business's owner or chief is named right before `first` ("co-owner of", "chief executive officer at"). */
function isBusinessHeadBefore(tokens: readonly Token[], first: number): boolean {
  let at = first - 1;
  // (A founder of "the" something founded a body as often as a business: "the founder of the Colony of Virginia".)
  const definite = tokens[at]?.text === 'the';
  if (definite) at--;
  if (tokens[at]?.text !== 'of' && tokens[at]?.text !== 'at') return false;
  const sentence = tokens[first]!.sentence;
  let title = at - 1;
  if (/^officer$/i.test(tokens[title]?.text ?? '')) title--;
  const word = tokens[title];
  if (!word || word.sentence !== sentence) return false;
  const lower = word.lower;
  if (BUSINESS_HEAD_TITLES.has(lower)) return !definite || !lower.endsWith('founder');
  return /^(?:executive|financial|operating|technology)$/.test(lower) && /^chief$/i.test(tokens[title - 1]?.text ?? '');
}

/** Verbs of goods before "by" and their seller or maker ("sold by", "manufactured by"; not "made by", which artists are, nor "distributed by", which campaigns are). */
const SOLD_BY = new Set(['sold', 'marketed', 'manufactured', 'retailed']);

/** Words of the compass that open a region's or its people's name ("North American", "Eastern European"). */
const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/** Words that name a part of a place before its name ("South Texas", "Northern California", "Southeast Asia"). */
const PLACE_PART_WORDS = new Set([...COMPASS_WORDS, 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern', 'Upstate', 'Downstate']);

/** Whether a word is a people's adjective: a nationality the lists know, or a listed place's name and an ending ("Ethiopian", "Qatari"). */
function isDemonymLike(word: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  if (isDemonym(word, lexicon)) return true;
  return /(?:n|i)$/.test(word) && word.length > 4 && isListedPlace(word.slice(0, -1), lexicon);
}

/** Words that call something by a name ("branded", "dubbed"), before the name in quotation marks. */
const NAMING_VERBS = new Set([...NAMING_PARTICIPLES, 'called', 'named']);

/** Heads of a business written without an article before what it makes or runs ("maker of", "operator of"). */
const HEADS_OF_WHAT_IS_MADE = new Set(['maker', 'makers', 'manufacturer', 'producer', 'supplier', 'distributor', 'operator']);

/** A business's parts, owned by a business ("the insurance arm of Maybank"; a division may be a public body's). */
const OWNED_UNITS = new Set(['arm', 'unit', 'subsidiary']);

/** Whether a name follows "<a business's part> of" ("the insurance arm of", "a unit of"), no body's part ("the political arm of"). */
function ownsUnitBefore(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.text !== 'of' || !OWNED_UNITS.has(lowerOf(tokens[first - 2])) || tokens[first - 2]!.sentence !== tokens[first]!.sentence) return false;
  return !NON_BUSINESS_ARMS.has(lowerOf(tokens[first - 3]));
}

/** A firm's analysts before their names ("Jarden analyst Priyanka Menon", "Nomura economist Kenji Ito"). */
const ANALYST_TITLE = /^(?:analyst|economist|strategist)$/;
/** Words that narrow an analyst's title at a business ("senior economist", "market analyst", "chief investment strategist"). */
const ANALYST_TITLE_MODIFIERS = new Set('senior|chief|lead|principal|head|market|markets|equity|equities|credit|research|investment|global|regional|junior|associate|managing|oil|energy|retail|technology|tech|commodities|commodity|currency|bond|portfolio|rates|economic|financial|data|industry|sector|banking|insurance|mining|property|auto|media|telecom|telecoms'.split('|'));

/** Words that describe a body as no business, before any head ("a nonprofit advocacy group"). */
const NOT_FOR_PROFIT = new Set(['nonprofit', 'non-profit', 'not-for-profit', 'charitable', 'advocacy', 'civic', 'lobbying']);

/** Business heads no person or public body is called ("the billionaire investor", "the agency that oversees ..."). */
const BUSINESS_ONLY_HEADS = new Set(
  (
    'company|firm|startup|start-up|retailer|chain|carrier|lender|bank|insurer|automaker|carmaker|chipmaker|airline|conglomerate|subsidiary|broadcaster|manufacturer|maker|operator|supermarket|grocer|brewer|miner|utility|studio|exchange|arm|unit|affiliate|division|app|platform|' +
    'consultancy|issuer|supplier|wholesaler|distributor|drugmaker|planemaker|toolmaker|homebuilder|shipbuilder|brokerage|marketplace|refiner|shipper'
  ).split('|'),
);

/**
 * Heads of a business after its name as a modifier ("the Albert Heijn supermarket chain"; not a product's "app",
 * "platform" or "brewer", nor "the Postgres startup", a trade's).
 */
const BUSINESS_HEADS_AFTER_NAME = new Set('company|firm|retailer|chain|carrier|lender|bank|insurer|automaker|carmaker|chipmaker|drugmaker|airline|conglomerate|broadcaster|manufacturer|supermarket|grocer|consultancy|brokerage|supplier|wholesaler|distributor'.split('|'));

/**
 * Whether one or two lower-case words from `index` end in the head of a business no person is called, the phrase ending
 * there ("supermarket chain"; not "phone bank", "food bank", where the word before "bank" says it is none).
 */
function isBusinessHeadAfter(tokens: readonly Token[], index: number): boolean {
  for (let head = index; head < index + 2; head++) {
    const token = tokens[head];
    if (!token || !LOWER_CASE_WORD.test(token.text) || token.sentence !== tokens[index - 1]!.sentence) return false;
    if (BUSINESS_HEADS_AFTER_NAME.has(token.text) && !LOWER_CASE_WORD.test(tokens[head + 1]?.text ?? '')) return head === index || token.text !== 'bank';
  }
  return false;
}

/** What a business does, right after "which" ("Galeries Lafayette, which operates a franchise"). */
const BUSINESS_VERBS = new Set(['operates', 'manufactures', 'owns', 'employs', 'acquired', 'bought', 'sells', 'supplies', 'produces']);

/** Words that make an arm or a unit a body's, not a business's ("the political arm of ..."). */
const NON_BUSINESS_ARMS = new Set(['political', 'military', 'paramilitary', 'armed', 'youth', 'charitable', 'philanthropic', 'campaign', 'research']);

/** Superlatives of size before a head ("the largest developer", "the world's second-biggest brewer"). */
const SIZE_SUPERLATIVES = new Set(['largest', 'biggest', 'second-largest', 'second-biggest', 'third-largest', 'third-biggest', 'leading']);

/** Sectors before "group" in a description that make the group a business ("the market research group", "the luxury group"). */
const SECTOR_GROUP_WORDS = new Set(['research', 'media', 'retail', 'banking', 'insurance', 'mining', 'property', 'luxury', 'drinks', 'food', 'engineering', 'telecoms', 'telecom', 'advertising', 'publishing', 'fashion', 'chemicals', 'hotel', 'hospitality', 'travel', 'leisure', 'construction', 'steel', 'shipping', 'logistics', 'pharmaceutical', 'pharmaceuticals', 'technology', 'tech', 'utility', 'energy', 'private-equity', 'investment', 'financial', 'services', 'supermarket', 'grocery', 'outsourcing', 'defence', 'defense', 'aerospace', 'entertainment', 'gaming', 'betting', 'airline', 'automotive', 'consumer', 'packaging']);

/** Head nouns of a description that make what it describes a non-business body ("a nonprofit", "an advocacy group"). */
const ORGANIZATION_HEADS = new Set(
  'nonprofit|non-profit|charity|organization|organisation|university|college|school|institute|ministry|department|party|council|committee|coalition|union|association|foundation|hospital|league|team|club|regulator|government|tank|court|church|movement|campaign|society|museum|library|nongovernmental|body|watchdog'.split('|'),
);

/** Head nouns of a description that make what it describes a place ("the northernmost island of Japan", "a city in …"). */
const PLACE_DESCRIPTION_HEADS = new Set(
  'island|islands|city|town|village|region|prefecture|province|state|country|county|neighborhood|neighbourhood|district|park|lake|river|mountain|peninsula|destination|resort|beach|valley|coast|suburb|capital'.split('|'),
);

/** Words that end a description's noun phrase: prepositions and relatives ("a moving company that ...", "a startup in ..."). */
const DESCRIPTION_END = new Set('that|which|who|whose|with|in|for|of|to|from|by|at|on|since|as|than|between'.split('|'));
/** Words that may follow a description's head noun ("a startup based in ...", "a firm owned by ..."). */
const AFTER_DESCRIPTION_HEAD = new Set('based|founded|known|owned|run|headquartered|specializing|specialising|offering|providing|selling|backed|controlled|listed|valued|led|and|or|famous|popular|formerly|formally|once|now|also'.split('|'));

/**
 * What the text says a name is, right after it: "<name> is a|an ... <head>" or "<name>, a|an ... <head>",
 * the head being a noun that ends the phrase (so "a company spokeswoman" describes a person, not a
 * business): a business, a body or a place ("Okuhara is the northernmost island …", the one description read
 * after "is the"). Null when there is no such description or no head of any kind.
 */
export function describedAs(tokens: readonly Token[], end: number): 'company' | 'organization' | 'place' | null {
  const next = tokens[end];
  if (!next || !(next.text === ',' || next.text === 'is' || next.text === 'was')) return null;
  // "SRLabs, one of the world’s leading cybersecurity firms", "Foxconn is one of the largest contract manufacturers".
  // (Not an adverb opening a sentence: "Ironically, one of the largest lenders …".)
  if (tokens[end + 1]?.text === 'one' && tokens[end + 2]?.text === 'of' && !/ly$/.test(tokens[end - 1]!.text)) {
    for (let t = end + 3; t < Math.min(tokens.length, end + 11) && tokens[t]!.sentence === next.sentence; t++) {
      const lower = tokens[t]!.lower;
      if (BUSINESS_PLURALS.has(lower) && !PEOPLE_TOO.has(lower)) return 'company';
      if (/^[,.;:]$/.test(lower)) break;
    }
    return null;
  }
  // "Hermès International, maker of the Birkin handbag": a business's head without an article, before what it makes.
  if (next.text === ',' && HEADS_OF_WHAT_IS_MADE.has(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === 'of') return 'company';
  const article = tokens[end + 1]?.text;
  // "Verdi, the German services union", "Samsung, the world’s largest chipmaker"; but "Buffett, the billionaire investor".
  const definite = article === 'the' && next.text === ',';
  // "MeclabsAI is MarketingSherpa’s parent company", "Orbital ATK, NASA's other shipper,": an owner's name and its
  // possessive stand for the article (after a comma, before lower-case words: not the list "Hy-Vee, Sam's Club").
  const owned = UPPER_CASE_START.test(article ?? '') && isPossessive(tokens[end + 2]?.text ?? '') && (next.text !== ',' || LOWER_CASE_START.test(tokens[end + 3]?.text ?? ''));
  // "Hokkaido is the northernmost island of Japan": after "is the", only a place's head says what a name is.
  const placeOnly = article === 'the' && next.text !== ',';
  if (article !== 'a' && article !== 'an' && !definite && !owned && !placeOnly) return null;
  const sentence = next.sentence;
  for (let t = end + (owned ? 3 : 2); t < Math.min(tokens.length, end + 12); t++) {
    const token = tokens[t]!;
    const lower = token.lower;
    // (An owner's possessive, written apart, is the owner's: "the state's largest utility".)
    if (t > end + 2 && isPossessive(token.text) && token.sentence === sentence) continue;
    // (So is an owner's participle: "SAB, the AB InBev-owned brewer".)
    if (isOwnerParticiple(token.text)) continue;
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
      !LOWER_CASE_START.test(following.text) ||
      DESCRIPTION_END.has(following.text) ||
      AFTER_DESCRIPTION_HEAD.has(following.text) ||
      /^(?:that|who)['’]s$/.test(following.text) ||
      /^\p{Ll}{3,}ing$/u.test(following.text);
    if (!endsPhrase) continue;
    // ("Harpreet Gill, a forklift operator who has worked at the warehouse": what "who" follows is a person.)
    if (following?.text === 'who' || following?.text === 'whom') return null;
    if (placeOnly) {
      if (PLACE_DESCRIPTION_HEADS.has(lower)) return 'place';
      continue;
    }
    if ((lower === 'arm' || lower === 'unit' || lower === 'wing') && NON_BUSINESS_ARMS.has(lowerOf(tokens[t - 1]))) return 'organization';
    // ("Sun Hung Kai Properties, the city's largest developer,": after a superlative of size, any business's head is one.)
    const sized = SIZE_SUPERLATIVES.has(lowerOf(tokens[t - 1]));
    // ("Kantar, the market research group,", "the luxury group": a group of a business's sector; not "the industry group".)
    if (definite && lower === 'group' && SECTOR_GROUP_WORDS.has(lowerOf(tokens[t - 1]))) return 'company';
    if (definite && !sized ? BUSINESS_ONLY_HEADS.has(lower) || isBusinessServiceAt(tokens, t) : BUSINESS_HEADS.has(lower) || BUSINESS_ONLY_HEADS.has(lower)) return 'company';
    if (ORGANIZATION_HEADS.has(lower)) return 'organization';
    if (PLACE_DESCRIPTION_HEADS.has(lower)) return 'place';
  }
  return null;
}

/** Verbs a clause has, which no description set off by commas holds ("the company is", "the firm has"). */
const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'said', 'says', 'does', 'did']);

/**
 * Whether a business's description set off by commas follows the word before `end`, the sentence going on after it
 * ("Block, the payments company led by Jack Dorsey, has stuck …"): read so, an ordinary word opening the sentence
 * is a name. Not an adverb's comma before the subject: "However, the company in Ohio reported profits, …" has a
 * verb of its own before the comma ("reported", not the description's "led", "based").
 */
export function isSetOffByBusinessDescription(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || CONNECTIVE_ADVERBS.has(tokens[end - 1]?.text ?? '') || describedAs(tokens, end) !== 'company') return false;
  const sentence = tokens[end]!.sentence;
  for (let t = end + 2; t < Math.min(tokens.length, end + 16) && tokens[t]!.sentence === sentence; t++) {
    const token = tokens[t]!;
    if (token.text === ',') return LOWER_CASE_START.test(tokens[t + 1]?.text ?? '') && tokens[t + 1]!.sentence === sentence;
    if (CLAUSE_VERBS.has(token.text) || (/^\p{Ll}+ed$/u.test(token.text) && !AFTER_DESCRIPTION_HEAD.has(token.text))) return false;
  }
  return false;
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

const RANKING_SIZES = /^(?:10|20|50|100|200|225|250|500|1000|1,000|2000|2,000|5000|5,000)$/;

/** Stock indexes known by their names alone, which no business shares ("Kospi", "Sensex"; not "Nikkei", "Hang Seng", "FTSE"). */
const STOCK_INDEX_NAMES = new Set(['Kospi', 'KOSPI', 'Kosdaq', 'KOSDAQ', 'Topix', 'TOPIX', 'Sensex', 'Nifty', 'DAX', 'CAC', 'IBEX', 'Ibex', 'Stoxx', 'STOXX', 'Ibovespa', 'Bovespa', 'Merval']);

/** Whether an index's word follows a name, at `index`, after its figure or "share"/"stock" too ("Nikkei 225 average", "Nikkei share average"). */
function isIndexAfter(tokens: readonly Token[], index: number): boolean {
  let at = index;
  if (/^\d[\d,.]*$/.test(tokens[at]?.text ?? '')) at++;
  if (/^(?:share|stock|Stock)$/.test(tokens[at]?.text ?? '')) at++;
  return INDEX_WORDS.has(lowerOf(tokens[at])) && tokens[at]!.sentence === tokens[index]!.sentence;
}

/** Units a round figure counts when it is no ranking's size ("Walmart 20 minutes away", "Tesco 100 metres down the road"). */
const MEASURE_UNITS = new Set(['minutes', 'minute', 'hours', 'hour', 'seconds', 'days', 'weeks', 'months', 'years', 'miles', 'mile', 'kilometres', 'kilometers', 'km', 'metres', 'meters', 'feet', 'yards', 'blocks', 'percent', 'per']);

/**
 * Whether a round figure after a name, at `index`, is a ranking's size ("Fortune 500", "the Russell 2000"), not a count
 * of minutes, miles or the like ("with Walmart 20 minutes away").
 */
function isRankingSizeAt(tokens: readonly Token[], index: number): boolean {
  if (!RANKING_SIZES.test(tokens[index]?.text ?? '')) return false;
  const after = tokens[index + 1];
  return !(after && after.sentence === tokens[index]!.sentence && MEASURE_UNITS.has(after.lower));
}

/** Whether a name the tagger read only as a person's (`votes`) ends in a known company's name, no word of it an ordinary one. */
function isPersonEndingInCompanyName(words: readonly string[], votes: Readonly<Record<Kind, number>>, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  return votes.PER > 0 && votes.ORG <= 0 && votes.LOC <= 0 && isKnownCompanyName(words[words.length - 1]!, lexicon) && words.every((word) => !isFrequentWord(word.toLowerCase(), lexicon));
}

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

/** Whether a role from `first` to `end` opens with "a" or "an" and has a role or a trade only a person holds before any preposition ("a Vinasun driver in …"). */
function personOnlyHeadAfterArticle(tokens: readonly Token[], first: number, end: number): boolean {
  if (!/^(?:a|an)$/i.test(tokens[first]?.text ?? '')) return false;
  for (let index = first + 1; index < end && index < first + 5; index++) {
    const word = tokens[index]!.lower;
    if (PERSON_ONLY_ROLE_HEADS.has(word) || PERSON_TRADES.has(word)) return true;
    if (/^(?:of|in|at|for|from|with|on|by|to)$/.test(word)) return false;
  }
  return false;
}

/** Verbs after a name that say what it said ("X said it ...", "X said he ..."). */
const STATEMENT_VERBS = new Set(['said', 'says', 'announced', 'reported', 'added', 'told']);

/** A cluster's name and what is known of it before any rule reads its context, computed once per cluster. */
interface NameFacts {
  readonly tokens: readonly Token[];
  readonly group: readonly NameMention[];
  readonly words: readonly string[];
  readonly lexicon: ReturnType<typeof learnedLexicon>;
  /** The name's words, joined by spaces. */
  readonly name: string;
  /** Whether the name is one word no list knows as a person's, with no person's title before it. */
  readonly loneUnknown: boolean;
  /** The scores the tagger's votes and the learned lists alone give. */
  readonly votesAndLists: Readonly<Record<Kind, number>>;
  /** Whether the name is a listed city's. */
  readonly city: boolean;
  /** Whether the name may be a person's that people work for: a given name first, no known company's, no business word last. */
  readonly worksForPerson: boolean;
  /** Whether the name is two title-case words or more, none of them a frequent word. */
  readonly personShaped: boolean;
}

/** Adds the tagger's votes and the learned lists' to `scores`, and returns the scores they alone give. */
function taggerAndListVotes(scores: Record<Kind, number>, group: readonly NameMention[], name: string, loneUnknown: boolean, lexicon: ReturnType<typeof learnedLexicon>): Record<Kind, number> {
  // The tagger's votes count as a share, so many mentions of a misread name cannot outvote context.
  const tagged = group.filter((mention) => mention.modelKind !== null);
  for (const mention of tagged) scores[mention.modelKind!] += (mention.modelKind === 'PER' && loneUnknown ? 2 : 3) / tagged.length;
  if (lexicon.misc.has(name)) scores.MISC += 3;
  if (lexicon.organization.has(name)) scores.ORG += 2;
  if (lexicon.location.has(name)) scores.LOC += 2;
  if (lexicon.person.has(name)) scores.PER += 2;
  return { ...scores };
}

/** Evidence from the name itself and from what its mentions do, before each mention's context is read. */
function nameEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  productAndPersonShapeEvidence(facts, evidence);
  namesNothingEvidence(facts, evidence);
  placeShapeEvidence(facts, evidence);
  knownNameEvidence(facts, evidence);
  whatItDoesEvidence(facts, evidence);
  firmNameEvidence(facts, evidence);
  businessMarkEvidence(facts, evidence);
  legalFormAndNameWordEvidence(facts, evidence);
  bodyHeadEvidence(facts, evidence);
}

/** Evidence from the name's shape: a known company's product ("Google Maps"), a person's full name, a brand's inner capital, a figure. */
function productAndPersonShapeEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { tokens, group, words, lexicon, name } = facts;
  const { scores } = evidence;
  // "Google Maps", "Apple Music", "Uber Eats": a known company's name opening a longer one names no person, and without
  // a business word in it, most often one of its products: where the text never writes the company's name alone in
  // the cluster, more than one vote of the tagger says ("Microsoft Teams", "Amazon Alexa", "Adobe Photoshop").
  if (words.length > 1 && isKnownCompanyName(words[0]!, lexicon) && !isGivenName(words[0]!, lexicon) && !isKnownCompanyName(name, lexicon)) {
    scores.PER = 0;
    // (A place after it names the business's arm there, "Walmart Canada", "Woolworths NZ"; "International" its full name,
    // "Hermès International SCA", "Fidelity International".)
    const arm = (words.length === 2 && isListedPlace(words[1]!, lexicon)) || words[1] === 'International';
    const productOnly = !group.some((mention) => nameTokens(tokens, mention).length === 1);
    if (arm) {
      scores.ORG += 3;
      evidence.company += 3;
    } else if (!words.slice(1).some((word) => isBusinessWord(word.toLowerCase()))) scores.MISC += productOnly ? 3.5 : 2;
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
  // "Polar Grit X2", "Cuisinart DCC-3200P1", "HTML5", "Kuehne+Nagel": no person's name holds a figure or a plus.
  if (words.some((word) => /[\d+]/.test(word))) scores.PER = -Infinity;
}

/** Evidence that the name names no business: a people's adjective, a title, a compound adjective, a job's title, an event or a law, a body's head first. */
function namesNothingEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { tokens, group, words, lexicon } = facts;
  const { scores } = evidence;
  // "Safaricom's Ethiopian unit", "owned by Qatari investors", "North American operations": a people's adjective before
  // its noun names nothing ("Delta and American said" names the airline).
  const adjectiveName = words.length === 1 || (words.length === 2 && (COMPASS_WORDS.has(words[0]!) || isListedPlace(words[0]!, lexicon)));
  if (adjectiveName && isDemonymLike(words[words.length - 1]!, lexicon) && group.every((mention) => tokens[mention.end]?.sentence === tokens[mention.first]!.sentence && LOWER_CASE_WORD.test(tokens[mention.end]?.text ?? ''))) scores.MISC += 9;
  // "a turnaround strategy, branded ‘Brighter Homes’": what is called something in quotation marks is a title, no name.
  if (group.every((mention) => OPENING_QUOTE.test(tokens[mention.first - 1]?.text ?? '') && NAMING_VERBS.has(lowerOf(tokens[mention.first - 2])))) scores.MISC += 9;
  // "the San Francisco-based company", "Saudi-led": a compound adjective ending in "-based", "-led" … names nothing.
  if (BASED_IN.test(words[words.length - 1]!)) scores.MISC += 9;
  // "a Catering Coordinator", "a Software Engineer": a job's title in capitals after an indefinite article, no one's name.
  if (words.length > 1 && isRoleHead(words[words.length - 1]!.toLowerCase()) && group.every((mention) => /^(?:a|an|A|An)$/.test(tokens[mention.first - 1]?.text ?? ''))) scores.MISC += 9;
  // "Paris Motor Show", "Greater Milwaukee Open", "Fair Pharmacy Access Act": an event or a law, whatever business words it holds.
  if (words.length > 1 && (EVENT_HEADS.has(words[words.length - 1]!.toLowerCase()) || (DEGREE_OPENERS.has(words[0]!.toLowerCase()) && words[1] === 'of') || isGamesEvent(words, lexicon))) scores.MISC += 9;
  // "Department for Energy Security and Net Zero", "Association of Mobile Money and Bank Agents": a body's name opening
  // with its head, whatever business words follow; "Central Bank of Nigeria", "(Saudi) Central Bank", "Banco Central do
  // Brasil", "Bank Negara Malaysia": a country's bank, no business.
  // (The body's place may open its name: "Oregon Division of Financial Regulation".)
  const head = words.length > 2 && isListedPlace(words[0]!, lexicon) ? 1 : 0;
  if (words.length > head + 2 && BODY_HEADS_BEFORE_OF.test(words[head]!) && /^(?:of|for)$/.test(words[head + 1]!)) evidence.organization += 6;
  if (isCentralBankName(words)) evidence.organization += 10;
}

/** Heads of bodies' and venues' names that are no surname (unlike "Church", "Court", "Guard" or "Trust"). */
const NO_SURNAME_HEADS = new Set([
  'gallery', 'museum', 'university', 'college', 'school', 'academy', 'institute', 'institution', 'foundation', 'ministry', 'department', 'commission', 'council',
  'committee', 'hospital', 'association', 'federation', 'league', 'society', 'agency', 'bureau', 'embassy', 'consulate', 'secretariat', 'tribunal', 'parliament',
  'government', 'organisation', 'organization', 'coalition', 'authority', 'administration',
]);

/** Heads of bodies' names written before what the body is for ("Department of …", "Division of Insurance", "Ombudsman for …"). */
const BODY_HEADS_BEFORE_OF = /^(?:Department|Ministry|Office|Bureau|Agency|Commission|Association|Federation|Confederation|Council|Chamber|Society|Union|League|Division|Directorate|Ombudsman)$/;

/** Whether a name is a central bank's: "Central Bank" or "Banco Central" in it, or "Bank Negara" opening it. */
function isCentralBankName(words: readonly string[]): boolean {
  for (let index = 0; index + 1 < words.length; index++) {
    const pair = `${words[index]} ${words[index + 1]}`;
    if (pair === 'Central Bank' || pair === 'Banco Central' || (index === 0 && pair === 'Bank Negara')) return true;
  }
  return false;
}

/** Evidence from a place in the name: a place's noun first, a listed place, city or acronym; and names no person has (a business word last, ordinary words before a country). */
function placeShapeEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { tokens, group, words, lexicon, name, city } = facts;
  const { scores } = evidence;
  // "Capitol Hill", "Fort Wayne": a name opening with a place noun is a place's.
  if (words.length > 1 && PLACE_NOUNS_FIRST.has(words[0]!.toLowerCase())) scores.LOC += 4;
  // "Colophon Foundry", "Harbor Labs": no person's name ends in a business word, whatever names stand beside it.
  if (words.length > 1 && isBusinessWord(words[words.length - 1]!.toLowerCase())) scores.PER = -Infinity;
  // "Stanley Spencer Gallery", "Emma Mason Gallery", "Kennedy Center Foundation": nor in a body's or a venue's head, however
  // a person's name opens it.
  if (words.length > 1 && NO_SURNAME_HEADS.has(words[words.length - 1]!.toLowerCase())) scores.PER = -Infinity;
  // "Dairy Australia", "Working America": ordinary words before a country's name name a body, no person.
  if (words.length > 1 && isHandListedPlace(words[words.length - 1]!) && !isAnyGivenName(words[0]!, lexicon) && words.slice(0, -1).every((word) => isFrequentWord(word.toLowerCase(), lexicon))) scores.PER = -Infinity;
  // (A state's name with a legal form is a business's: "First of Michigan Corp.".)
  // ("South Texas", "Northern California": a part of a listed place is a place too.)
  const listedPlace = isHandListedPlace(name) || (words.length === 2 && PLACE_PART_WORDS.has(words[0]!) && (isHandListedPlace(words[1]!) || REGIONS.has(words[1]!)));
  if (PLACES.has(name) || (listedPlace && !group.some((mention) => COMPANY_SUFFIXES.has(lowerOf(tokens[mention.end - 1]))))) scores.LOC += 10;
  // Places are seldom written as capital initials; an unknown acronym read as a place is more likely a body.
  else if (words.length === 1 && /^\p{Lu}{2,4}$/u.test(name) && !lexicon.location.has(name) && !group.some((mention) => isCapsLineAt(tokens, mention))) scores.ORG += 1.5;
  // A city's name alone names no person and no business, but may name its team ("Denver beat Carolina").
  if (city) scores.PER = -Infinity;
}

/** Evidence from the hand-written lists: a known organisation's, company's or product's name. */
function knownNameEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { tokens, group, words, lexicon, name } = facts;
  const { scores } = evidence;
  // A known body is no business, nor is its arm in a country ("Greenpeace UK", "Amnesty International USA").
  if (KNOWN_ORGANIZATIONS.has(name) || (words.length > 1 && KNOWN_ORGANIZATIONS.has(words.slice(0, -1).join(' ')) && isListedPlace(words[words.length - 1]!, lexicon))) {
    scores.ORG += 10;
    evidence.organization += 10;
  }
  // "The Atlantic" is the magazine only where "The" is written as part of the name, not "the Atlantic".
  const writtenWithThe = group.some((mention) => tokens[mention.first]!.text === 'The' && mention.end - mention.first > 1);
  if (isKnownCompanyName(name, lexicon) || (writtenWithThe && MEDIA_COMPANIES.has(`The ${name}`)) || isKnownCompanyInCapitals(facts)) {
    scores.ORG += 10;
    evidence.company += 10;
  }
  // "Android phones", "Excel": a product taken for its maker. (A longer name opening with a known company's is as often
  // a product, "Apple Vision Pro", as a business, "Yahoo Finance": no evidence either way.)
  if (PRODUCT_NAMES.has(name)) {
    scores.MISC += 12;
    evidence.company = 0;
  }
}

const CAPITALS_WORD = /^\p{Lu}{4,}$/u;

/**
 * A known company as its makers style it, in capitals, in running text ("on a single NVIDIA H200 GPU", "LEGO
 * sets"), unless the word is an ordinary one ("TARGET" is as often a word stressed) or a person's or a place's
 * name: a capitals line ("HANWHA OCEAN, HD HYUNDAI RIDE …") writes every name so, its parts too.
 */
function isKnownCompanyInCapitals(facts: NameFacts): boolean {
  const { tokens, group, lexicon, name } = facts;
  if (!CAPITALS_WORD.test(name)) return false;
  const spelling = name[0] + name.slice(1).toLowerCase();
  if (!isKnownCompanyName(spelling, lexicon) || isFrequentWord(spelling.toLowerCase(), lexicon) || lexicon.person.has(spelling) || isGivenName(spelling, lexicon) || isListedPlace(spelling, lexicon)) return false;
  return group.some((mention) => !isCapsLineAt(tokens, mention));
}

/** Evidence from what the name's mentions do: a one-word source, a business counting customers or opening shops, an index or a ranking. */
function whatItDoesEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { tokens, group, words, lexicon, name } = facts;
  const { scores } = evidence;
  // "according to Caixin": a one-word source, read by the tagger as a place, is a publisher or a body more often than a place.
  if (words.length === 1 && scores.LOC > scores.ORG && group.some((mention) => tokens[mention.first - 1]?.text === 'to' && /^according$/i.test(tokens[mention.first - 2]?.text ?? '')) && !isListedPlace(name, lexicon)) {
    scores.ORG += 3;
    evidence.company += 1;
  }
  // "Substack has 35 million active subscriptions": what counts its customers or its sales is a business.
  if (group.some((mention) => countsCustomersAfter(tokens, mention.end)) && !isListedPlace(name, lexicon)) {
    scores.ORG += 2;
    evidence.company += 2;
  }
  // "Greggs is opening a second shop": what opens shops, cuts prices or raises its forecast is a business.
  if (group.some((mention) => doesBusinessAfter(tokens, mention.end)) && !isListedPlace(name, lexicon)) {
    scores.ORG += 2;
    evidence.company += 2;
  }
  // "Fortune 500 companies", "the Russell 2000", "the Dow Jones industrial average", "the Nikkei index", "the Nikkei 225
  // Stock Average", "London's FTSE 100 index": a ranking or an index named after a business (an index's word, after its
  // figure too, or a round figure after the name) is no business; nor is a stock index known by its name alone ("Kospi").
  if (STOCK_INDEX_NAMES.has(name) || group.every((mention) => isIndexAfter(tokens, mention.end) || (evidence.company > 0 && isRankingSizeAt(tokens, mention.end)))) {
    scores.MISC += 12;
    evidence.company = 0;
  }
}

/** Evidence from a firm's name: a dealer's, partners' joined by "&", a shop named after its owner, a masthead, a plural business word last. */
function firmNameEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { words, lexicon, votesAndLists } = facts;
  const { scores } = evidence;
  // "Kowalski Ford", "Ozark Chevrolet Buick GMC": a known maker's name after another word names a dealer, not a person.
  // So is a name the tagger read as a person's only that ends in a known company's name, no word of it an ordinary one
  // ("according to credit bureau Serasa Experian", "A.P. Moller-Maersk has told customers"; not "the Nile Delta", "Online Coursera").
  if (words.length > 1 && !isAnyGivenName(words[0]!, lexicon) && !isKnownCompanyName(words[0]!, lexicon) && (words.slice(1).some((word) => KNOWN_COMPANY_NAMES.has(word)) || isPersonEndingInCompanyName(words, votesAndLists, lexicon))) {
    scores.PER = 0;
    scores.ORG += 3;
    evidence.company += 3;
  }
  // "Hellman & Friedman", "Marlowe & Finch": two names joined by an ampersand are a firm's (bodies write "and").
  // (Not two ordinary words, a heading's or a menu's: "Health & Fitness", "Hobbies & Creative Arts", "Cam Locks & Lock Cores".)
  const ampersand = words.indexOf('&');
  const joinsOrdinaryWords = ampersand > 0 && isFrequentWord(words[ampersand - 1]!.toLowerCase(), lexicon) && isFrequentWord(words[ampersand + 1]?.toLowerCase() ?? '', lexicon);
  // (Nor two places: "Southeastern South Carolina & Northeastern Georgia".)
  const endsInPlace = (end: number): boolean => isListedPlace(words.slice(Math.max(0, end - 2), end).join(' '), lexicon) || isListedPlace(words[end - 1]!, lexicon);
  const joinsPlaces = ampersand > 0 && endsInPlace(ampersand) && endsInPlace(words.length);
  // (No person's name holds one.)
  if (ampersand > 0) scores.PER = -Infinity;
  if (ampersand > 0 && ampersand < words.length - 1 && !joinsOrdinaryWords && !joinsPlaces && words.every((word) => word === '&' || (UPPER_CASE_START.test(word) && !ORGANIZATION_NAME_WORDS.has(word.toLowerCase())))) {
    scores.ORG += 3;
    evidence.company += 3;
  }
  // So is a shop named after its owner ("Hank's Hardware", "Schuler's Market").
  if (isOwnersShopName(words)) {
    scores.ORG += 3;
    scores.PER = 0;
    evidence.company += 3;
  }
  // So is a newspaper's masthead ("The Denver Post", "Korea Economic Daily") or a name ending in "News" ("ABC News").
  if (words.length > 1 && (words[words.length - 1] === 'News' || MASTHEADS.has(words[words.length - 1]!))) {
    scores.ORG += 3;
    evidence.company += 3;
  }
  // "Lee Enterprises", "Johnson Industries": a plural business word ends no person's name.
  if (words.length > 1 && /s$/.test(words[words.length - 1]!) && isBusinessWord(words[words.length - 1]!.toLowerCase())) scores.PER = 0;
  // "Tiger Global Management", "Bega Cheese", "Brookside Dairy", "John Lewis Partnership", "Bath Iron Works": a name word,
  // then a trade's head, is a business's name, no person's (not a term, "Risk Management", "Public Works", "CVE Management",
  // a body's, "Bureau of Land Management", a pact's or a mission's, "Trans-Pacific Partnership", "Pacific Partnership", nor a
  // known company's deal, "Shutterstock Expands Partnership").
  if (
    words.length > 1 &&
    TRADE_NAME_HEADS.has(words[words.length - 1]!) &&
    TITLE_CASE_WORD.test(words[0]!) &&
    !isFrequentWord(words[0]!.toLowerCase(), lexicon) &&
    !isListedPlace(words[0]!, lexicon) &&
    !isKnownCompanyName(words[0]!, lexicon) &&
    words.every((word) => UPPER_CASE_START.test(word) && !PREFIXED_WORD.test(word))
  ) {
    scores.PER = 0;
    scores.ORG += 3;
    evidence.company += 3;
  }
}

/** Heads of businesses' names that no dictionary of business words holds, as they hold terms too ("Risk Management", "Public Works"). */
const TRADE_NAME_HEADS = new Set(['Management', 'Dairy', 'Creamery', 'Cheese', 'Partnership', 'Produce', 'Fisheries', 'Farms', 'Works']);

/** Evidence from marks of a business in the name: a web address, an outlet's number, "… Electric", partners' names listed with "&". */
function businessMarkEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { tokens, group, words, lexicon, name } = facts;
  const { scores } = evidence;
  // A web address for a name ("Snopes.com") is a business's.
  if (WEB_DOMAIN_NAME.test(name)) {
    scores.ORG += 4;
    evidence.company += 4;
  }
  // "told NBC4": a broadcaster's or a news site's name with its number, where a source tells or is cited.
  if (group.some((mention) => isOutletWithNumber(tokens, mention.first))) {
    scores.ORG += 4;
    scores.PER = 0;
    evidence.company += 4;
  }
  // "Ola Electric", "Lincoln Electric": a name ending in "Electric" is a business's (not a product's, "Electric Kettle").
  if (words.length > 1 && words[words.length - 1] === 'Electric' && !isFrequentWord(words[words.length - 2]!.toLowerCase(), lexicon)) {
    scores.ORG += 3;
    scores.PER = 0;
    evidence.company += 3;
  }
  // "Cravath, Swaine & Moore", "Clayton, Dubilier & Rice": partners' names joined by commas and an ampersand name a firm.
  if (group.some((mention) => mention.end - mention.first >= 5 && tokens[mention.first + 1]!.text === ',' && tokens.slice(mention.first, mention.end).some((token) => token.text === '&'))) {
    scores.ORG += 4;
    scores.PER = 0;
    evidence.company += 4;
  }
}

/** Evidence from a legal form in a mention, a manager of money, and the words of a body's or a business's name. */
function legalFormAndNameWordEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { tokens, group, words } = facts;
  const { scores } = evidence;
  for (const mention of group) {
    if (isReferenceAuthor(tokens, mention.first, mention.end)) continue;
    const last = tokens[mention.end - 1]!.lower;
    if (COMPANY_SUFFIXES.has(last) || (mention.end - mention.first > 1 && LEGAL_FORM_PREFIXES.has(tokens[mention.first]!.text)) || holdsLegalFormBeforeCountry(tokens, mention)) {
      scores.ORG += 4;
      evidence.company += 4;
      if (mention.end - mention.first > 1) evidence.legalForm = true;
    }
  }
  // "George Weston Ltd.": a legal form ends no person's name.
  if (evidence.legalForm) scores.PER = 0;
  // "Chatham Asset Management", "Kestrel Capital Management": a manager of money is a business.
  for (let index = 1; index < words.length; index++) {
    if (words[index] === 'Management' && /^(?:Asset|Capital|Investment|Investments|Wealth|Fund|Property)$/.test(words[index - 1]!)) {
      scores.ORG += 3;
      evidence.company += 3;
    }
  }
  for (let index = 0; index < words.length; index++) {
    const lower = words[index]!.toLowerCase();
    // ("Washington Trust Bank", "Wilmington Trust Company": a trust bank or a trust company is a business.)
    const trustBusiness = lower === 'trust' && /^(?:Bank|Company)$/.test(words[index + 1] ?? '');
    if ((ORGANIZATION_NAME_WORDS.has(lower) || MORE_BODY_WORDS.has(lower)) && !trustBusiness) {
      scores.ORG += 3;
      evidence.organization += 3;
    } else if (COMPANY_NAME_WORDS.has(lower)) {
      scores.ORG += 3;
      evidence.company += 3;
    }
  }
}

/** Evidence from a body's head ending the name: a body's, a law's, an index's or a forum's, a state's "Tech", a public-interest group. */
function bodyHeadEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { words, lexicon, name } = facts;
  // "Software Engineering Institute", "Media Research Foundation": a name's last word is its head, and a body's head
  // makes a body, whatever business words stand before it.
  if (words.length > 1 && BODY_HEAD_WORDS.has(words[words.length - 1]!.toLowerCase())) evidence.organization += 6;
  // "Fair Pharmacy Access Act", "PHLX Semiconductor Index", "Telecom Users Forum": a law, an index or a forum is no business.
  if (words.length > 1 && NO_BUSINESS_HEADS.has(words[words.length - 1]!)) evidence.organization += 6;
  // "Georgia Tech", "Virginia Tech": a place's name and "Tech" name a university.
  if (words.length === 2 && words[1] === 'Tech' && isListedPlace(words[0]!, lexicon)) evidence.organization += 6;
  // "Arizona Public Interest Research Group", "Center for Science in the Public Interest": a public-interest group is no business.
  if (name.includes('Public Interest')) evidence.organization += 10;
}

/** Whether a name may head an entry of a list of what readers may buy or use ("Passwork" … "Passwork is …"). */
function mayHeadEntry(facts: NameFacts): boolean {
  const { words, lexicon, name, loneUnknown, votesAndLists } = facts;
  // A list entry headed by its name (see below) is a business's, but not a name the tagger or the lists know as a
  // person's (beyond its guess for a lone unknown word), a place's or another's ("Hokkaido", "Rococo"), a body's or
  // a place's name ("Khan Academy", "Cedar River"), or a letter ("R").
  // (Asked only of a name that heads an entry: most names head none.)
  return (
    name.length > 1 &&
    votesAndLists.ORG >= Math.max(loneUnknown ? 0 : votesAndLists.PER, votesAndLists.LOC, votesAndLists.MISC) &&
    !isGivenName(words[0]!, lexicon) &&
    !isPlaceOrBodyName(words, lexicon) &&
    !endsLikePlace(name)
  );
}

/** Evidence from the context of every mention, capped so the context cannot drown the name itself. */
function contextEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { scores } = evidence;
  // Context of each mention: a business word before or after, a title before, "<place>'s <name>". What the context adds
  // to each kind, over all mentions, is capped at 6, so a long article does not drown the name itself.
  const contextStart = { ...scores };
  for (const mention of facts.group) mentionEvidence(facts, evidence, mention);
  for (const kind of KINDS) scores[kind] = Math.min(scores[kind], contextStart[kind] + 6);
}

/** Evidence from the context of one mention: the words before it, after it and around it. */
function mentionEvidence(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention): void {
  const { tokens } = facts;
  titleRoleAndPlaceKindCues(facts, evidence, mention);
  employerCues(facts, evidence, mention);
  sourceAndMakerCues(facts, evidence, mention);
  nounBeforeCues(facts, evidence, mention);
  ownershipCues(facts, evidence, mention);
  listAndTickerCues(facts, evidence, mention);
  let after = pastAside(tokens, mention.end);
  const possessive = tokens[after] !== undefined && isPossessive(tokens[after]!.text);
  if (possessive) after++;
  businessWordAfterCues(facts, evidence, mention, after, possessive);
  brandAndChainCues(facts, evidence, mention);
  datelineSpeechAndOwnerCues(facts, evidence, mention, after);
  descriptionAndClauseCues(facts, evidence, mention, after, possessive);
}

/** Where the words after a name ending before `end` go on: past an aside in brackets, if one follows. */
function pastAside(tokens: readonly Token[], end: number): number {
  let after = end;
  // An aside in brackets ("Huawei (华为) said") does not separate a name from its verb.
  if (tokens[after]?.text === '(') {
    let close = after + 1;
    while (close < tokens.length && close - after < 8 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text === ')') after = close + 1;
  }
  return after;
}

/** Cues around one mention: a person's title before it or role after it, and the kind of place named with it ("the city of Ulsan"). */
function titleRoleAndPlaceKindCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention): void {
  const { tokens, words, lexicon } = facts;
  const { scores } = evidence;
  const sentence = tokens[mention.first]!.sentence;
  const previous = tokens[mention.first - 1];
  if (previous && previous.sentence === sentence && PERSON_TITLES.has(previous.lower)) scores.PER += 2;
  // "the city of Ulsan", "Japan's Aichi prefecture", "the Green Bay area": a place, named by what kind of place it is.
  if (isNamedPlaceAt(tokens, mention.first, mention.end)) evidence.placeNamed = true;
  // "Brandon Royal, product manager of AI infrastructure": a first name, and a role after a comma; "Angelique Brunner,
  // a developer and spokeswoman for the EB-5 Investment Coalition,": a role only a person holds.
  const apposition = words.length > 1 && tokens[mention.end]?.text === ',' ? appositiveRoleAfter(tokens, mention.end) : null;
  // "Jordan Whitfield, a general partner at ...": a role after a name of two name words (no common, business or body word).
  const nameWords = apposition !== null && !isKnownCompanyName(words[0]!, lexicon) && words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) && !lexicon.commonWords.has(word.toLowerCase()) && !isBodyOrBusinessWord(word.toLowerCase()));
  const personOnlyRole = apposition !== null && tokens.slice(apposition.first, apposition.end).some((token) => PERSON_ONLY_ROLE_HEADS.has(token.lower));
  // (Such a role as the head of "a …" outweighs one vote of the tagger for a body: "Le Van Tam, a Vinasun driver in …".)
  const personOnlyHead = apposition !== null && personOnlyHeadAfterArticle(tokens, apposition.first, apposition.end);
  if (apposition && (isGivenName(words[0]!, lexicon) || nameWords || personOnlyRole || personOnlyHead)) scores.PER += personOnlyHead ? 3.5 : 3;
}

/** Cues of one mention as someone's employer: a role's "at" or "for" before it, executives from it. */
function employerCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention): void {
  const { tokens, words, lexicon, name } = facts;
  const { scores } = evidence;
  // "an analyst at Bernstein", "a spokeswoman for Nissan": people work for bodies, not for places.
  // "Ryan Farley, CEO, LawnStarter", "the technologist at Abt": the employer of a person's role, a
  // business unless the role is a scholar's ("a professor at Stanford").
  const preposition = tokens[mention.first - 1]?.text;
  const employer =
    // (People work for people too: "a press secretary for George Bush"; a known business named after one stays one.)
    ((preposition === 'at' || ((preposition === 'for' || preposition === 'with') && !facts.worksForPerson)) && ROLE_HEADS.has(lowerOf(tokens[mention.first - 2]).replace(/s$/, ''))) ||
    isEmployerAfterRole(tokens, mention.first);
  // ("procurement executives from Aramark": executives come from businesses, or from places, "executives from Ohio".)
  if ((preposition === 'from' || preposition === 'at') && EXECUTIVES.has(lowerOf(tokens[mention.first - 2])) && !isAnyGivenName(words[0]!, lexicon) && !isListedPlace(name, lexicon)) {
    scores.ORG += 3;
    scores.LOC = 0;
    evidence.company += 2;
  }
  if (employer) {
    scores.ORG += 3.5;
    let scholar = false;
    for (let t = mention.first - 2; t >= Math.max(0, mention.first - 8); t--) if (ACADEMIC_ROLES.has(lowerOf(tokens[t]).replace(/s$/, ''))) scholar = true;
    if (!scholar) evidence.company += 1;
  }
}

/** Cues before one mention: a publisher, a business speaking of itself, a seller of data, a maker. */
function sourceAndMakerCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention): void {
  const { tokens, words, name } = facts;
  const { scores } = evidence;
  // "as reported by MarketScreener", "news from SD Times", "appeared on The Atlantic": a publisher.
  if (PUBLISHED_BEFORE.has(lowerOf(tokens[mention.first - 2])) && /^(?:by|in|on|from)$/.test(tokens[mention.first - 1]?.text ?? '')) {
    scores.ORG += 1;
    evidence.company += 2;
  }
  // "At Docker, we understand …", "At REI Co-op, our members …": a business speaking of itself, opening a sentence
  // (not a body's name, "At the Ford Foundation, we").
  if (isSelfIntroducedAt(tokens, mention.first, mention.end) && !hasBodyWord(words)) {
    scores.ORG += 3;
    scores.PER = 0;
    scores.LOC = 0;
    evidence.company += 2;
  }
  // "Data from Dealogic shows", "according to data from Kpler", "figures published on Monday by Rightmove": who sells
  // data is a business, unless the name is a body's ("data from Eurostat", "figures from the Census Bureau") or a survey's
  // initials ("data from the USDA", "NSDUH data"), or holds a function word ("Internet of Things").
  if (isDataSourceAt(tokens, mention.first) && !isBodyOrSurveyName(name, words)) {
    scores.ORG += 3;
    scores.PER = 0;
    evidence.company += 2;
  }
  // "a budget model from Breville", "coffees by Lavazza": products come from their makers.
  // ("Jardiance, sold by Boehringer Ingelheim and Eli Lilly": what sells or makes goods for sale.)
  const maker = tokens[mention.first - 1]?.text;
  if ((maker === 'from' || maker === 'by') && (OWNED_PRODUCTS.has(lowerOf(tokens[mention.first - 2])) || (maker === 'by' && SOLD_BY.has(lowerOf(tokens[mention.first - 2]))))) {
    scores.ORG += 3;
    evidence.company += 2;
  }
}

/** Cues before one mention: a business's cue or noun, a news outlet's wording, a body's noun. */
function nounBeforeCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention): void {
  const { tokens, words, lexicon, name } = facts;
  const { scores } = evidence;
  const cueBefore = businessCueBefore(tokens, mention.first);
  if (cueBefore !== null) {
    // What is owned in shares and stakes is a business whatever the tagger read after the preposition, and
    // so is a name right after a business noun ("the startup Vectara", "chipmaker Nvidia").
    const strong = CUES_ACROSS_PREPOSITIONS.has(cueBefore) || BUSINESS_NOUNS_BEFORE_NAME.has(tokens[mention.first - 1]?.text ?? '');
    scores.ORG += strong ? 3.5 : 2;
    evidence.company += 2;
  }
  // "consultancy Wood Mackenzie", "its insurance arm, Alcázar Vida,": a noun no person is called, right before the name.
  if (isNamedAfterBusinessNoun(tokens, mention.first, mention.end)) {
    scores.PER = 0;
    scores.ORG += 3.5;
    evidence.company += 2;
  }
  // "first reported by the Williamsport Sun-Gazette", "The Daily Nonpareil first reported", "according to the Tulsa World":
  // a news outlet's name, where the text says who reported or told it first.
  // (Not a person's name: "first reported by Christopher Heath, an Orlando TV reporter".)
  if (isWrittenAsOutlet(tokens, mention.first, mention.end) && !isAnyGivenName(words[0]!, lexicon)) {
    scores.PER = 0;
    scores.ORG += 3.5;
    evidence.company += 3;
  } else if (tokens[mention.first - 2]?.text === 'to' && /^[Tt]he$/.test(tokens[mention.first - 1]?.text ?? '') && /^[Aa]ccording$/.test(tokens[mention.first - 3]?.text ?? '') && /^[,.;:)]$/.test(tokens[mention.end]?.text ?? '.')) {
    // (The name ends the phrase: "according to the Sanders aide" names an aide.) Only a name with no body's word and no
    // initials leans to a business this way: "according to the Pew Research Center", "… the BLS" are bodies.
    scores.PER = 0;
    scores.ORG += 3;
    if (!/^\p{Lu}{2,}$/u.test(name) && !hasBodyWord(words) && !words.some((word) => /^(?:Center|Centre|Conference|Chamber|of)$/.test(word))) evidence.company += 1;
  }
  // "the shopworkers’ union Usdaw", "the charity Shelter", "energy regulator Ofgem": a noun for a body that is no
  // business, right before the name.
  // (Not a person's name: "the national coalition Obama enjoyed".)
  if (BODY_NOUNS_BEFORE_NAME.has(tokens[mention.first - 1]?.text ?? '') && !isKnownCompanyName(name, lexicon) && !lexicon.person.has(name) && !isAnyGivenName(words[0]!, lexicon)) {
    scores.ORG += 3.5;
    evidence.organization += 3;
  }
}

/** Cues of one mention's ownership: a business's title after it, a deal, an owner, a partner, a business's head or unit before it. */
function ownershipCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention): void {
  const { tokens, words, lexicon, name } = facts;
  const { scores } = evidence;
  const sentence = tokens[mention.first]!.sentence;
  // "Ledgerline co-founder Priyanka Desai", "Korvant’s CEO": a business's title after a name makes it a business.
  const titleAt = isPossessive(tokens[mention.end]?.text ?? '') ? mention.end + 1 : mention.end;
  if (tokens[titleAt]?.sentence === sentence && (isBusinessTitleAt(tokens, titleAt) || (titleAt > mention.end && isAppositiveAnalystTitleAt(tokens, mention.first, titleAt)))) {
    scores.ORG += 3.5;
    evidence.company += 3;
  }
  // "the acquisition of Bendi", "Convoy, once valued at $3.8 billion": what is bought, merged or valued is a business;
  // "Cigna's Evernorth division", "Nestle's Purina brand": so is a business's part or brand, owned by a name.
  // ("Walmart-owned Massmart": what a name owns is a business too; not the state's or a family's, "State-owned Codelco".)
  const ownedByName = tokens[mention.first - 1]?.text === '-owned' && !isFrequentWord(lowerOf(tokens[mention.first - 2]), lexicon);
  const ownedOrDealt = isDealObjectAt(tokens, mention.first) || ownedByName || isValuedOrOwnedAfter(tokens, mention.end) || isOwnedBusinessUnit(tokens, mention.first, mention.end, lexicon);
  if (ownedOrDealt && !lexicon.person.has(name) && !isGivenName(words[0]!, lexicon)) {
    scores.PER = 0;
    scores.ORG += 3.5;
    evidence.company += 3;
  }
  // "foodpanda, owned by Germany's Delivery Hero", "Clover, owned by Fiserv": what owns or runs a business is one, unless a
  // person's name says otherwise (a given name, or two name words or more no dictionary holds: "owned by Abdulhadi Yildirim").
  if (isOwnerAt(tokens, mention.first, mention.end) && !facts.personShaped && !lexicon.person.has(name) && !lexicon.misc.has(name) && !isAnyGivenName(words[0]!, lexicon)) {
    scores.ORG += 3;
    evidence.company += 2;
  }
  // "VAST recently partnered with FPT", "a strategic partnership with Google Cloud": what a business partners with is one,
  // unless a person's name, a place's or a state university's ("a partnership with Ozark State").
  if (isPartnerAt(tokens, mention.first) && !facts.personShaped && !lexicon.person.has(name) && !isListedPlace(name, lexicon) && !isAnyGivenName(words[0]!, lexicon) && words[words.length - 1] !== 'State' && tokens[mention.end]?.text !== 'State') {
    scores.ORG += 3;
    evidence.company += 2;
  }
  // "co-owner of Keatley Medical Nutrition Therapy", "CEO of Lumora": what an owner or a chief executive heads is a business;
  // "the insurance arm of Maybank", "a unit of Elevance Health": so is what owns a business's part (not "the political arm of").
  if (isBusinessHeadBefore(tokens, mention.first) || (ownsUnitBefore(tokens, mention.first) && !isPossessive(tokens[mention.end]?.text ?? '') && !isListedPlace(name, lexicon) && !isAnyGivenName(words[0]!, lexicon))) {
    scores.ORG += 3.5;
    evidence.company += 3;
  }
}

/** Cues of one mention in a list of places' or businesses' examples, or before a stock ticker. */
function listAndTickerCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention): void {
  const { tokens } = facts;
  const { scores } = evidence;
  const listCue = listCueBefore(tokens, mention.first);
  if (inListOfPlaces(tokens, mention.first, listCue)) scores.LOC += 6;
  if (inListOfBusinesses(tokens, mention.first, mention.end, listCue)) {
    scores.ORG += 3.5;
    evidence.company += 3;
  }
  // "Tesco (TSCO.L)", "IBM (NYSE: IBM)": a stock ticker in brackets after a name is a listed company's.
  if (isTickerAside(tokens, mention.end)) {
    scores.ORG += 4;
    evidence.company += 4;
  }
}

/** Cues after one mention (`after` past an aside and its `possessive`): a business's word or product, a business's unit. */
function businessWordAfterCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention, after: number, possessive: boolean): void {
  const { tokens, words, lexicon } = facts;
  const { scores } = evidence;
  const sentence = tokens[mention.first]!.sentence;
  // What a name owns may be named first: "Zencoder’s Zenflow tool", "Mistral’s Devstral 2 model".
  let ownedName = 0;
  while (possessive && ownedName < 2 && tokens[after + ownedName] && (isCapitalised(tokens[after + ownedName]!.text) || /^\d/.test(tokens[after + ownedName]!.text))) ownedName++;
  // ("their Canadian revenues": a people's adjective before a business's noun is no business.)
  const adjective = !possessive && words.length === 1 && isDemonymLike(words[0]!, lexicon);
  for (let t = after + ownedName; !adjective && t < Math.min(tokens.length, after + ownedName + 3); t++) {
    const token = tokens[t]!;
    if (token.sentence !== sentence || isCapitalised(token.text) || STOP_AFTER.test(token.text)) break;
    const lower = token.lower;
    // After a possessive, a product is a business's ("Zencoder’s Zenflow tool"); right after a name it names the product ("Devstral model").
    if (COMPANY_CUE_AFTER.has(lower) || (possessive && OWNED_PRODUCTS.has(lower))) {
      scores.ORG += 2;
      evidence.company += 2;
      break;
    }
  }
  // "Wistron and its server-making unit Wiwynn": what owns a business's unit is a business.
  if (tokens[after]?.text === 'and' && tokens[after + 1]?.text === 'its') {
    for (let t = after + 2; t < Math.min(tokens.length, after + 6); t++) {
      if (!BUSINESS_UNITS.has(tokens[t]!.text)) continue;
      scores.ORG += 3;
      evidence.company += 3;
      break;
    }
  }
}

/** Cues of one mention as a business's modifier: before a brand's noun or an offer's code, or a business's head after "the". */
function brandAndChainCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention): void {
  const { tokens, words, lexicon, name } = facts;
  const { scores } = evidence;
  const previous = tokens[mention.first - 1];
  // "the Geekworm brand", "a Zara brand jacket", "the Universal Thirst foundry": a name right before "brand", "foundry"
  // or "brokerage" is a business's, unless a nationality's or a place's ("the French brand", "a Parisian foundry",
  // "NYC-made brand").
  // So is a name before a code for a discount ("💲Daily Harvest discount code RUNTOTHEFINISH").
  if ((BRAND_NOUNS.has(tokens[mention.end]?.text ?? '') || isOfferCodeAt(tokens, mention.end)) && words.length <= 3 && !lexicon.misc.has(name) && !isListedPlace(name, lexicon) && !/-(?:made|based|born|owned)$/i.test(name) && !(words.length === 1 && /(?:ian|ean|ese|ish)$/.test(name))) {
    scores.ORG += 4;
    evidence.company += 3;
  }
  // "the Albert Heijn supermarket chain", "the Hy-Vee grocery chain": a name between "the" and the head of a business
  // no person is called is that business's (not a place's: "the Texas company", "the Aleutian Islands chain").
  if (
    /^(?:the|The)$/.test(previous?.text ?? '') &&
    words.length <= 3 &&
    !isListedPlace(name, lexicon) &&
    !PLACE_DESCRIPTION_HEADS.has(words[words.length - 1]!.toLowerCase()) &&
    !lexicon.misc.has(name) &&
    isBusinessHeadAfter(tokens, mention.end)
  ) {
    scores.ORG += 4;
    scores.PER = -Infinity;
    evidence.company += 3;
  }
}

/** Cues of one mention: a dateline, what its statement says of it ("said it", "said he"), a place owning it ("the UK's BT"). */
function datelineSpeechAndOwnerCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention, after: number): void {
  const { tokens, words, lexicon } = facts;
  const { scores } = evidence;
  const sentence = tokens[mention.first]!.sentence;
  const previous = tokens[mention.first - 1];
  // A dateline ("PARIS (Reuters) -", "TOKYO —", "SAN JOSE, California, Feb 12") names a place (not a name in capitals
  // opening a paragraph before its description, "DAZN, the London-based streaming service, …", or a list's heading,
  // "ADT - Most Complete Security System with Cameras").
  // (The paragraph's rest is read only for a name in capitals opening it.)
  const atBlockStart = mention.first === 0 || tokens[mention.first - 1]!.block !== tokens[mention.first]!.block;
  const dateline =
    atBlockStart &&
    /^[\p{Lu}\s.]+$/u.test(tokens[mention.first]!.text) &&
    ((/^[(\-–—]$/.test(tokens[mention.end]?.text ?? '') && !isTitleCaseRestOfBlock(tokens, mention.end + 1)) ||
      (tokens[mention.end]?.text === ',' && !LOWER_CASE_START.test(tokens[mention.end + 1]?.text ?? '')));
  if (dateline) scores.LOC += 6;
  // "X said it ..." / "X said its ..." speaks of a body; "X said he ..." of a person.
  const verb = tokens[after];
  if (verb && verb.sentence === sentence && STATEMENT_VERBS.has(verb.text)) {
    for (let t = after + 1; t < Math.min(tokens.length, after + 5); t++) {
      const word = tokens[t]!.text;
      if (word === 'it' || word === 'its') {
        scores.ORG += word === 'its' ? 3 : 2;
        evidence.company += 1;
        break;
      }
      if (/^(he|she|his|her)$/.test(word)) {
        scores.PER += 2;
        break;
      }
    }
  }
  // "Evans and his team", "Smith and her coauthors": what has a team of its own called "his" or "her" is a person.
  if (verb?.text === 'and' && /^(?:his|her)$/.test(tokens[after + 1]?.text ?? '') && tokens[after + 1]!.sentence === sentence) scores.PER += 2;
  if (previous && isPossessive(previous.text) && words.length === 1) {
    const owner = tokens[mention.first - 2];
    // Places rarely own places: "the UK's BT" is a business or a body, not a town, and more often a business.
    if (owner && isListedPlace(owner.text, lexicon)) {
      scores.ORG += 2.5;
      evidence.company += 1;
    }
  }
}

/** Cues after one mention: what the text says it is, a list's entry it heads, its parent company, "which" after it, a source telling it. */
function descriptionAndClauseCues(facts: NameFacts, evidence: ClusterEvidence, mention: NameMention, after: number, possessive: boolean): void {
  const { tokens, name } = facts;
  const { scores } = evidence;
  const sentence = tokens[mention.first]!.sentence;
  const previous = tokens[mention.first - 1];
  // "JP Urban Moving is a family-owned moving company", "Vectara, a startup that ...": the text says what it is.
  // ("Buc-ee's, the Texas travel-center chain": a possessive before the comma is the name's own.)
  const described = describedAs(tokens, isPossessive(tokens[mention.end]?.text ?? '') && tokens[mention.end + 1]?.text === ',' ? mention.end + 1 : mention.end);
  if (described === 'company') {
    scores.ORG += 3;
    evidence.company += 3;
  } else if (described === 'organization') {
    scores.ORG += 3;
    evidence.organization += 3;
  }
  // "Passwork" … "Passwork is an enterprise-grade …": an entry of a list of what readers may buy or use, headed by its name.
  if (headsParagraphBefore(tokens, mention.first, mention.end) && described !== 'place' && mayHeadEntry(facts)) {
    scores.ORG += 2.5;
    evidence.company += 2;
  }
  // "Boots, whose parent company Walgreens …", "Instagram's parent company": a business has a parent company.
  const parentAt = possessive ? after : tokens[after]?.text === ',' && tokens[after + 1]?.text === 'whose' ? after + 2 : -1;
  if (parentAt >= 0 && tokens[parentAt]?.text === 'parent' && tokens[parentAt + 1]?.text === 'company') {
    scores.ORG += 3.5;
    evidence.company += 3;
  }
  // "X, which ..." speaks of a thing or a body, never of a person; "X, which operates 300 stores", of a business.
  if (tokens[after]?.text === ',' && tokens[after + 1]?.text === 'which' && tokens[after]!.sentence === sentence) {
    scores.ORG += 3;
    // ("Ahold Delhaize, which also owns the Albert Heijn chain": an adverb may come before the verb.)
    const verb = tokens[after + 2]?.text === 'also' || tokens[after + 2]?.text === 'now' ? after + 3 : after + 2;
    if (BUSINESS_VERBS.has(tokens[verb]?.text ?? '')) evidence.company += 2;
  }
  // The one a source "told" is mostly a news outlet ("told Reuters", "sources tell TMZ"); with "the", never a person
  // ("told the Press-Gazette").
  if (previous && TELL_FORMS.has(previous.text)) evidence.company += 2;
  if (previous?.text === 'the' && TELL_FORMS.has(tokens[mention.first - 2]?.text ?? '')) {
    scores.ORG += 3;
    scores.PER = 0;
    // (Not "told the I.R.S.": dotted initials are a public body's, in the papers that write them so.)
    if (!/^(?:\p{Lu}\.){2,}$/u.test(name)) evidence.company += 2;
  }
}

/** The adjustments after every mention's context is read: a place named by its kind, a company's alias, a prefixed word, a place's ending. */
function finalAdjustments(facts: NameFacts, evidence: ClusterEvidence): void {
  const { words, name } = facts;
  const { scores } = evidence;
  // (A people's or a language's word stays what the tagger read it as: "the Yemeni region", "the English area"; a business
  // named after its town stays one where a legal form or a business cue says so: "Antofagasta plc" … "the city of Antofagasta".)
  if (evidence.placeNamed && scores.MISC <= 0 && evidence.company < 3) {
    scores.PER = 0;
    scores.LOC = Math.max(scores.LOC, scores.ORG) + 1;
  }
  companyAliasEvidence(facts, evidence);
  // "Trans-Pacific Partnership", "Multi-Factor Authentication", "Non-Fungible Tokens": a word opening with a prefix and
  // a hyphen is no person's name; with nothing else for it, the name is a thing's (a term, a pact), no body's.
  if (words.some((word) => PREFIXED_WORD.test(word))) {
    scores.PER = 0;
    if (scores.ORG <= 0 && scores.LOC <= 0) scores.MISC = Math.max(scores.MISC, 1);
  }
  // "Grant County", "Rhode Island", "Yankee Stadium": a name ending in a place's head word is no person's but a place's,
  // unless something else says what it is.
  if (endsLikePlace(name)) {
    scores.PER = 0;
    if (scores.ORG <= 0 && scores.LOC <= 0 && scores.MISC <= 0) scores.LOC = 1;
  }
  // "the Mississippi River", "the Hormuz Strait", "the Korean Peninsula": a natural feature's name is a
  // place's, whatever the tagger or a business word nearby says, unless a legal form names a business after it.
  if (words.length > 1 && NATURAL_FEATURE_HEADS.has(words[words.length - 1]!) && !evidence.legalForm) {
    scores.LOC = Math.max(scores.LOC, scores.ORG, scores.PER) + 1;
    evidence.company = 0;
  }
}

/** Heads of the names of rivers, straits, peninsulas, canyons, mountain ranges and seas, which no business's name ends in. */
const NATURAL_FEATURE_HEADS = new Set(['River', 'Strait', 'Peninsula', 'Canyon', 'Mountains', 'Sea', 'Ocean']);

/** Evidence from a company's alias ("ATT"), where the words of its mentions' sentences say which company it stands for. */
function companyAliasEvidence(facts: NameFacts, evidence: ClusterEvidence): void {
  const { tokens, group, name } = facts;
  const { scores } = evidence;
  for (const alias of COMPANY_ALIASES) {
    if (name !== alias.surface) continue;
    const sentenceIds = new Set(group.map((mention) => tokens[mention.first]!.sentence));
    const context = tokens.some((token) => sentenceIds.has(token.sentence) && alias.cues.has(token.lower));
    if (context) {
      evidence.aliased = alias.canonical;
      scores.ORG += 5;
      evidence.company += 5;
    }
  }
}

/** The cluster's kind, the best of its scores, and whether it is a company's. */
function decide(facts: NameFacts, evidence: ClusterEvidence): ClusterDecision {
  const { votesAndLists, city } = facts;
  const { scores } = evidence;
  const kind = bestKind(scores);
  // A body's name with nothing that marks a business (a legal form, a business word, a known company, a
  // business cue around it) is read as an organisation: on real pages most such names are bodies,
  // landmarks or headings, and an organisation is shown as less than a company, not as something else.
  return { kind, company: evidence.company > evidence.organization && !(city && !evidence.legalForm), organizationEvidence: evidence.organization, scores, votes: votesAndLists, aliased: evidence.aliased, firm: scores[kind] > votesAndLists[kind] };
}

/** One cluster's kind and whether it is a company's: the tagger's votes and the lists, then the name, then every mention's context. */
export function scoreCluster(
  tokens: readonly Token[],
  group: readonly NameMention[],
  words: readonly string[],
  lexicon: ReturnType<typeof learnedLexicon>,
): ClusterDecision {
  const evidence: ClusterEvidence = { scores: { PER: 0, ORG: 0, LOC: 0, MISC: 0 }, company: 0, organization: 0, legalForm: false, placeNamed: false, aliased: null };
  const name = words.join(' ');
  // A lone unknown word read as a person is the tagger's usual guess for an unseen company name.
  const loneUnknown = words.length === 1 && !lexicon.person.has(name) && !group.some((mention) => PERSON_TITLES.has(lowerOf(tokens[mention.first - 1])));
  const votesAndLists = taggerAndListVotes(evidence.scores, group, name, loneUnknown, lexicon);
  const facts: NameFacts = {
    tokens,
    group,
    words,
    lexicon,
    name,
    loneUnknown,
    votesAndLists,
    city: isListedCity(name),
    worksForPerson: words.length > 1 && isGivenName(words[0]!, lexicon) && !isKnownCompanyName(name, lexicon) && !isBusinessWord(words[words.length - 1]!.toLowerCase()),
    personShaped: words.length >= 2 && words.every((word) => TITLE_CASE_WORD.test(word) && !isFrequentWord(word.toLowerCase(), lexicon)),
  };
  nameEvidence(facts, evidence);
  contextEvidence(facts, evidence);
  finalAdjustments(facts, evidence);
  return decide(facts, evidence);
}
