import type { MatchingPage } from '../page.ts';
import { contextAgreement, type OutwardContext } from '../similarity.ts';
import type { TextSpan } from '../types.ts';
import { caseConflicts } from './letter-case.ts';
import type { QuoteQuery } from './query.ts';

/** A place the quote may be, in folded offsets. */
export interface QuoteCandidate extends TextSpan {
  /** 0..1 similarity of the page text to the quote (1 = identical after folding). */
  quoteSimilarity: number;
  /** 0..1 belief that this is where the note belongs, before accounting for rival candidates. */
  confidence: number;
  /** Confidence plus a small preference for the old position: orders candidates. */
  rank: number;
}

/** Fuzzy matches may differ from the quote by up to this share of its length. */
export const MAX_ERROR_RATE = 0.25;
/** Quotes this long (folded) say enough on their own; shorter ones need their context to agree. */
const SELF_SUFFICIENT_LENGTH = 60;
/** Context lengths (prefix + suffix) that carry full weight. */
const FULL_CONTEXT_LENGTH = 48;
/** Length of one side of the context that carries full weight, and what a matching block edge is worth. */
const SIDE_CONTEXT_LENGTH = 24;
const BLOCK_EDGE_WORTH = 8;
/** Distance from the old position over which the position preference halves. */
const POSITION_SCALE = 500;
const POSITION_WEIGHT = 0.1;
/** Agreement of one side of the context needed for a high confidence, and the ceiling without it. */
const SIDE_AGREEMENT = 0.75;
const HIGH_CONFIDENCE_CAP = 0.79;
/** Confidence lost, at most, by a candidate far from the note's old position, and what counts as far. */
const DISPLACEMENT_DOUBT = 0.25;
const DISPLACEMENT_SCALE = 3000;
/**
 * Confidence kept by a verbatim match whose capitals differ from the quote's: most likely another
 * occurrence of the same words, so a sure match is no longer sure and a doubtful one is an orphan.
 */
const CASE_DOUBT = 0.6;

/** 0..1 agreement of the page around [start, end) with the stored prefix and suffix, and how much that says. */
export function contextEvidence(page: MatchingPage, query: QuoteQuery, start: number, end: number): number {
  const text = page.text;
  const prefixLength = query.before.length;
  const suffixLength = query.after.length;
  const total = prefixLength + suffixLength;
  if (total === 0) return 0;
  const prefixAgreement = contextAgreement(query.before, text, start);
  const suffixAgreement = contextAgreement(query.after, text, end);
  const agreement = (prefixAgreement * prefixLength + suffixAgreement * suffixLength) / total;
  const whole = agreement * Math.min(1, total / FULL_CONTEXT_LENGTH);
  if (!query.beforeInBlock && !query.afterInBlock) return whole;
  // When the neighbouring block changed (moved, replaced, an advert put there), the context
  // inside the note's own block, ending at the block's edge, still speaks for the place.
  const sideEvidence = (inner: OutwardContext | null, full: OutwardContext, fullAgreement: number, edgeAt: (length: number) => boolean) => {
    if (!inner) return fullAgreement * Math.min(1, full.length / SIDE_CONTEXT_LENGTH);
    const innerAgreement = contextAgreement(inner, text, inner.direction > 0 ? end : start);
    const atEdge = edgeAt(inner.length);
    return innerAgreement * Math.min(1, (inner.length + (atEdge ? BLOCK_EDGE_WORTH : 0)) / SIDE_CONTEXT_LENGTH);
  };
  const before = sideEvidence(query.beforeInBlock, query.before, prefixAgreement, (length) => page.startsBlock(start - length));
  const after = sideEvidence(query.afterInBlock, query.after, suffixAgreement, (length) => page.endsBlock(end + length));
  return Math.max(whole, (before + after) / 2);
}

/** Whether each stored side of the context agrees with the page (a missing side counts as agreeing). */
export function bothSidesAgree(text: string, query: QuoteQuery, start: number, end: number): boolean {
  const prefixAgrees = query.before.length === 0 || contextAgreement(query.before, text, start) >= SIDE_AGREEMENT;
  return prefixAgrees && (query.after.length === 0 || contextAgreement(query.after, text, end) >= SIDE_AGREEMENT);
}

