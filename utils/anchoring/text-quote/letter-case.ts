import { forEachFoldedSource } from '../normalize.ts';
import type { MatchingPage } from '../page.ts';
import type { TextSpan } from '../types.ts';
import type { QuoteQuery } from './query.ts';

/**
 * Letter case is folded away for matching, yet pages seldom change the capitals of text they keep.
 * The same words with other capitals are mostly another occurrence: a sentence's first words found
 * in the middle of another sentence ("The old rule…" / "…said that the old rule…"), a heading's
 * words in body text. So the capitals of a quote, and of its context up to the edge of its block,
 * are kept aside and compared with a candidate's: a letter upper case on one side and lower case
 * on the other is a conflict.
 */
export interface LetterCase {
  /** UPPER, LOWER or NONE (not a cased letter) for the first and the last (up to EDGE) folded characters of the quote. */
  readonly head: readonly number[];
  readonly tail: readonly number[];
  /** The same for the stored context inside the note's block: the end of the folded prefix, the start of the folded suffix. */
  readonly before: readonly number[];
  readonly after: readonly number[];
}

const NONE = 0;
const UPPER = 1;
const LOWER = 2;

/**
 * Characters compared at each end of a quote: where another occurrence shows (a sentence start,
 * a heading's capitals), and few enough that a long quote costs no more than a short one.
 */
const EDGE = 32;

function caseOf(code: number): number {
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return LOWER;
    return code >= 0x41 && code <= 0x5a ? UPPER : NONE;
  }
  const character = String.fromCharCode(code);
  const lower = character.toLowerCase();
  const upper = character.toUpperCase();
  if (lower === upper) return NONE;
  return character === upper ? UPPER : character === lower ? LOWER : NONE;
}

/** The case of each character of foldForMatching(raw). */
function casesOf(raw: string): number[] {
  const cases: number[] = [];
  forEachFoldedSource(raw, (source) => cases.push(caseOf(raw.charCodeAt(source))));
  return cases;
}

/**
 * The case of a quote's ends and of its context inside its block (context past a line break
 * belongs to another block). The context's part folds like the end (start) of the whole folded
 * prefix (suffix), so the two line up from the quote outwards.
 */
export function letterCaseOf(exact: string, prefix: string, suffix: string): LetterCase {
  const lineBreakAfter = suffix.indexOf('\n');
  // A long quote's ends are folded on their own: twice EDGE code units fold to at least EDGE
  // characters unless they are mostly whitespace, and away from the cut they fold as in the whole.
  const whole = exact.length <= 2 * EDGE;
  const head = casesOf(whole ? exact : exact.slice(0, 2 * EDGE));
  const tail = whole ? head : casesOf(exact.slice(-2 * EDGE));
  return {
    head: head.slice(0, EDGE),
    tail: tail.slice(Math.max(0, tail.length - EDGE)),
    before: casesOf(prefix.slice(prefix.lastIndexOf('\n') + 1)),
    after: casesOf(lineBreakAfter === -1 ? suffix : suffix.slice(0, lineBreakAfter)),
  };
}

/** Whether the page's character at a folded offset has the other case than `expected` (NONE: nothing to compare). */
function conflictsAt(page: MatchingPage, offset: number, expected: number): boolean {
  if (expected === NONE) return false;
  const found = caseOf(page.original.charCodeAt(page.normalized.toOriginal(offset)));
  return found !== NONE && found !== expected;
}

/**
 * Whether a verbatim (folded) occurrence of the quote has a letter whose case differs from the
 * quote's: near either end of the quote, or in the context next to it as far as that context
 * still reads the same on the page.
 */
export function caseConflicts(page: MatchingPage, query: QuoteQuery, span: TextSpan): boolean {
  const { text } = page;
  const { head, tail, before, after } = query.letterCase();
  const length = span.end - span.start;
  for (let k = 0; k < head.length && k < length; k++) {
    if (conflictsAt(page, span.start + k, head[k] ?? NONE)) return true;
  }
  for (let k = Math.max(0, tail.length - length); k < tail.length; k++) {
    if (conflictsAt(page, span.end - tail.length + k, tail[k] ?? NONE)) return true;
  }
  // The context, read outwards from the quote while the page still reads the same.
  const { prefix, suffix } = query;
  for (let k = 1; k <= before.length && k <= prefix.length; k++) {
    const at = span.start - k;
    if (at < 0 || text.charCodeAt(at) !== prefix.charCodeAt(prefix.length - k)) break;
    if (conflictsAt(page, at, before[before.length - k] ?? NONE)) return true;
  }
  for (let k = 0; k < after.length && k < suffix.length; k++) {
    const at = span.end + k;
    if (at >= text.length || text.charCodeAt(at) !== suffix.charCodeAt(k)) break;
    if (conflictsAt(page, at, after[k] ?? NONE)) return true;
  }
  return false;
}
