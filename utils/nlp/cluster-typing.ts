// The type of each cluster: scored on its own (cluster-kind.ts), then beside the text's other names: coordinated names,
// lists of companies, a business's other names and its products.
import { CALENDAR_WORDS, COMMON_ACRONYMS, isBusinessWord } from './gazetteer.ts';
import { isAnyGivenName, isGivenName, isListedPlace } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { bestKind, type ClusterDecision, type Kind, KINDS, scoreCluster } from './cluster-kind.ts';
import { companyListHeadings, isKnownCompanyOrBody, isOrdinaryLowerWord, listCompletions } from './company-lists.ts';
import type { NameMention } from './types.ts';
import {
  isKnownCompanyName,
  isModelWord,
  isPlaceOrBodyName,
  looseKey,
  NAME_JOINERS,
  nameTokens,
  positionsOfWords,
  ROLE_WORDS,
  surfaceOf,
} from './name-words.ts';
import { namesMakersOfProducts } from './products.ts';
import { UPPER_CASE_START } from './word-shapes.ts';
import type { NameContext } from './name-context.ts';

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

/** A text's clusters as their types are decided: their mentions in order, canonical words, mentions by cluster and types. */
interface TypedClusters {
  readonly mentions: readonly NameMention[];
  readonly clusterWords: string[][];
  readonly groups: Map<number, NameMention[]>;
  readonly typed: Map<number, ClusterDecision>;
}

/** Coordinated names ("ZTE and Huawei", "ATT and Verizon") usually share a type: a weak vote. */
function voteCoordinatedNames({ tokens }: NameContext, { mentions, typed }: TypedClusters): void {
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
}

/**
 * "such as Viator, GetYourGuide, Expedia, Tiqets and Booking.com": capitalised words the tagger left alone
 * in a list of companies are companies too.
 */
function typeListedCompanies({ tokenized, tokens, lexicon, writtenInLowerCase }: NameContext, { mentions, clusterWords, groups, typed }: TypedClusters): Set<number> {
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
  return listNames;
}

/**
 * "Pottery Barn Kids", "Pottery Barn Teen" beside "Pottery Barn": no person's name opens with the name of a business
 * of the text (of two words or more: "Ford" opens "Ford Frick"); it names another of its businesses.
 */
function typeOtherNamesOfBusinesses({ clusterWords, groups, typed }: TypedClusters): void {
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
}

/**
 * "Coros Apex", "Suunto Run", "Apple CarPlay" beside the business Coros, Suunto or Apple: a name the tagger read as a
 * person's that opens with the one-word name of a business of the text, and no given name, is one of its products.
 * Not a business's own longer name ("Compaq Computer").
 */
function typeProductsOfBusinesses({ tokens, lexicon }: NameContext, { clusterWords, groups, typed }: TypedClusters): void {
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
}

/**
 * "Acer Nitro 16", "Acer Chromebook 516 GE" … "Acer did include an Ethernet port": a maker named before its products.
 * (A known company named before a product's model, "Acer" of "Acer Nitro 16", makes its other names' products too: "the Acer Nitro".)
 */
function typeMakersOfProducts({ tokens, lexicon, writtenInLowerCase }: NameContext, { clusterWords, groups, typed }: TypedClusters, productEnds: ReadonlyMap<number, number>): void {
  const productMakers = new Set<string>();
  for (const first of productEnds.keys()) productMakers.add(tokens[first - 1]!.text);
  namesMakersOfProducts(tokens, groups, clusterWords, typed, lexicon, writtenInLowerCase, productMakers);
}

/**
 * "Lumix S5 II" of "Panasonic Lumix S5 II", and "Lumix" or "Galaxy" wherever the text writes it beside "Panasonic Lumix S5 II"
 * or "Samsung Galaxy Buds 3": a known company's product or line, whatever a list or a cue around it made of it.
 */
function typeProductLines({ tokens, lexicon }: NameContext, { clusterWords, groups, typed }: TypedClusters, productEnds: ReadonlyMap<number, number>): void {
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
}

/**
 * Each cluster's type, from the tagger's votes, the name itself, its context and learned lists (`scoreCluster`), then
 * from the text's other names; and the clusters a list of companies names (whose words a heading's would be).
 */
export function typeClusters(
  context: NameContext,
  mentions: readonly NameMention[],
  clusterWords: string[][],
  groups: Map<number, NameMention[]>,
  productEnds: ReadonlyMap<number, number>,
): { typed: Map<number, ClusterDecision>; listNames: Set<number> } {
  const typed = new Map<number, ClusterDecision>();
  for (const [id, group] of groups) typed.set(id, scoreCluster(context.tokens, group, clusterWords[id]!, context.lexicon));
  const clusters: TypedClusters = { mentions, clusterWords, groups, typed };
  voteCoordinatedNames(context, clusters);
  const listNames = typeListedCompanies(context, clusters);
  typeOtherNamesOfBusinesses(clusters);
  typeProductsOfBusinesses(context, clusters);
  typeMakersOfProducts(context, clusters, productEnds);
  typeProductLines(context, clusters, productEnds);
  return { typed, listNames };
}

