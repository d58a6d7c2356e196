import search from 'approx-string-match';
import { GRAM_LENGTH, isWordStart, MAX_GRAM_HITS } from '../page-index.ts';
import type { MatchingPage } from '../page.ts';
import { sharedRunLength } from '../similarity.ts';
import type { QuoteQuery } from './query.ts';
import { MAX_ERROR_RATE, scoreCandidate, type QuoteCandidate } from './score.ts';
import { partitionPoint } from '../../sorted/partition-point.ts';

/** Exact occurrences scored in full when a quote is very common; the rest are pre-filtered cheaply. */
const MAX_SCORED_OCCURRENCES = 24;
/** Seeds: pieces of the quote and its context looked up verbatim to find where fuzzy matching is worth running. */
const MAX_SEEDS = 16;
const MAX_FUZZY_WINDOWS = 3;
const WINDOW_PADDING = 32;
const HINT_WINDOW = 400;

/** Occurrences of the quote, and whether they are all of them or only those followed by the stored suffix. */
interface Occurrences {
  starts: number[];
  complete: boolean;
}

/**
 * Verbatim occurrences of the folded quote. A quote that began a word is looked up in the word
 * index (no scan of the page); any other is searched for with indexOf. With `quick`, a quote too
 * short for the index is looked up together with the start of its suffix, which finds only the
 * copies still followed by the same text: a first pass, completed by a scan if it is not enough.
 */
function occurrences(page: MatchingPage, query: QuoteQuery, quick: boolean): Occurrences {
  const { text } = page;
  const pattern = query.exact;
  if (pattern.length === 0) return { starts: [], complete: true };
  const beganWord = query.prefix.length === 0 || query.prefix.endsWith(' ');
  if (beganWord && isWordStart(pattern, 0)) {
    if (pattern.length >= GRAM_LENGTH) {
      const starts = page.index().wordStartsWith(pattern.slice(0, GRAM_LENGTH)).filter((at) => text.startsWith(pattern, at));
      return { starts, complete: true };
    }
    const extended = pattern + query.suffix;
    if (quick && extended.length >= GRAM_LENGTH) {
      const starts = page.index().wordStartsWith(extended.slice(0, GRAM_LENGTH)).filter((at) => text.startsWith(pattern, at));
      return { starts, complete: false };
    }
  }
  const starts: number[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) starts.push(at);
  return { starts, complete: true };
}

export interface ExactCandidates {
  candidates: QuoteCandidate[];
  /** False when only the copies followed by the stored suffix were looked for. */
  complete: boolean;
}

/** Exact occurrences of the folded quote, scored; very common quotes are narrowed by adjacent context first. */
export function exactCandidates(page: MatchingPage, query: QuoteQuery, quick = false): ExactCandidates {
  const text = page.text;
  const { starts: all, complete } = occurrences(page, query, quick);
  // Copies not looked for may exist: the quote alone then proves nothing, its context must.
  const copies = complete ? all.length : Number.POSITIVE_INFINITY;
  const m = query.exact.length;
  let starts = all;
  if (all.length > MAX_SCORED_OCCURRENCES) {
    const keep = MAX_SCORED_OCCURRENCES / 2;
    // The occurrences whose neighbouring characters agree longest with the stored context…
    const adjacency = all.map(
      (start) => sharedRunLength(query.prefix, text, start, -1) + sharedRunLength(query.suffix, text, start + m, 1),
    );
    const byContext = all
      .map((_, i) => i)
      .sort((a, b) => (adjacency[b] ?? 0) - (adjacency[a] ?? 0))
      .slice(0, keep)
      .map((i) => all[i] ?? 0);
    // …and those nearest the old position (occurrences are in page order).
    const byPosition: number[] = [];
    if (query.hint !== null) {
      const nearest = lowerBound(all, query.hint);
      const from = Math.max(0, Math.min(nearest - keep / 2, all.length - keep));
      byPosition.push(...all.slice(from, from + keep));
    }
    starts = [...new Set([...byContext, ...byPosition])];
  }
  return { candidates: starts.map((start) => scoreCandidate(page, query, { start, end: start + m }, 1, copies)), complete };
}

