import type { TextPositionSelector, TextSpan } from '../types.ts';

/** The span a position selector names, or null when it does not fit the text. */
export function matchTextPosition(text: string, selector: TextPositionSelector): TextSpan | null {
  const { start, end } = selector;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end <= start || end > text.length) return null;
  return { start, end };
}
