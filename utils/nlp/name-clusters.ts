// Mentions with the same name form a cluster; a lone surname joins the full name it ends, a short form the longer name.
import { COMPANY_SUFFIXES, isBusinessWord, PLACES } from './gazetteer.ts';
import { isAnyGivenName, isFrequentWord, isGivenName, isListedPlace } from './lexicon.ts';
import { MASTHEADS, readAsPlaceOrMisc } from './cluster-kind.ts';
import type { NameMention } from './types.ts';
import type { Token } from './tokenize.ts';
import {
  clusterKey,
  GENERATIONAL_SUFFIX,
  hasMiddleInitial,
  isAllCaps,
  isBodyOrBusinessWord,
  isCapitalised,
  isKnownCompanyName,
  KOREAN_GIVEN_NAME,
  lowerOf,
  nameTokens,
  NON_LATIN_LETTERS,
  oneSpaceApart,
  surfaceOf,
  SURNAME_SHAPE,
} from './name-words.ts';
import { addGivenName, endsWithLoneSurname, resolveSharedSurname } from './surnames.ts';
import { TITLE_CASE_WORD } from './word-shapes.ts';
import type { NameContext } from './name-context.ts';

/** A word in capitals only, of two letters or more, perhaps hyphenated ("PARK-ELLIS"). */
const CAPITALS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;

/** Clusters of the mentions that share a name, before short forms join longer names. */
interface SameNameClusters {
  /** Each cluster's canonical words. */
  readonly clusterWords: string[][];
  /** Each cluster's mentions. */
  readonly clusterMentions: NameMention[][];
  /** Clusters by their name's key (`clusterKey`). */
  readonly byKey: Map<string, number>;
}

/**
 * Mentions with the same name form a cluster, named by its longest form in running text; a name followed by its
 * spelling in another script joins it. Sets each mention's `cluster`, and leaves `mentions` in text order.
 */
function sameNameClusters(tokens: readonly Token[], mentions: NameMention[]): SameNameClusters {
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
  return { clusterWords, clusterMentions, byKey };
}

/** Multi-word clusters indexed by last word (people) and first word (organisations): linear, not pairwise. */
interface ClusterIndexes {
  /** People named in full by their surname (the last of them with it). */
  readonly byLastWord: Map<string, number>;
  /** The same surnames in capitals, for a name written in capitals only: a transcript's speaker ("PARK-ELLIS:"). */
  readonly byLastWordInCapitals: Map<string, number>;
  /** Every person named in full, by surname, in order of first mention ("Barack Obama", "Michelle Obama"). */
  readonly peopleBySurname: Map<string, number[]>;
  /** Bodies and businesses by the first word of their names (the first of them with it). */
  readonly byFirstWord: Map<string, number>;
  /** Businesses by the first words of a name that ends in a legal form ("Saguaro Ridge" for "Saguaro Ridge Communities LLC"); -1 when two share them. */
  readonly byLongerName: Map<string, number>;
  /** People by given name ("Hillary" for "Hillary Clinton"); -1 when two people of the text share it. */
  readonly byGivenName: Map<string, number>;
  /** Newspapers by their masthead word ("Post" for "The Washington Post"); -1 when two of the text end with it. */
  readonly byMasthead: Map<string, number>;
  /**
   * People by the last two words or more of a full name of three words or more ("Wasserman Schultz" for "Debbie
   * Wasserman Schultz", "Le Pen" for "Marine Le Pen"); -1 when two people of the text share them.
   */
  readonly byCompoundSurname: Map<string, number>;
}

/** The indexes of a text's clusters by the words a short form of their names would be. */
function clusterIndexes({ tokens, lexicon }: NameContext, { clusterWords, clusterMentions, byKey }: SameNameClusters): ClusterIndexes {
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
  return { byLastWord, byLastWordInCapitals, peopleBySurname, byFirstWord, byLongerName, byGivenName, byMasthead, byCompoundSurname };
}

/** Each cluster's root as short forms join longer names (a union-find over the clusters' ids). */
class ClusterRoots {
  private readonly parent: number[] = [];

  constructor(count: number) {
    // (Filled in a loop: an array made by `map` is packed or holey as the engine's tier that ran it chose, and the code
    // reading it was dropped each time it met the other kind.)
    for (let id = 0; id < count; id++) this.parent.push(id);
  }

  root(id: number): number {
    return this.parent[id] === id ? id : (this.parent[id] = this.root(this.parent[id]!));
  }

  /** Makes cluster `id` one with `target`'s. */
  join(id: number, target: number): void {
    this.parent[id] = this.root(target);
  }
}

