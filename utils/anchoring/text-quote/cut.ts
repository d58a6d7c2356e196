import { GRAM_LENGTH, isWordStart, MAX_GRAM_HITS } from '../page-index.ts';
import type { MatchingPage } from '../page.ts';
import { sharedRunLength } from '../similarity.ts';
import type { TextSpan } from '../types.ts';
import type { QuoteQuery } from './query.ts';
import { bothSidesAgree, type QuoteCandidate } from './score.ts';

/**
 * When a passage is deleted, the text that was before it and the text that was after it become
 * neighbours. A note's stored prefix and suffix then meet on the page with the quote gone from
 * between them, together with whatever went with it (the rest of its sentence or block): the
 * outer part of the prefix, directly followed by the outer part of the suffix. That is strong
 * evidence the note's text was removed from there. A copy of the quote elsewhere, in other
 * surroundings, is then another passage that shares some of its words, not the note's text.
 *
 * One edit leaves the same trace and keeps the note: its text moved elsewhere (a paragraph
 * moved). Moved text is the same text, so only a verbatim copy of the quote, made of the same
 * whole words, is still taken after a cut is found; a changed copy, or the quote's letters run
 * into other words, is not.
 */
export interface Cut {
  /** Folded offset where the kept part of the prefix ends and the kept part of the suffix begins. */
  at: number;
  /** Characters of the prefix (from its start) and of the suffix (to its end) found on either side. */
  keptBefore: number;
  keptAfter: number;
}

/** Characters of context that must be found on each side of a cut, and on both together. */
const MIN_KEPT_SIDE = 8;
const MIN_KEPT = 24;
const SPACE = 0x20;

/**
 * Where the page reads as the start of the note's prefix directly followed by the end of its
 * suffix, each part cut at a word boundary, away from the spans in `ignore` and their context
 * (candidates: a cut inside a candidate's surroundings is its own context, not a trace).
 */
export function findCut(page: MatchingPage, query: QuoteQuery, ignore: readonly TextSpan[] = []): Cut | null {
  const { prefix, suffix } = query;
  const text = page.text;
  if (prefix.length < MIN_KEPT_SIDE || suffix.length < MIN_KEPT_SIDE) return null;
  const index = page.index();
  let best: Cut | null = null;
  // The kept part of the suffix runs from one of its word starts to its end (not from its first
  // character: the quote may end mid-word); it is looked up in the word index by its first gram.
  for (let from = 1; from + MIN_KEPT_SIDE <= suffix.length; from++) {
    if (!isWordStart(suffix, from)) continue;
    const kept = suffix.slice(from);
    const hits = kept.length >= GRAM_LENGTH ? index.wordStartsWith(kept.slice(0, GRAM_LENGTH)) : [];
    if (hits.length > MAX_GRAM_HITS) continue; // too common to say anything
    for (const at of hits) {
      if (ignore.some((span) => at >= span.start - prefix.length && at <= span.end + suffix.length)) continue;
      if (!text.startsWith(kept, at)) continue;
      // The kept part of the prefix runs from its start to a word boundary (its space included) or to its end.
      for (let end = prefix.length; end >= MIN_KEPT_SIDE; end--) {
        if (end < prefix.length && prefix.charCodeAt(end - 1) !== SPACE) continue;
        if (end + kept.length < MIN_KEPT) break;
        if (sharedRunLength(prefix.slice(0, end), text, at, -1) < end) continue;
        if (!best || end + kept.length > best.keptBefore + best.keptAfter) best = { at, keptBefore: end, keptAfter: kept.length };
        break;
      }
    }
  }
  return best;
}

/** Whether the character at a folded offset of the page separates words (a space, or past either end). */
function separatesWords(text: string, offset: number): boolean {
  return offset < 0 || offset >= text.length || text.charCodeAt(offset) === SPACE;
}

/**
 * Whether a candidate is the quote itself, moved: the same folded characters, and word edges where
 * the note had them (a quote that ended a word does not continue into another one on the page).
 */
export function isVerbatim(page: MatchingPage, query: QuoteQuery, candidate: QuoteCandidate): boolean {
  if (candidate.quoteSimilarity < 1) return false;
  const { prefix, suffix, exact } = query;
  const text = page.text;
  if (exact.charCodeAt(0) !== SPACE && prefix.length > 0) {
    if ((prefix.charCodeAt(prefix.length - 1) === SPACE) !== separatesWords(text, candidate.start - 1)) return false;
  }
  if (exact.charCodeAt(exact.length - 1) !== SPACE && suffix.length > 0) {
    if ((suffix.charCodeAt(0) === SPACE) !== separatesWords(text, candidate.end)) return false;
  }
  return true;
}

/**
 * Whether a candidate may be another passage sharing the quote's words, should the page show
 * the note's text was cut out: it is not the quote itself moved verbatim, nor a place whose
 * context agrees on both sides (that is the passage itself; a cut would be another copy of its
 * surroundings).
 */
export function mayBeAnotherPassage(page: MatchingPage, query: QuoteQuery, candidate: QuoteCandidate): boolean {
  return !isVerbatim(page, query, candidate) && !bothSidesAgree(page.text, query, candidate.start, candidate.end);
}
