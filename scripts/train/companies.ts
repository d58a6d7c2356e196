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
}

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
    // Unseen words are left to the tagger: a list of rare names would mostly add the list's mistakes.
    if (!usage || usage.midSentence < MIN_USES || usedAsOtherThanCompany(usage)) continue;
    kept.add(word);
  }
  return [...kept].sort();
}