/** First index of a sorted list whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  return partitionPoint(sorted.length, (index) => (sorted[index] ?? 0) < value);
}

export interface Window {
  start: number;
  end: number;
  /** How many distinct pieces of the quote and its context point at this window. */
  votes: number;
}

/** Where pieces of the quote and its context still occur verbatim, as windows the quote may lie in. */
function seedWindows(page: MatchingPage, query: QuoteQuery, maxErrors: number): Window[] {
  const text = page.text;
  const pattern = query.prefix + query.exact + query.suffix;
  const quoteOffset = query.prefix.length;
  const m = query.exact.length;
  // Pieces start at the pattern's word starts (not at its first character: the prefix begins mid-word).
  const pieceStarts: number[] = [];
  for (let at = 1; at + GRAM_LENGTH <= pattern.length; at++) if (isWordStart(pattern, at)) pieceStarts.push(at);
  if (query.prefix.length === 0 && pattern.length >= GRAM_LENGTH && isWordStart(pattern, 0)) pieceStarts.unshift(0);
  if (pieceStarts.length === 0) return [];
  const step = Math.max(1, pieceStarts.length / MAX_SEEDS);
  const index = page.index();
  const votes: { quoteStart: number; seed: number }[] = [];
  for (let seed = 0; seed * step < pieceStarts.length; seed++) {
    const offset = pieceStarts[Math.floor(seed * step)] ?? 0;
    const hits = index.wordStartsWith(pattern.slice(offset, offset + GRAM_LENGTH));
    if (hits.length > MAX_GRAM_HITS) continue; // too common to say where the quote is
    for (const hit of hits) votes.push({ quoteStart: hit - offset + quoteOffset, seed });
  }
  votes.sort((a, b) => a.quoteStart - b.quoteStart);
  const tolerance = maxErrors + WINDOW_PADDING;
  const clusters: { start: number; end: number; seeds: Set<number> }[] = [];
  for (const vote of votes) {
    const last = clusters[clusters.length - 1];
    if (last && vote.quoteStart - last.end <= tolerance) {
      last.end = vote.quoteStart;
      last.seeds.add(vote.seed);
    } else {
      clusters.push({ start: vote.quoteStart, end: vote.quoteStart, seeds: new Set([vote.seed]) });
    }
  }
  return clusters
    .sort((a, b) => b.seeds.size - a.seeds.size)
    .slice(0, MAX_FUZZY_WINDOWS)
    .map((cluster) => ({
      start: Math.max(0, cluster.start - tolerance),
      end: Math.min(text.length, cluster.end + m + tolerance),
      votes: cluster.seeds.size,
    }));
}

function maxErrorsFor(query: QuoteQuery): number {
  return Math.floor(query.exact.length * MAX_ERROR_RATE);
}

/** Windows worth a fuzzy search: where pieces of the quote still occur, else around the old position. */
export function fuzzyWindows(page: MatchingPage, query: QuoteQuery): Window[] {
  const maxErrors = maxErrorsFor(query);
  if (maxErrors === 0 || page.text.length === 0) return [];
  const windows = seedWindows(page, query, maxErrors);
  // Without any verbatim piece left, the quote can only be near where it was.
  if (windows.length === 0 && query.hint !== null) {
    windows.push({
      start: Math.max(0, query.hint - HINT_WINDOW),
      end: Math.min(page.text.length, query.hint + query.exact.length + HINT_WINDOW),
      votes: 0,
    });
  }
  return windows;
}

/** Approximate matches of the quote in the given windows (by default, wherever it may be). */
export function fuzzyCandidates(page: MatchingPage, query: QuoteQuery, windows = fuzzyWindows(page, query)): QuoteCandidate[] {
  const text = page.text;
  const m = query.exact.length;
  const maxErrors = maxErrorsFor(query);
  if (maxErrors === 0) return [];
  const candidates: QuoteCandidate[] = [];
  const seen = new Set<string>();
  for (const window of windows) {
    const slice = text.slice(window.start, window.end);
    for (const match of search(slice, query.exact, maxErrors)) {
      const start = window.start + match.start;
      const end = window.start + match.end;
      const key = `${start}:${end}`;
      if (end <= start || seen.has(key)) continue;
      seen.add(key);
      candidates.push(scoreCandidate(page, query, { start, end }, 1 - match.errors / m, 1));
    }
  }
  return candidates;
}
