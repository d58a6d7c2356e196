import { describeTextPosition } from './text-position/describe.ts';
import { describeTextQuote } from './text-quote/describe.ts';
import type { TextPositionSelector, TextQuoteSelector, TextSpan } from './types.ts';

/** Both selectors a note stores, so it can be found again on the same page or on an edited one. */
export function describeSelectors(text: string, span: TextSpan): [TextQuoteSelector, TextPositionSelector] {
  // Both selectors must name the same text, so a span reaching past the text is clamped for both.
  const start = Math.max(0, Math.min(text.length, Math.floor(span.start)));
  const end = Math.max(start, Math.min(text.length, Math.floor(span.end)));
  return [describeTextQuote(text, { start, end }), describeTextPosition({ start, end })];
}
