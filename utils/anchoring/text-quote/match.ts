import type { MatchingPage } from '../page.ts';
import { snapToCodePoint } from '../surrogates.ts';
import type { TextQuoteSelector, TextSpan } from '../types.ts';
import { exactCandidates, fuzzyCandidates, fuzzyWindows, type ExactCandidates } from './candidates.ts';
import { findCut, mayBeAnotherPassage } from './cut.ts';
import { prepareQuote, type QuoteQuery } from './query.ts';
import { pickBest, type QuoteCandidate } from './score.ts';
import { inAnotherSentence } from './sentence.ts';

export interface QuoteMatch extends TextSpan {
  fuzzy: boolean;
  /** 0..1, see Anchor.confidence. */
  confidence: number;
}

/** Exact matches at least this sure are taken without looking at edited copies elsewhere in detail. */
const SURE_ENOUGH = 0.75;
/** Pieces of a quote that must point elsewhere before a sure exact match is checked against a copy there. */
const RIVAL_MIN_VOTES = 2;

/** The candidates that may stand in the note's own sentence (see sentence.ts): the others share its words only. */
function inOwnSentence(page: MatchingPage, query: QuoteQuery, found: ExactCandidates): ExactCandidates {
  return { ...found, candidates: found.candidates.filter((c) => !inAnotherSentence(page, query, c)) };
}

/** Finds the quote on a folded page: exact occurrences first, then approximate ones; folded offsets. */
export function matchFoldedQuote(page: MatchingPage, query: QuoteQuery): QuoteMatch | null {
  if (query.exact.length === 0) return null;
  // Short quotes are first looked up with the text that followed them, a full scan only if needed.
  let exactOnes = inOwnSentence(page, query, exactCandidates(page, query, true));
  let exact = pickBest(exactOnes.candidates);
  if (!exactOnes.complete && (!exact || exact.confidence < SURE_ENOUGH)) {
    exactOnes = inOwnSentence(page, query, exactCandidates(page, query));
    exact = pickBest(exactOnes.candidates);
  }
  let windows = fuzzyWindows(page, query);
  if (exact && exact.confidence >= SURE_ENOUGH) {
    // A sure exact match still meets its rivals: an edited copy of the same passage elsewhere
    // (the note's own text, changed) must lower the confidence of the verbatim one. Only places
    // where several pieces of the quote still occur can hold such a copy.
    const strongest = Math.max(0, ...windows.map((w) => w.votes));
    windows = windows.filter(
      (w) => (w.end <= exact.start || w.start >= exact.end) && w.votes >= Math.max(RIVAL_MIN_VOTES, strongest / 2),
    );
    if (windows.length === 0) return checked(page, query, exact, exactOnes.candidates);
  }
  const known = new Set(exactOnes.candidates.map((c) => c.start));
  const fuzzy = fuzzyCandidates(page, query, windows).filter(
    (c) => !(known.has(c.start) && c.quoteSimilarity >= 1) && !inAnotherSentence(page, query, c),
  );
  const candidates = [...exactOnes.candidates, ...fuzzy];
  const best = pickBest(candidates);
  return best ? checked(page, query, best, candidates) : null;
}

/**
 * The chosen candidate as a match, unless the page shows the note's text was removed: its context
 * meets around the gap the quote left (see cut.ts). Then the candidates that may be other passages
 * with the same words are neither the note's place nor rivals of the quote moved elsewhere whole.
 * The page is only searched for that trace (away from every candidate's own surroundings) when
 * ruling them out would change the answer.
 */
function checked(page: MatchingPage, query: QuoteQuery, best: QuoteCandidate, candidates: readonly QuoteCandidate[]): QuoteMatch | null {
  const kept = candidates.filter((c) => !mayBeAnotherPassage(page, query, c));
  const alternative = kept.length === candidates.length ? best : pickBest(kept);
  const same = alternative !== null && alternative.start === best.start && alternative.end === best.end && alternative.confidence === best.confidence;
  const chosen = same || !findCut(page, query, candidates) ? best : alternative;
  return chosen ? { start: chosen.start, end: chosen.end, fuzzy: chosen.quoteSimilarity < 1, confidence: chosen.confidence } : null;
}

/**
 * Finds a quote selector on a prepared page. `hint` is where the note used to start (an offset of
 * the original text, from its position selector). Offsets returned are the original text's.
 */
export function matchTextQuote(page: MatchingPage, selector: TextQuoteSelector, hint: number | null = null): QuoteMatch | null {
  const foldedHint = hint === null ? null : page.normalized.fromOriginal(hint);
  const match = matchFoldedQuote(page, prepareQuote(selector, foldedHint));
  if (!match) return null;
  const start = snapToCodePoint(page.original, page.normalized.toOriginal(match.start), -1);
  const end = snapToCodePoint(page.original, page.normalized.toOriginal(match.end), 1);
  return end > start ? { ...match, start, end } : null;
}
