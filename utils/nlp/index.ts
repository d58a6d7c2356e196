export type { EntityType, EntityMention, Person, Quote, TextAnalysis } from './types.ts';
export type { TextSpan } from '../anchoring/types.ts';
import type { EntityCluster, EntityMention, NameMention, Person, TextAnalysis } from './types.ts';
import { attributeQuotes, type AttributedQuote } from './attribution.ts';
import type { TextSpan } from '../anchoring/types.ts';
import { isOrdinaryWordsName } from './cluster-kind.ts';
import { detectEntities } from './entities.ts';
import { COMPANY_SUFFIXES } from './gazetteer.ts';
import { learnedLexicon } from './lexicon.ts';
import { roleAt } from './roles.ts';
import { hasTitleBefore, isLoneGivenName } from './speech-person.ts';
import { tokenize, type Token } from './tokenize.ts';

/**
 * Whether token `index` is a legal-form suffix whose dot also ends its sentence: "KDDI Corp." at the end
 * of a sentence highlights as "KDDI Corp" (the dot is the full stop), while in "NationsBank Corp. said"
 * the dot belongs to the abbreviation.
 */
export function endsSentenceWithSuffixDot(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.text.length < 2 || !token.text.endsWith('.') || !COMPANY_SUFFIXES.has(token.lower)) return false;
  const next = tokens[index + 1];
  return !next || next.sentence !== token.sentence;
}

/** The clusters that speak in `entries`, as speakers or co-speakers (gathered in a loop: `flatMap` is slow in V8). */
function speakingClusters(entries: readonly AttributedQuote[]): Set<number> {
  const clusters = new Set<number>();
  for (const entry of entries) {
    if (entry.speakerCluster !== null) clusters.add(entry.speakerCluster);
    if (entry.coSpeakerCluster !== null) clusters.add(entry.coSpeakerCluster);
  }
  return clusters;
}

/** What a page tells of its text beyond the text itself. */
export interface TextAnalysisOptions {
  /** The spans of the text the page sets off as block quotes (`<blockquote>`): their paragraphs are quotes, marks or not. */
  blockQuotes?: readonly TextSpan[];
}

/**
 * Finds companies, organisations, people, places, quotes and speakers in an article body.
 * Offsets are UTF-16 indices into `text`, end exclusive.
 */
export function analyzeText(text: string, options: TextAnalysisOptions = {}): TextAnalysis {
  if (typeof text !== 'string' || text.length === 0) return { entities: [], people: [], quotes: [] };
  const tokenized = tokenize(text);
  const { tokens } = tokenized;
  const found = detectEntities(tokenized);
  const clusters = new Map<number, EntityCluster>(found.clusters.map((cluster) => [cluster.id, cluster]));

  const mentionByToken = new Map<number, NameMention>();
  for (const mention of found.mentions) for (let t = mention.first; t < mention.end; t++) mentionByToken.set(t, mention);
  const roles = new Map<number, string | null>();
  const addRoles = () => {
    for (const cluster of clusters.values()) {
      if (cluster.type !== 'person' || roles.has(cluster.id)) continue;
      let role: string | null = null;
      for (const mention of cluster.mentions) {
        role = roleAt(text, tokens, mention, (index) => mentionByToken.get(index));
        if (role) break;
      }
      roles.set(cluster.id, role);
    }
  };
  addRoles();

  const attributed = attributeQuotes({ text, tokens, sentences: tokenized.sentences, mentions: found.mentions, clusters, roles, blockQuotes: options.blockQuotes });
  // Attribution may find that a speaker typed as a company or place is a person, or a person the tagger
  // missed: they get their role too.
  addRoles();
  // Only words: the object of a reporting verb ("ordered a cruise missile strike") is no quote to show, and makes nobody quoted.
  const words = attributed.filter((entry) => entry.reportsWords);
  const quotedClusters = speakingClusters(words);

  // "Machine Learning", "Privacy Policy", "Comparison Table": a name of ordinary words only, read as a person's and the
  // speaker of nothing in the text, is a thing's or a heading's, and no name to show.
  const lexicon = learnedLexicon();
  const speakers = speakingClusters(attributed);
  const notNamed = new Set<number>();
  for (const cluster of clusters.values()) {
    if (cluster.type !== 'person' || !isOrdinaryWordsName(tokens, cluster.mentions, cluster.nameTokens, lexicon)) continue;
    // "Perfect Privacy acknowledges …", "Ultimate Ears describes …": one that speaks is a body, most often a business.
    if (speakers.has(cluster.id)) clusters.set(cluster.id, { ...cluster, type: 'organization' });
    else notNamed.add(cluster.id);
  }

  const entities: EntityMention[] = found.mentions.filter((mention) => !notNamed.has(mention.cluster)).map((mention) => {
    const cluster = clusters.get(mention.cluster)!;
    const start = tokens[mention.first]!.start;
    const last = tokens[mention.end - 1]!;
    const end = last.end - (endsSentenceWithSuffixDot(tokens, mention.end - 1) ? 1 : 0);
    return { type: cluster.type, start, end, text: text.slice(start, end), canonical: cluster.canonical };
  });
  const people: Person[] = [...clusters.values()]
    .filter((cluster) => cluster.type === 'person' && !notNamed.has(cluster.id))
    .map((cluster) => ({
      name: cluster.canonical,
      role: roles.get(cluster.id) ?? null,
      mentions: cluster.mentions.map((mention) => ({ start: tokens[mention.first]!.start, end: tokens[mention.end - 1]!.end })),
      quoted: quotedClusters.has(cluster.id) && !isLoneGivenName(cluster.nameTokens, cluster.mentions.some((mention) => hasTitleBefore(tokens, mention.first))),
    }));
  return { entities, people, quotes: words.map((entry) => entry.quote) };
}
