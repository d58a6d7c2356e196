import { snapToCodePoint } from '../surrogates.ts';
import type { TextQuoteSelector, TextSpan } from '../types.ts';

export const DEFAULT_CONTEXT_LENGTH = 32;

/** The quoted text with up to `contextLength` characters either side (never half a surrogate pair). */
export function describeTextQuote(
  text: string,
  span: TextSpan,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): TextQuoteSelector {
  const start = Math.max(0, Math.min(text.length, span.start));
  const end = Math.max(start, Math.min(text.length, span.end));
  const context = Math.max(0, Math.floor(contextLength));
  const prefixStart = snapToCodePoint(text, Math.max(0, start - context), 1);
  const suffixEnd = snapToCodePoint(text, Math.min(text.length, end + context), -1);
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