/** The one person whose compound surname every mention opens, the next word being the rest of it, or undefined. */
function compoundSurnameAt({ tokenized, tokens }: NameContext, byCompoundSurname: ReadonlyMap<string, number>, group: readonly NameMention[]): number | undefined {
  let found: number | undefined;
  for (const mention of group) {
    const next = tokens[mention.end];
    if (!next || !oneSpaceApart(tokenized, mention.end - 1, mention.end)) return undefined;
    const person = byCompoundSurname.get(`${surfaceOf(tokens, mention.first, mention.end)} ${next.text}`);
    if (person === undefined || person < 0 || (found !== undefined && found !== person)) return undefined;
    found = person;
  }
  return found;
}

/**
 * "Yahoo" is not short for "Yahoo Japan", written after it: a lone first word stands for a longer
 * organisation name only when the text gave the long name first, or when the rest of it is business
 * words ("Toyota" ... "Toyota Motor Corp").
 */
function shortFormOf({ lexicon, inTitle }: NameContext, { clusterWords, clusterMentions }: SameNameClusters, short: number, long: number): boolean {
  const longWords = clusterWords[long]!;
  if (longWords.slice(1).every((word) => isBusinessWord(word.toLowerCase()))) return true;
  // (A known company's own name is short for no product of it, whichever came first: "Google" beside "Google Home";
  // but for another known company's name it is: "CVS" beside "CVS Health".)
  if (isKnownCompanyName(clusterWords[short]!.join(' '), lexicon) && !isKnownCompanyName(longWords.join(' '), lexicon)) return false;
  const firstInBody = (id: number): number => clusterMentions[id]!.find((mention) => !inTitle(mention.first))?.first ?? Infinity;
  return firstInBody(long) < firstInBody(short);
}

/** A lone surname joins the full name it ends, a given name its one person, a business's short name its longer name. */
function joinShortForms(context: NameContext, clusters: SameNameClusters, indexes: ClusterIndexes, roots: ClusterRoots): void {
  const { tokens, lexicon } = context;
  const { clusterWords, clusterMentions } = clusters;
  const { byLastWord, byLastWordInCapitals, peopleBySurname, byFirstWord, byLongerName, byGivenName, byMasthead, byCompoundSurname } = indexes;
  for (let id = 0; id < clusterWords.length; id++) {
    const words = clusterWords[id]!;
    // "Wasserman Schultz said" after "Debbie Wasserman Schultz": a compound surname alone (opening with no given name,
    // read as no body or place) is the one person of the text whose full name ends with it.
    if (words.length >= 2 && byCompoundSurname.size > 0 && !isAnyGivenName(words[0]!, lexicon) && !readAsPlaceOrMisc(clusterMentions[id]!)) {
      const person = byCompoundSurname.get(words.join(' '));
      if (person !== undefined && person >= 0 && person !== id && clusterMentions[id]!.every((mention) => mention.modelKind !== 'ORG')) {
        roots.join(id, person);
        continue;
      }
    }
    if (words.length >= 2 && byLongerName.size > 0) {
      const longer = byLongerName.get(words.join(' '));
      // (The short form written no more often than the long one: a name written often on its own is a name of its own.)
      // (Nor one the tagger read as a place: "Las Vegas" of "Las Vegas Sands Corp.")
      if (longer !== undefined && longer >= 0 && longer !== id && shortFormOf(context, clusters, id, longer) && clusterMentions[id]!.length <= clusterMentions[longer]!.length && !readAsPlaceOrMisc(clusterMentions[id]!)) roots.join(id, longer);
      continue;
    }
    if (words.length !== 1 || PLACES.has(words[0]!)) continue;
    // "Harden" + "Bradford cautions", which the tagger cut: the first word of a compound surname, written before the rest of it.
    const compound = byCompoundSurname.size > 0 ? compoundSurnameAt(context, byCompoundSurname, clusterMentions[id]!) : undefined;
    if (compound !== undefined) {
      roots.join(id, compound);
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
      (organisation !== undefined && shortFormOf(context, clusters, id, organisation) ? organisation : undefined) ??
      (paper !== undefined && paper >= 0 ? paper : undefined);
    if (target !== undefined && target !== id) roots.join(id, target);
  }
}

/**
 * Mentions with the same name form a cluster; a lone surname joins the full name it ends, a business's short name its
 * longer one. Each mention's `cluster` is set to its cluster's id; `clusterWords` holds each cluster's canonical words.
 */
export function formClusters(context: NameContext, mentions: NameMention[]): { clusterWords: string[][]; groups: Map<number, NameMention[]> } {
  const clusters = sameNameClusters(context.tokens, mentions);
  const roots = new ClusterRoots(clusters.clusterWords.length);
  joinShortForms(context, clusters, clusterIndexes(context, clusters), roots);
  const groups = new Map<number, NameMention[]>();
  for (const mention of mentions) {
    const id = roots.root(mention.cluster);
    mention.cluster = id;
    const list = groups.get(id) ?? [];
    list.push(mention);
    groups.set(id, list);
  }
  return { clusterWords: clusters.clusterWords, groups };
}

