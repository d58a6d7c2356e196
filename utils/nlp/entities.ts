// Names in a text, in six stages over one per-text context (name-context.ts): the tagger's spans made candidates
// (span-candidates.ts) and completed by the names it left alone (untagged-names.ts); businesses' names made whole by
// their legal forms and business words (business-names.ts); every other place the text writes a name (recurring-names.ts);
// one cluster per entity, a surname with its full name, a short form with a business's longer name (name-clusters.ts);
// each cluster's type, on its own (cluster-kind.ts) and beside the text's other names (cluster-typing.ts); and, here,
// the entities the clusters become.
import { COMMON_ACRONYMS, COMPANY_SUFFIXES, isBusinessWord } from './gazetteer.ts';
import { learnedLexicon } from './lexicon.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import { confidentPerson, isGroupPlural, isSetOffByBusinessDescription, type ClusterDecision, longestWords } from './cluster-kind.ts';
import { isHeadingPhrase, isKnownCompanyOrBody, isOrdinaryLowerWord } from './company-lists.ts';
import type { EntityCluster, EntityResult, EntityType, NameMention } from './types.ts';
import { PLURAL_ACRONYM, isCapitalised, isKnownCompanyName, isSentenceFirstWord, LEGAL_FORM_WORDS, lowerOf, positionsOfWords } from './name-words.ts';
import { LOWER_CASE_START } from './word-shapes.ts';
import { nameContext, type NameContext } from './name-context.ts';
import { spanCandidates } from './span-candidates.ts';
import { addUntaggedNames } from './untagged-names.ts';
import { extendBusinessNames, webAddressPaths } from './business-names.ts';
import { findRecurringMentions } from './recurring-names.ts';
import { formClusters } from './name-clusters.ts';
import { typeClusters } from './cluster-typing.ts';

/** Finds, types and clusters the names in tokenized text. */
export function detectEntities(tokenized: TokenizedText): EntityResult {
  const context = nameContext(tokenized);
  // 1. Tagger spans, trimmed and split, and the names the tagger left alone.
  const { candidates, productEnds } = spanCandidates(context);
  addUntaggedNames(context, candidates);
  // 2. Legal-form suffixes and business words extend a name or reveal one the tagger missed ("Foo Bar Inc").
  const inWebPath = webAddressPaths(tokenized);
  extendBusinessNames(context, candidates, inWebPath);
  // 3. Names seen outside headlines are found again wherever they recur.
  const mentions = findRecurringMentions(context, candidates, inWebPath);
  // 4. Mentions with the same name form a cluster.
  const { clusterWords, groups } = formClusters(context, mentions);
  // 5. Each cluster's type.
  const { typed, listNames } = typeClusters(context, mentions, clusterWords, groups, productEnds);
  // 6. Clusters become entities.
  return entitiesOfClusters(context, groups, typed, clusterWords, listNames);
}

/** Clusters become entities; other names (MISC, weak single-word people) are dropped. */
function entitiesOfClusters(
  context: NameContext,
  groups: ReadonlyMap<number, NameMention[]>,
  typed: ReadonlyMap<number, ClusterDecision>,
  clusterWords: readonly string[][],
  listNames: ReadonlySet<number>,
): EntityResult {
  const { tokenized, tokens, lexicon, inTitle, writtenInLowerCase } = context;
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
    // (Asked only of a name read as a body or a business: most names are not.)
    if (
      decision.kind === 'ORG' &&
      !decision.aliased &&
      isHeadingPhrase(words, lexicon, writtenInLowerCase, group.some((mention) => isInRunningText(tokens, mention)), listNames.has(id)) &&
      !group.some((mention) => COMPANY_SUFFIXES.has(lowerOf(tokens[mention.end - 1])))
    )
      continue;
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

/** Whether token `index` opens with a lower-case letter in sentence `sentence`. */
function lowerCaseAt(tokens: readonly Token[], index: number, sentence: number): boolean {
  return tokens[index]?.sentence === sentence && LOWER_CASE_START.test(tokens[index]!.text);
}

/** Whether the name at `first` is an item of a list a sentence opens ("retailers such as West Elm, Nordstrom, Crate & Barrel, Wayfair"). */
function listedInSentence(tokens: readonly Token[], first: number, sentence: number): boolean {
  if (!/^(?:,|and|or)$/.test(tokens[first - 1]?.text ?? '')) return false;
  let at = first - 1;
  while (at > 0 && first - at < 40 && tokens[at]!.sentence === sentence && (/^(?:,|and|or|&)$/.test(tokens[at]!.text) || isCapitalised(tokens[at]!.text))) at--;
  return lowerCaseAt(tokens, at, sentence);
}

/**
 * Whether a mention is written in running text, next to a lower-case word, where the words of a name are not a
 * heading's ("machines from Light & Wonder", "National Grid said"); so are the words of a name after a comma that follows
 * a lower-case word ("said Rafi Friedman, president, Coastal Luxury Outdoors."), and an item of a list a sentence opens.
 */
function isInRunningText(tokens: readonly Token[], mention: NameMention): boolean {
  const sentence = tokens[mention.first]!.sentence;
  return (
    lowerCaseAt(tokens, mention.first - 1, sentence) ||
    lowerCaseAt(tokens, mention.end, sentence) ||
    (tokens[mention.first - 1]?.text === ',' && lowerCaseAt(tokens, mention.first - 2, sentence)) ||
    (tokens[mention.end]?.text === ',' && lowerCaseAt(tokens, mention.end + 1, sentence)) ||
    listedInSentence(tokens, mention.first, sentence)
  );
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
