// Known company names for the entity rules, from @cspell/dict-companies (MIT): a spelling list of company
// names, one word a line, that also holds the ordinary words, places, people's names and university
// names those names are made of ("Computer", "Aachen", "Goldman", "Motors"). Only the words that name a
// business on their own are kept, judged by lexicons and by how news text uses each word.
import { ORGANIZATION_NAME_WORDS } from '../../utils/nlp/gazetteer.ts';
import { tokenize } from '../../utils/nlp/tokenize.ts';

/** How news text uses one capitalised word. */
export interface WordUsage {
  /** Uses written in lower case ("apple"), anywhere. */
  lowerCase: number;
  /** Capitalised uses not at a sentence's start. */
  midSentence: number;
  /** Of those, uses right after another capitalised word: the word is the inside of longer names ("General Motors"). */
  afterName: number;
  /** Uses right before another capitalised word: the word opens longer names ("Hong Kong", "Johns Hopkins"). */
  beforeName: number;
  /** Uses right before an organisation head ("Harvard University"): the word names a non-business body. */
  beforeBody: number;
  /** Uses right after "in", "from", "near" or "of": where places are written ("in Aberdeen", "University of Cincinnati"). */
  afterPlaceWord: number;
}

const CAPITALISED = /^\p{Lu}/u;
const PLACE_WORDS_BEFORE = new Set(['in', 'from', 'near', 'of']);
/** Uses mid-sentence a word needs in the news text to be judged at all. */
const MIN_USES = 3;

/**
 * Entries the list holds as the first or last word of a longer business name, or as a product's name, that news
 * text writes alone as something else: places ("Kyushu" of Kyushu Electric, "Irvine", "Groningen"), people's
 * names ("Cheng", "Marsh", "Warner"), adjectives ("Christian", "Imperial", "Noble"), products and platforms that
 * are not businesses ("Mac", "Xbox", "Bing", "Ethereum") and ambiguous initials ("CMS", "CPC", "AAA"). Read off
 * the generated list, not off any evaluation: the usage counts cannot tell these from a business's name.
 */
export const NOT_A_BUSINESS_ALONE = new Set(
  (
    'alpha|apache|aston|aaa|aes|baxter|berkeley|bing|chapel|cheng|christian|cms|commonwealth|cpc|csail|decker|docusaurus|erie|ethereum|eurasian|' +
    'freiburg|groningen|hewlett|hua|imperial|irvine|kyushu|mac|marine|marsh|mills|monterey|nagel|noble|nova|pinnacle|warner|xbox'
  ).split('|'),
);

/** Spellings only brands have: an inner capital, a digit, capitalised parts joined by a hyphen, a web address. */
const BRAND_SPELLING = /^\p{Lu}+\p{Ll}+\p{Lu}|\d|^\p{Lu}\p{L}*-\p{Lu}|\.(?:com|net)$/u;

/** Counts, for the words in `wanted` (as written), how `texts` use them (and their lower-case forms). */
export function wordUsage(texts: Iterable<string>, wanted: ReadonlySet<string>): Map<string, WordUsage> {
  const byLowerCase = new Map<string, string[]>();
  for (const word of wanted) {
    const lower = word.toLowerCase();
    if (lower !== word) byLowerCase.set(lower, [...(byLowerCase.get(lower) ?? []), word]);
  }
  const usage = new Map<string, WordUsage>();
  const entry = (word: string): WordUsage => {
    let found = usage.get(word);
    if (!found) usage.set(word, (found = { lowerCase: 0, midSentence: 0, afterName: 0, beforeName: 0, beforeBody: 0, afterPlaceWord: 0 }));
    return found;
  };
  for (const text of texts) {
    const { tokens } = tokenize(text);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      const spellings = byLowerCase.get(token.text);
      if (spellings) for (const word of spellings) entry(word).lowerCase++;
      if (index === 0 || !wanted.has(token.text) || tokens[index - 1]!.sentence !== token.sentence) continue;
      const use = entry(token.text);
      use.midSentence++;
      if (CAPITALISED.test(tokens[index - 1]!.text)) use.afterName++;
      if (PLACE_WORDS_BEFORE.has(tokens[index - 1]!.text)) use.afterPlaceWord++;
      const next = tokens[index + 1];
      if (!next || next.sentence !== token.sentence) continue;
      if (CAPITALISED.test(next.text)) use.beforeName++;
      if (ORGANIZATION_NAME_WORDS.has(next.text.toLowerCase())) use.beforeBody++;
    }
  }
  return usage;
}

