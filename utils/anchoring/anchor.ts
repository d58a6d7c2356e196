import { foldForMatching } from './normalize.ts';
import { preparePage, type MatchingPage } from './page.ts';
import { readSelectors, type ValidSelectors } from './selectors.ts';
import { matchTextPosition } from './text-position/match.ts';
import { matchTextQuote } from './text-quote/match.ts';
import { prepareQuote } from './text-quote/query.ts';
import { contextAgreementAround } from './text-quote/score.ts';
import type { Anchor, NoteSelector } from './types.ts';

/** Below this confidence a note is an orphan: it is kept and listed, never placed on doubtful text. */
export const ORPHAN_THRESHOLD = 0.5;
/** Context agreement needed to trust that the quote found at its old offset is the same occurrence. */
const POSITION_CONTEXT_AGREEMENT = 0.5;

/** The old offsets still hold the quote (after folding), and what surrounds it has not been replaced. */
function anchorAtPosition(page: MatchingPage, { quote, position }: ValidSelectors): Anchor | null {
  if (!quote || !position) return null;
  const span = matchTextPosition(page.original, position);
  if (!span) return null;
  const found = page.original.slice(span.start, span.end);
  if (found !== quote.exact && foldForMatching(found) !== foldForMatching(quote.exact)) return null;
  const query = prepareQuote(quote, null);
  const start = page.normalized.fromOriginal(span.start);
  const end = page.normalized.fromOriginal(span.end);
  if (contextAgreementAround(page.text, query, start, end) < POSITION_CONTEXT_AGREEMENT) return null;
  return { start: span.start, end: span.end, method: 'position', confidence: 1 };
}

function anchorOne(page: MatchingPage, selectors: readonly NoteSelector[]): Anchor | null {
  const valid = readSelectors(selectors);
  // A bare position cannot be checked against the page: such a note stays an orphan.
  if (!valid.quote) return null;
  const atPosition = anchorAtPosition(page, valid);
  if (atPosition) return atPosition;
  const match = matchTextQuote(page, valid.quote, valid.position ? valid.position.start : null);
  if (!match || match.confidence < ORPHAN_THRESHOLD) return null;
  return { start: match.start, end: match.end, method: match.fuzzy ? 'fuzzy' : 'quote', confidence: match.confidence };
}

/** Finds one note on the page's text model; null when it cannot be placed with enough confidence (an orphan). */
export function anchor(text: string, selectors: readonly NoteSelector[]): Anchor | null {
  return anchorMany(text, [selectors])[0] ?? null;
}

/** Finds every note of a page, folding (and indexing) the page text once for all of them. */
export function anchorMany(text: string, targets: readonly (readonly NoteSelector[])[]): (Anchor | null)[] {
  if (!Array.isArray(targets)) return [];
  const page = preparePage(typeof text === 'string' ? text : '');
  return targets.map((selectors) => {
    try {
      return anchorOne(page, selectors);
    } catch {
      // Malformed stored data must orphan the note, not break the page.
      return null;
    }
  });
}
