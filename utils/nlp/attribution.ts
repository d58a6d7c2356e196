// Quotes and their speakers, in five passes over one per-text context (attribution-context.ts): direct quotes that read
// as speech, each tied to its cue (direct-quotes.ts, quote-cues.ts); reported speech, "X said that …", "according to X"
// (reported-speech.ts, reported-clauses.ts); "Name: statement" lines (labelled-speech.ts); quotes with no cue of their own,
// which take the speaker they carry on from (inherited-speakers.ts); and the speakers' types (speaker-types.ts). A speech
// verb's subject is found in speech-subjects.ts, what a pronoun stands for in pronouns.ts, how a name stands in its phrase
// in name-phrases.ts, and a quote's speaker is made in quote-speakers.ts.
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