/** What else a capitalised word can be: the evidence a word list entry is checked against. */
export interface CompanyWordFilters {
  /** Lower-cased words that name places or people, frequent ordinary words, and the generic words of names ("motors"). */
  otherNames: ReadonlySet<string>;
  /** Lower-cased words a general lexicon knows as businesses: kept whatever else they are and however news writes them. */
  organizations: ReadonlySet<string>;
  /** How news text uses the entries (see `wordUsage`). */
  usage: ReadonlyMap<string, WordUsage>;
  /** Entries only a stock listing gives, each a listed company's whole name (see `listedOneWordNames`): judged by their own rule. */
  listed?: ReadonlySet<string>;
  /** Lower-cased names of places: a compound of one is a place's or a body's ("Wisconsin-Madison", "Mid-America"). */
  places?: ReadonlySet<string>;
}

/** Surnames' prefixes, whose inner capital is no brand's spelling ("McGill", "McMaster" are universities). */
const SURNAME_PREFIX = /^(?:Mc|Mac)\p{Lu}/u;

/**
 * Whether news text uses a word as something other than a business name of its own: as an ordinary
 * word, as the inside or
 * the opening of longer names ("Motors", "Hong"), where places are written, or before "University". (The tagger's own reading is no
 * guide here: learned from 1996 news, it reads most of today's companies, Google, Uber, Twitter, as
 * people or places, which is why this list exists.)
 */
function usedAsOtherThanCompany(usage: WordUsage): boolean {
  const { lowerCase, midSentence, afterName, beforeName, afterPlaceWord, beforeBody } = usage;
  // An ordinary word first ("research", "target"), a name only now and then; "apple" is rarer than "Apple".
  if (lowerCase >= midSentence) return true;
  return afterName > 0.6 * midSentence || beforeName >= 0.9 * midSentence || afterPlaceWord >= 0.2 * midSentence || beforeBody > 0.15 * midSentence;
}

/**
 * The entries of a company word list that name a business on their own: those a lexicon knows as
 * businesses, and others of at least three characters that are not a place's or a person's name, written mid-sentence in the news text at least `MIN_USES` times and not used there
 * mostly as another kind of name, as the inside of longer names, or as the name of a university or
 * another body. Sorted, without duplicates.
 */
export function companyNamesFromWordList(lines: readonly string[], filters: CompanyWordFilters): string[] {
  const kept = new Set<string>();
  for (const line of lines) {
    const word = line.trim();
    if (!word || word.startsWith('#') || word.length < 3 || !/^[\p{Lu}\d]/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (filters.organizations.has(lower)) {
      kept.add(word);
      continue;
    }
    if (filters.otherNames.has(lower) || NOT_A_BUSINESS_ALONE.has(lower)) continue;
    const usage = filters.usage.get(word);
    if (filters.listed?.has(word)) {
      // A whole listed company's name may be rare in the news text: seen there at least once and never otherwise (not
      // even once after another name, as a surname is: "Bob Woodward"), or unseen but spelled as only brands are
      // ("AbbVie", "Five9", "Coca-Cola"), where an unseen plain word may be a surname or a town ("Kirby", "Cadiz").
      const seen = usage !== undefined && usage.midSentence > 0;
      if (seen ? usage.lowerCase > 0 || usage.afterName > 0 || usedAsOtherThanCompany(usage) : !BRAND_SPELLING.test(word)) continue;
    } else if (BRAND_SPELLING.test(word) && !SURNAME_PREFIX.test(word) && !lower.split('-').some((part) => filters.places?.has(part))) {
      // Spelled as no ordinary word, place or person is ("AstraZeneca", "Sherwin-Williams", "Audio-Technica"), which the
      // tagger, learned from 1996 news, reads as no name or as a compound of peoples ("Anglo-Dutch"): kept unless news
      // text writes it otherwise, however rare it is there.
      if (usage && (usage.midSentence >= MIN_USES ? usedAsOtherThanCompany(usage) : usage.lowerCase > 0 || usage.afterName > 0 || usedAsOtherThanCompany(usage))) continue;
    } else if (!usage || usage.midSentence < MIN_USES || usedAsOtherThanCompany(usage)) {
      // Unseen words are left to the tagger: a list of rare names would mostly add the list's mistakes.
      continue;
    }
    kept.add(word);
  }
  return [...kept].sort();
}

/** What a listing adds after a company's name: legal forms, share classes, listing kinds. */
const LISTING_TAIL =
  /(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|Limited|plc|PLC|N\.V\.|S\.A\.|S\.p\.A\.|AG|SE|L\.P\.|LP|LLC|ADR|ADS|\(The\)|\(Holding Company\)|Class [A-Z]\b.*|Common Stock.*|American Depositary.*|Ordinary Shares.*|-\s.*))+$/u;
