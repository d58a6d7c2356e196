import type { TextPositionSelector, TextQuoteSelector } from './types.ts';

/** The first well-formed selector of each kind in untrusted input (stored, imported); malformed ones are ignored. */
export interface ValidSelectors {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function readSelectors(selectors: unknown): ValidSelectors {
  const found: ValidSelectors = { quote: null, position: null };
  if (!Array.isArray(selectors)) return found;
  for (const selector of selectors as unknown[]) {
    if (!isRecord(selector)) continue;
    if (selector.type === 'TextQuoteSelector' && !found.quote) {
      const { exact, prefix, suffix } = selector;
      if (typeof exact !== 'string' || exact.length === 0) continue;
      found.quote = {
        type: 'TextQuoteSelector',
        exact,
        prefix: typeof prefix === 'string' ? prefix : '',
        suffix: typeof suffix === 'string' ? suffix : '',
      };
    } else if (selector.type === 'TextPositionSelector' && !found.position) {
      const { start, end } = selector;
      if (typeof start !== 'number' || typeof end !== 'number') continue;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) continue;
      found.position = { type: 'TextPositionSelector', start, end };
    }
  }
  return found;
}
