import type { NameMention } from './types.ts';
import { COMMON_ACRONYMS } from './gazetteer.ts';
import { endsLikeOrganisation, endsLikePlace, isNamedByOrdinaryWord, looksLikePerson, readsAsBody } from './speech-person.ts';
import { CAPITALS_LABEL } from './speech-words.ts';
import { type AttributedQuote, type AttributionContext, type AttributionInput, clusterOf, createAttributionContext, hasHonorific, isMark, tokenAt } from './attribution-context.ts';
import { isSubjectLike } from './name-phrases.ts';
import { resolvePronoun } from './pronouns.ts';
import { makeQuote } from './quote-speakers.ts';
import { findDirectQuotes } from './direct-quotes.ts';
import { findReportedSpeech } from './reported-speech.ts';
import { findLabelledSpeech, readsAsFigure } from './labelled-speech.ts';
export { isHeadlineCue, isQuoteCue, isSpeechVerbForm } from './speech-verbs.ts';
export { commaBeforeSubject, opensObjectPhrase } from './reported-clauses.ts';
export { isAccordingToSource, isSubjectLike } from './name-phrases.ts';
export { unnamedSubjectBefore } from './speech-subjects.ts';
export type { AttributedQuote, AttributionInput } from './attribution-context.ts';

export function attributeQuotes(input: AttributionInput): AttributedQuote[] {
  const ctx = createAttributionContext(input);
  const { text, tokens, mentions, clusters, lexicon, mentionByToken, mentionEndingAt, quoteSpans, insideQuote, insideMarks, adhocClusters, personBySurname, personByGivenName } = ctx;

  const results: AttributedQuote[] = [];

  // Direct quotes.
  const direct = findDirectQuotes(ctx);

  // Reported speech: "X said (that) ...", "..., X said.", "according to X, ...".
  const reported = findReportedSpeech(ctx);
  findLabelledSpeech(ctx, reported);

  // Quotes with no cue of their own: a paragraph continuing a quote keeps its speaker; a quote standing
  // alone takes the speaker of the paragraph before (the latest attribution, else the latest person named).
  // (Gathered in loops: the engine's inlined `map` kept dropping its optimised code of this whole function for the
  // empty and the filled arrays here, text after text.)
  type QuoteEntry = Omit<(typeof direct)[number], 'span'> & { span: (typeof direct)[number]['span'] | null; reported: boolean };
  const all: QuoteEntry[] = [];
  for (const entry of direct) all.push({ ...entry, reported: false });
  for (const result of reported) all.push({ result, span: null, cued: true, standalone: false, unnamed: false, reported: true });
  all.sort((a, b) => a.result.quote.start - b.result.quote.start);
  let previous: (typeof all)[number] | null = null;
  // The latest direct quote whose cue names nobody ("…,” said a longtime adviser to Trump"), while no named
  // speaker has come since: the next quote of its paragraph without a cue is that voice's too.
  let unnamedVoice: (typeof all)[number] | null = null;
  const continuesUnnamedVoice = (entry: (typeof all)[number]): boolean =>
    unnamedVoice !== null && entry.span !== null && !entry.cued && (entry.span.mark.continued || tokens[entry.span.first]?.block === tokens[unnamedVoice.span!.first]?.block);
  for (const entry of all) {
    if (!entry.result.quote.speaker && entry.span && !entry.unnamed && !continuesUnnamedVoice(entry)) {
      const first = entry.span.first;
      const block = tokens[Math.min(first, tokens.length - 1)]?.block ?? 0;
      let speakerMention: NameMention | null = null;
      const previousBlock = previous ? tokens[tokenAt(tokens, previous.result.quote.start)]?.block ?? -9 : -9;
      // A quote whose cue names nobody ("…, adding, “…”") in the same paragraph keeps the current speaker,
      // unless, for a quote without a cue, a sentence after the last quote has a new subject ("Sen. Bernie
      // Sanders … identified young voters’ exhaustion …. “The younger people are …”").
      if (previous && previous.result.speakerCluster !== null && (entry.span.mark.continued || block === previousBlock || (!entry.cued && block - previousBlock <= 1))) {
        const cluster = previous.result.speakerCluster;
        const since = tokenAt(tokens, previous.result.quote.end);
        const newer = !entry.cued && !entry.span.mark.continued && hasPersonBetween(ctx, since, first) ? resolvePronoun(ctx, first - 1, 'someone', since) : null;
        // A name right before the mark is what the quote is about ("President Mahmoud Abbas “has put aside
        // efforts …”"), not a new speaker.
        const isNewSpeaker = newer !== null && isSubjectLike(tokens, newer) && !(newer.end === first - 1 && isMark(ctx, first - 1));
        speakerMention = isNewSpeaker ? newer : nearestMentionOf(mentions, cluster, first);
      }
      // A quote standing alone is read like "he said": the subject of the nearest sentence naming a person,
      // not a person that sentence only mentions ("… took swipes at Jeb Bush. “…”").
      if (!speakerMention && !entry.cued && entry.standalone) speakerMention = resolvePronoun(ctx, first - 1, 'someone');
      if (speakerMention) entry.result = makeQuote(ctx, entry.result.quote.start, entry.result.quote.end, 'direct', { mention: speakerMention, first: speakerMention.first, end: speakerMention.end });
    }
    results.push(entry.result);
    if (entry.result.speakerCluster !== null && (entry.result.reportsWords || entry.result.speaksOf)) {
      previous = entry;
      unnamedVoice = null;
    } else if (entry.span && entry.unnamed) unnamedVoice = entry;
  }

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
  /**
   * A name in capitals that labels two or more turns ("WALLACE: …" … "WALLACE: …") is a speaker of a
   * transcript; a label used once ("CLARIFICATION:") may be a heading, and "Q:" and "A:" are no names.
   */
  // A label in capitals before a colon, then words spoken: not "INTERVAL: Up to 100,000 miles" or "PRICE: $373" in a list of facts.
  const isTranscriptLabel = (mention: NameMention): boolean => {
    const label = text.slice(tokens[mention.first]!.start, tokens[mention.end - 1]!.end);
    if (tokens[mention.end]?.text !== ':' || label.length < 3 || !CAPITALS_LABEL.test(label)) return false;
    const lineEnd = text.indexOf('\n', tokens[mention.end]!.end);
    const turn = text.slice(tokens[mention.end]!.end, lineEnd < 0 ? text.length : lineEnd).trim();
    return !readsAsFigure(turn) && turn.split(/\s+/).length >= 4;
  };
  // ("FYI:" twice is a note's label, not a speaker's: common initials name nobody.)
  const isTranscriptSpeaker = (speakerMentions: readonly NameMention[]): boolean =>
    speakerMentions.filter(isTranscriptLabel).length >= 2 && !speakerMentions.some((mention) => COMMON_ACRONYMS.has(tokens[mention.first]!.text));
  // Untyped speakers that read as people ("White House Press Secretary Josh Earnest said") join the
  // people; the others ("Republicans said", "Correction:") stay unnamed voices.
  for (const cluster of adhocClusters.values()) {
    if (cluster.mentions.length === 0 || endsLikeOrganisation(cluster.canonical) || endsLikePlace(cluster.canonical) || readsAsBody(tokens, cluster.mentions, cluster.nameTokens.length)) continue;
    if (looksLikePerson({ tokens, mentions: cluster.mentions, isPersonToken, hasHonorific: honorificBefore }) || isTranscriptSpeaker(cluster.mentions)) clusters.set(cluster.id, cluster);
  }
  return results;
}

/** Whether a person is named between tokens `from` and `to` (`mentions` in text order; a binary search). */
function hasPersonBetween(ctx: AttributionContext, from: number, to: number): boolean {
  const { mentions } = ctx;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.first < from) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < mentions.length && mentions[index]!.first < to; index++) if (clusterOf(ctx, mentions[index]!)?.type === 'person') return true;
  return false;
}

/** The mention of a cluster nearest before token `index` (else the first after it). */
function nearestMentionOf(mentions: readonly NameMention[], cluster: number, index: number): NameMention | null {
  let best: NameMention | null = null;
  for (const mention of mentions) {
    if (mention.cluster !== cluster) continue;
    if (mention.first < index) best = mention;
    else return best ?? mention;
  }
  return best;
}
