import type { MatchingPage } from '../page.ts';
import { sharedRunLength } from '../similarity.ts';
import type { TextSpan } from '../types.ts';
import type { QuoteQuery } from './query.ts';

/**
 * The same words often stand in two sentences of a page: a teaser repeats a sentence of the body,
 * a caption quotes it, a summary restates it ("Jones advised stuffing the peep hole…" and, further
 * on, "…Jones said. He advised stuffing the peep hole…"). When the note's own sentence is removed,
 * the other one agrees with its context on one side in full and on the other up to the words
 * they share, which is what an edited word next to the note also looks like.
 *
 * What tells them apart is where the sentence begins (or ends). Edits that keep a note's text keep
 * its sentence around it: a word changes, a neighbouring sentence is rewritten or removed, a block
 * is inserted between sentences, but no sentence ends inside the note's own. So when the stored
 * context shows the note's sentence running on through it, a candidate whose sentence begins right
 * where its agreement with that context stops (one differing word further) is another sentence
 * that shares the note's words, not the note's.
 */

const SPACE = 0x20;
/** Longest word stepped over (a run without spaces, such as a URL, is not read further). */
const MAX_WORD = 64;

/** A sentence end in folded text: . ! or ? then at most two closing marks (quotes, brackets). */
const SENTENCE_END = /[.!?]["')\]]{0,2}$/;
/** Words whose full stop does not end a sentence: titles before a name, and initials. */
const ABBREVIATION = /^["'(]?(?:mr|mrs|ms|dr|prof|st|jr|sr|gen|gov|sen|rep|rev|vs|[a-z])\.$/;

/** Whether a folded word (with its punctuation) ends a sentence. */
function endsSentence(word: string): boolean {
  return SENTENCE_END.test(word) && !ABBREVIATION.test(word);
}

/**
 * Whether a folded context holds a full stop (or ! ?) followed by more text. Abbreviations count
 * here: a context that may hold a sentence boundary does not show the sentence running through it.
 */
function hasSentenceBoundary(context: string): boolean {
  return /[.!?]["')\]]{0,2} /.test(context);
}

/** Start of the word that ends at `at` (at most MAX_WORD characters back). */
function wordStartBefore(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < MAX_WORD && text.charCodeAt(start - 1) !== SPACE) start--;
  return start;
}

/** End of the word that starts at `at` (at most MAX_WORD characters on). */
function wordEndAfter(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < MAX_WORD && text.charCodeAt(end) !== SPACE) end++;
  return end;
}

/** Whether the words before `wordStart` on the page end a sentence (or a block, or the page, ends there). */
function sentenceEndsBefore(page: MatchingPage, wordStart: number): boolean {
  if (wordStart <= 0 || page.startsBlock(wordStart)) return true;
  const text = page.text;
  if (text.charCodeAt(wordStart - 1) !== SPACE) return false;
  const previousStart = wordStartBefore(text, wordStart - 1);
  return endsSentence(text.slice(previousStart, wordStart - 1));
}

/** Whether the page's sentence ends with the word ending at `wordEnd` (or a block, or the page, ends there). */
function sentenceEndsAfter(page: MatchingPage, wordEnd: number): boolean {
  if (wordEnd >= page.text.length || page.endsBlock(wordEnd)) return true;
  return endsSentence(page.text.slice(wordStartBefore(page.text, wordEnd), wordEnd));
}

/** Whether the stored context, past the word where it stops agreeing, still holds part of another word. */
function continuesPastWord(unmatched: string, direction: 1 | -1): boolean {
  const beyond = direction > 0 ? unmatched.replace(/^\S*/, '') : unmatched.replace(/\S*$/, '');
  return /\S/.test(beyond);
}

/** The note's sentence runs through the whole prefix, but the candidate's begins within it. */
function beginsInsidePrefix(page: MatchingPage, query: QuoteQuery, start: number): boolean {
  const { prefix } = query;
  if (prefix.length === 0 || query.startedBlock || query.beforeInBlock) return false;
  // A quote that begins its sentence has the boundary at its own edge.
  if (hasSentenceBoundary(prefix + query.exact.slice(0, 1))) return false;
  const agreed = sharedRunLength(prefix, page.text, start, -1);
  if (agreed >= prefix.length || !continuesPastWord(prefix.slice(0, prefix.length - agreed), -1)) return false;
  // Step back over the page's word where the agreement stops (or that it stopped inside of).
  const wordStart = wordStartBefore(page.text, start - agreed);
  if (wordStart === start) return false;
  return sentenceEndsBefore(page, wordStart);
}

/** The note's sentence runs through the whole suffix, but the candidate's ends within it. */
function endsInsideSuffix(page: MatchingPage, query: QuoteQuery, end: number): boolean {
  const { suffix, exact } = query;
  if (suffix.length === 0 || query.endedBlock || query.afterInBlock) return false;
  // A quote that ends its sentence ("…updates.") has the boundary at its own edge.
  if (hasSentenceBoundary(exact.slice(-3) + suffix)) return false;
  const agreed = sharedRunLength(suffix, page.text, end, 1);
  if (agreed >= suffix.length || !continuesPastWord(suffix.slice(agreed), 1)) return false;
  const wordEnd = wordEndAfter(page.text, end + agreed);
  if (wordEnd === end) return false;
  return sentenceEndsAfter(page, wordEnd);
}

/**
 * Whether a candidate stands in another sentence than the note's: the stored context shows the
 * note's sentence going on where the candidate's begins or ends.
 */
export function inAnotherSentence(page: MatchingPage, query: QuoteQuery, candidate: TextSpan): boolean {
  return beginsInsidePrefix(page, query, candidate.start) || endsInsideSuffix(page, query, candidate.end);
}
