import { foldForMatching } from '../normalize.ts';
import { prepareContext, type OutwardContext } from '../similarity.ts';
import type { TextQuoteSelector } from '../types.ts';
import { letterCaseOf, type LetterCase } from './letter-case.ts';

/** A quote selector folded like the page text, with where the note used to start (folded offset) if known. */
export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  hint: number | null;
  before: OutwardContext;
  after: OutwardContext;
  /** The note began / ended a block (its context has a line break next to the quote). */
  startedBlock: boolean;
  endedBlock: boolean;
  /** The part of the prefix / suffix inside the note's own block, when the context runs into another block. */
  beforeInBlock: OutwardContext | null;
  afterInBlock: OutwardContext | null;
  /** The capitals of the quote and of its context in its block (read the first time a candidate needs them). */
  letterCase(): LetterCase;
}

export function prepareQuote(selector: TextQuoteSelector, hint: number | null): QuoteQuery {
  const prefix = foldForMatching(selector.prefix);
  const suffix = foldForMatching(selector.suffix);
  let letterCase: LetterCase | null = null;
  return {
    exact: foldForMatching(selector.exact),
    prefix,
    suffix,
    hint,
    before: prepareContext(prefix, -1),
    after: prepareContext(suffix, 1),
    startedBlock: /\n\s*$/.test(selector.prefix),
    endedBlock: /^\s*\n/.test(selector.suffix),
    beforeInBlock: inBlock(selector.prefix, -1),
    afterInBlock: inBlock(selector.suffix, 1),
    letterCase: () => (letterCase ??= letterCaseOf(selector.exact, selector.prefix, selector.suffix)),
  };
}

/** The non-empty part of a context inside the note's block, if the context crosses into another block. */
function inBlock(context: string, direction: 1 | -1): OutwardContext | null {
  const lineBreak = direction > 0 ? context.indexOf('\n') : context.lastIndexOf('\n');
  if (lineBreak === -1) return null;
  // Trimmed on the far side only: the space next to the quote is part of the match.
  const folded = foldForMatching(direction > 0 ? context.slice(0, lineBreak) : context.slice(lineBreak + 1));
  const part = direction > 0 ? folded.trimEnd() : folded.trimStart();
  return part.length > 0 ? prepareContext(part, direction) : null;
}