/** Securities that are no business of their own: funds, trusts, notes, warrants, blank-cheque companies. */
const NOT_A_BUSINESS_LISTING = /\b(?:Fund|Funds|ETF|ETN|Trust|Notes?|Warrants?|Units?|Rights|Preferred|Depositary|Debentures|Acquisition|Index|Shares|Portfolio|Income|Municipal|Strategies|Opportunities|Capital Corp|Bond|Treasury|TEST)\b|%|\$/u;
/** Function words inside a name, which a listing may capitalise ("Royal Bank Of Canada"). */
const INNER_FUNCTION_WORDS = new Map([['Of', 'of'], ['And', 'and'], ['The', 'the'], ['For', 'for'], ['De', 'de']]);

/** The names of listed companies a news text may write, of two words or more (see `listedCompanyNames`). */
export interface ListedCompanyFilters {
  /** Lower-cased ordinary words: a name made of them alone ("Financial Institutions", "Public Storage") is no name to look for. */
  ordinaryWords: ReadonlySet<string>;
  /** First names: a name opening with one ("Charles Schwab", "Ralph Lauren") is as often a person's. */
  givenNames: ReadonlySet<string>;
  /** Names of places and public bodies, as written. */
  otherNames: ReadonlySet<string>;
}

/** A listing's issuer name as news writes it, in words ("Royal Bank of Canada" from "Royal Bank Of Canada, Inc."), or null for a security that is no business. */
function listingName(issuer: string): string[] | null {
  if (NOT_A_BUSINESS_LISTING.test(issuer)) return null;
  const name = issuer
    .replace(/&#39;/g, '’')
    .replace(LISTING_TAIL, '')
    .replace(/\s+(?:&|and)$/u, '')
    .replace(/^The\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Listings in capitals only ("STARWOOD PROPERTY TRUST") do not say how a text writes the name.
  if (!/\p{Ll}/u.test(name)) return null;
  const words = name.split(' ').map((word, index) => (index > 0 ? (INNER_FUNCTION_WORDS.get(word) ?? word) : word));
  // Every word a capitalised one of two letters or more ("U S Concrete" is a listing's spelling), or a function word.
  return words.every((word) => /^[\p{Lu}\d][\p{L}\d.’&\-]/u.test(word) || word === '&' || /^(?:of|and|the|for|de)$/.test(word)) ? words : null;
}

/**
 * Names of listed companies as news writes them, from a stock exchange listing's issuer names ("Sempra
 * Energy", "Royal Bank of Canada" from "Royal Bank Of Canada"): without legal form, share class or a leading
 * "The"; only names of two words or more, each capitalised or a function word, not all of them ordinary
 * words, not opening with a first name, not a place's or a body's name. Funds, trusts, notes and other
 * securities are left out. Sorted, without duplicates.
 */
export function listedCompanyNames(issuers: Iterable<string>, filters: ListedCompanyFilters): string[] {
  const kept = new Set<string>();
  for (const issuer of issuers) {
    const words = listingName(issuer);
    if (!words || words.length < 2) continue;
    if (filters.givenNames.has(words[0]!) || filters.otherNames.has(words.join(' '))) continue;
    const content = words.filter((word) => /^\p{Lu}/u.test(word) && word !== '&');
    if (content.every((word) => filters.ordinaryWords.has(word.toLowerCase()))) continue;
    kept.add(words.join(' '));
  }
  return [...kept].sort();
}

/** The one-word names of a listing's issuers ("Lennar" from "Lennar Corporation"), to be judged like any word list's entries. */
export function listedOneWordNames(issuers: Iterable<string>): string[] {
  const kept = new Set<string>();
  for (const issuer of issuers) {
    const words = listingName(issuer);
    // (Not a possessive: "Carter’s", "Fred’s" are as often a person's.)
    if (words && words.length === 1 && /^\p{Lu}\p{Ll}/u.test(words[0]!) && !words[0]!.endsWith('’s')) kept.add(words[0]!);
  }
  return [...kept].sort();
}