/** 0..1 agreement of the page around [start, end) with the stored context, whatever its length. */
export function contextAgreementAround(text: string, query: QuoteQuery, start: number, end: number): number {
  const total = query.before.length + query.after.length;
  if (total === 0) return 1;
  const prefixAgreement = contextAgreement(query.before, text, start);
  const suffixAgreement = contextAgreement(query.after, text, end);
  return (prefixAgreement * query.before.length + suffixAgreement * query.after.length) / total;
}

/** Quotes this long (folded) that were a whole block and still are one count as strongly as their context. */
const SHAPE_LENGTH = 16;

/**
 * A note that was a whole block (a heading, a caption, a short paragraph) keeps that shape when
 * its paragraph moves, though both its neighbours change: a clue of its own, weighed by length.
 */
function blockEvidence(page: MatchingPage, query: QuoteQuery, span: TextSpan): number {
  if (!query.startedBlock && !query.endedBlock) return 0;
  const starts = !query.startedBlock || page.startsBlock(span.start);
  const ends = !query.endedBlock || page.endsBlock(span.end);
  if (!starts || !ends) return 0;
  const both = query.startedBlock && query.endedBlock;
  return (both ? 0.6 : 0.3) * Math.min(1, query.exact.length / SHAPE_LENGTH);
}

function proximity(query: QuoteQuery, start: number): number {
  if (query.hint === null) return 0;
  return 1 / (1 + Math.abs(start - query.hint) / POSITION_SCALE);
}

/**
 * Belief that a candidate is the note's place: the quote's own evidence (its length, how exactly it
 * matches, how many identical copies compete) combined with the context's, as independent clues.
 */
export function scoreCandidate(
  page: MatchingPage,
  query: QuoteQuery,
  span: TextSpan,
  quoteSimilarity: number,
  copies: number,
): QuoteCandidate {
  const isExact = quoteSimilarity >= 1;
  const matchQuality = isExact ? 1 : Math.max(0, (quoteSimilarity - (1 - MAX_ERROR_RATE)) / MAX_ERROR_RATE);
  const informativeness = Math.min(1, query.exact.length / SELF_SUFFICIENT_LENGTH);
  const quoteEvidence = (informativeness * (isExact ? 1 : 0.5 + 0.4 * matchQuality)) / Math.max(1, copies);
  const context = contextEvidence(page, query, span.start, span.end);
  const shape = blockEvidence(page, query, span);
  let confidence = 1 - (1 - quoteEvidence) * (1 - context) * (1 - shape);
  // Notes mostly stay near where they were: a far place is a little less likely to be theirs.
  if (query.hint !== null) confidence *= 1 - DISPLACEMENT_DOUBT * Math.min(1, Math.abs(span.start - query.hint) / DISPLACEMENT_SCALE);
  // A changed quote is never as sure as an intact one, however well its surroundings agree:
  // fuzzy matches stay below 0.8.
  if (!isExact) confidence *= 0.6 + 0.19 * matchQuality;
  // The same letters with other capitals are most likely another occurrence (see letter-case.ts).
  else if (caseConflicts(page, query, span)) confidence *= CASE_DOUBT;
  // High confidence takes a quote long enough to stand alone, or context agreeing on both sides:
  // one agreeing side is what a repeated passage elsewhere on the page also has.
  if (informativeness < 1 && confidence > HIGH_CONFIDENCE_CAP && !bothSidesAgree(page.text, query, span.start, span.end)) {
    confidence = HIGH_CONFIDENCE_CAP;
  }
  return {
    start: span.start,
    end: span.end,
    quoteSimilarity,
    confidence,
    rank: confidence + POSITION_WEIGHT * proximity(query, span.start),
  };
}

/**
 * Confidence lost, at most, when a rival elsewhere is as plausible (the same passage twice on a page):
 * the nearer to the old position is still taken, but never with high confidence.
 */
const RIVAL_DOUBT = 0.4;
/** The best candidate, its confidence lowered when a rival elsewhere is nearly as plausible. */
export function pickBest(candidates: readonly QuoteCandidate[]): QuoteCandidate | null {
  let best: QuoteCandidate | null = null;
  for (const candidate of candidates) if (!best || candidate.rank > best.rank) best = candidate;
  if (!best) return null;
  let rival = 0;
  for (const candidate of candidates) {
    const overlaps = candidate.start < best.end && best.start < candidate.end;
    if (!overlaps && candidate.confidence > rival) rival = candidate.confidence;
  }
  if (rival === 0 || best.confidence === 0) return best;
  const closeness = Math.min(1, rival / best.confidence);
  return { ...best, confidence: best.confidence * (1 - RIVAL_DOUBT * closeness * closeness) };
}
