// The types of the speakers, settled once the quotes are attributed: a speaker typed as a body that reads as a person
// becomes one, a person named like a body becomes one, and untyped speakers that read as people join the people.
import type { NameMention } from './types.ts';
import { COMMON_ACRONYMS } from './gazetteer.ts';
import { endsLikeOrganisation, endsLikePlace, isNamedByOrdinaryWord, looksLikePerson, readsAsBody } from './speech-person.ts';
import { CAPITALS_LABEL } from './speech-words.ts';
import { type AttributedQuote, type AttributionContext, clusterOf, hasHonorific } from './attribution-context.ts';
import { readsAsFigure } from './labelled-speech.ts';

/** Settles the types of the speakers found: bodies and places that read as people become people, people named like bodies become bodies, untyped speakers that read as people join the clusters. */
export function settleSpeakerTypes(ctx: AttributionContext, results: readonly AttributedQuote[]): void {
  const { tokens, clusters, mentionByToken, adhocClusters } = ctx;
  // Speakers typed as a company, organisation or place that read as people become people; speakers typed
  // as people whose names end like a body's ("the Brennan Center", "a national Gallup Poll") become bodies.
  const checked = new Set<number>();
  const isPersonToken = (index: number): boolean => clusterOf(ctx, mentionByToken.get(index))?.type === 'person';
  const honorificBefore = (word: string): boolean => hasHonorific(ctx, word);
  for (const { speakerCluster } of results) {
    const cluster = speakerCluster === null ? undefined : clusters.get(speakerCluster);
    if (!cluster || checked.has(cluster.id)) continue;
    checked.add(cluster.id);
    if (cluster.type === 'person') {
      // "Sen. Frank Church" elsewhere keeps "Frank Church" a person.
      if (hasHonorific(ctx, cluster.nameTokens[cluster.nameTokens.length - 1] ?? '')) continue;
      if (endsLikePlace(cluster.canonical)) cluster.type = 'location';
      else if (endsLikeOrganisation(cluster.canonical) || readsAsBody(tokens, cluster.mentions, cluster.nameTokens.length) || isNamedByOrdinaryWord(tokens, cluster.nameTokens, cluster.mentions)) cluster.type = 'organization';
      continue;
    }
    // (Not a name ending in a place's head word, "Straits Harbour": no person's.)
    if (!endsLikePlace(cluster.canonical) && looksLikePerson({ tokens, mentions: cluster.mentions, isPersonToken, hasHonorific: honorificBefore })) cluster.type = 'person';
  }
  // Untyped speakers that read as people ("White House Press Secretary Josh Earnest said") join the
  // people; the others ("Republicans said", "Correction:") stay unnamed voices.
  for (const cluster of adhocClusters.values()) {
    if (cluster.mentions.length === 0 || endsLikeOrganisation(cluster.canonical) || endsLikePlace(cluster.canonical) || readsAsBody(tokens, cluster.mentions, cluster.nameTokens.length)) continue;
    if (looksLikePerson({ tokens, mentions: cluster.mentions, isPersonToken, hasHonorific: honorificBefore }) || isTranscriptSpeaker(ctx, cluster.mentions)) clusters.set(cluster.id, cluster);
  }
}

/** A label in capitals before a colon, then words spoken: not "INTERVAL: Up to 100,000 miles" or "PRICE: $373" in a list of facts. */
function isTranscriptLabel(ctx: AttributionContext, mention: NameMention): boolean {
  const { text, tokens } = ctx;
  const label = text.slice(tokens[mention.first]!.start, tokens[mention.end - 1]!.end);
  if (tokens[mention.end]?.text !== ':' || label.length < 3 || !CAPITALS_LABEL.test(label)) return false;
  const lineEnd = text.indexOf('\n', tokens[mention.end]!.end);
  const turn = text.slice(tokens[mention.end]!.end, lineEnd < 0 ? text.length : lineEnd).trim();
  return !readsAsFigure(turn) && turn.split(/\s+/).length >= 4;
}

/**
 * A name in capitals that labels two or more turns ("WALLACE: …" … "WALLACE: …") is a speaker of a
 * transcript; a label used once ("CLARIFICATION:") may be a heading, and "Q:" and "A:" are no names.
 */
function isTranscriptSpeaker(ctx: AttributionContext, speakerMentions: readonly NameMention[]): boolean {
  const { tokens } = ctx;
  // ("FYI:" twice is a note's label, not a speaker's: common initials name nobody.)
  let labels = 0;
  for (const mention of speakerMentions) if (isTranscriptLabel(ctx, mention)) labels++;
  return labels >= 2 && !speakerMentions.some((mention) => COMMON_ACRONYMS.has(tokens[mention.first]!.text));
}
