import { type AttributedQuote, type AttributionInput, createAttributionContext } from './attribution-context.ts';
import { findDirectQuotes } from './direct-quotes.ts';
import { findReportedSpeech } from './reported-speech.ts';
import { findLabelledSpeech } from './labelled-speech.ts';
import { inheritSpeakers } from './inherited-speakers.ts';
import { settleSpeakerTypes } from './speaker-types.ts';
export { isHeadlineCue, isQuoteCue, isSpeechVerbForm } from './speech-verbs.ts';
export { commaBeforeSubject, opensObjectPhrase } from './reported-clauses.ts';
export { isAccordingToSource, isSubjectLike } from './name-phrases.ts';
export { unnamedSubjectBefore } from './speech-subjects.ts';
export type { AttributedQuote, AttributionInput } from './attribution-context.ts';

/**
 * The quotes of a text, direct and reported, each with its speaker's cluster, in text order. Retypes and adds speakers'
 * clusters in `input.clusters` (see `AttributionInput`).
 */
export function attributeQuotes(input: AttributionInput): AttributedQuote[] {
  const ctx = createAttributionContext(input);
  // Direct quotes.
  const direct = findDirectQuotes(ctx);
  // Reported speech: "X said (that) ...", "..., X said.", "according to X, ...".
  const reported = findReportedSpeech(ctx);
  findLabelledSpeech(ctx, reported);
  // Quotes with no cue of their own: a paragraph continuing a quote keeps its speaker; a quote standing
  // alone takes the speaker of the paragraph before (the latest attribution, else the latest person named).
  const results = inheritSpeakers(ctx, direct, reported);
  settleSpeakerTypes(ctx, results);
  return results;
}
