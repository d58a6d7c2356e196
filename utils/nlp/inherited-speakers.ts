// Quotes with no cue of their own: a paragraph continuing a quote keeps its speaker, a quote standing alone takes the
// speaker of the paragraph before.
import type { NameMention } from './types.ts';
import type { Token } from './tokenize.ts';
import { type AttributedQuote, type AttributionContext, clusterOf, isMark, tokenAt } from './attribution-context.ts';
import { isSubjectLike } from './name-phrases.ts';
import { resolvePronoun } from './pronouns.ts';
import { makeQuote } from './quote-speakers.ts';
import type { DirectQuote } from './direct-quotes.ts';
import { partitionPoint } from '../sorted/partition-point.ts';

/** A direct quote or a reported one, in the one list of the text's quotes in text order. */
type QuoteEntry = Omit<DirectQuote, 'span'> & { span: DirectQuote['span'] | null; reported: boolean };

/** The quotes of the text in text order, direct and reported, where a quote with no cue of its own has the speaker it carries on from. */
export function inheritSpeakers(ctx: AttributionContext, direct: readonly DirectQuote[], reported: readonly AttributedQuote[]): AttributedQuote[] {
  const { tokens, mentions } = ctx;
  const results: AttributedQuote[] = [];
  // (Gathered in loops: the engine's inlined `map` kept dropping its optimised code of this whole function for the
  // empty and the filled arrays here, text after text.)
  const all: QuoteEntry[] = [];
  // (Written out field by field, in the order of the reported ones below: all the entries share one shape, which the
  // engine reads fastest; spread copies took the varied shapes of the direct quotes.)
  for (const entry of direct) all.push({ result: entry.result, span: entry.span, cued: entry.cued, standalone: entry.standalone, unnamed: entry.unnamed, reported: false });
  for (const result of reported) all.push({ result, span: null, cued: true, standalone: false, unnamed: false, reported: true });
  all.sort((a, b) => a.result.quote.start - b.result.quote.start);
  let previous: QuoteEntry | null = null;
  // The latest direct quote whose cue names nobody ("…,” said a longtime adviser to Trump"), while no named
  // speaker has come since: the next quote of its paragraph without a cue is that voice's too.
  let unnamedVoice: QuoteEntry | null = null;
  for (const entry of all) {
    if (!entry.result.quote.speaker && entry.span && !entry.unnamed && !continuesUnnamedVoice(tokens, unnamedVoice, entry)) {
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
  return results;
}

/** Whether a quote without a cue carries on the voice of `unnamedVoice`, an unnamed speaker's quote: in its paragraph, or a paragraph continuing a quote. */
function continuesUnnamedVoice(tokens: readonly Token[], unnamedVoice: QuoteEntry | null, entry: QuoteEntry): boolean {
  return unnamedVoice !== null && entry.span !== null && !entry.cued && (entry.span.mark.continued || tokens[entry.span.first]?.block === tokens[unnamedVoice.span!.first]?.block);
}

/** Whether a person is named between tokens `from` and `to` (`mentions` in text order; a binary search). */
function hasPersonBetween(ctx: AttributionContext, from: number, to: number): boolean {
  const { mentions } = ctx;
  for (let index = partitionPoint(mentions.length, (at) => mentions[at]!.first < from); index < mentions.length && mentions[index]!.first < to; index++) if (clusterOf(ctx, mentions[index]!)?.type === 'person') return true;
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
