import type { TextPositionSelector, TextSpan } from '../types.ts';

export function describeTextPosition(span: TextSpan): TextPositionSelector {
  return { type: 'TextPositionSelector', start: span.start, end: span.end };
}
