import { normalizeForMatching, type NormalizedText } from './normalize.ts';
import { buildPageIndex, type PageIndex } from './page-index.ts';

/**
 * A page prepared once for all its notes: the folded text, its word index (built the first time a
 * note needs it), and where blocks (paragraphs, headings, captions) begin and end.
 */
export interface MatchingPage {
  readonly original: string;
  readonly normalized: NormalizedText;
  /** The folded text: every offset used while matching is an offset into it. */
  readonly text: string;
  index(): PageIndex;
  /** Whether a block of the original page starts at this folded offset (only whitespace since a line break). */
  startsBlock(offset: number): boolean;
  /** Whether a block of the original page ends at this folded offset (only whitespace until a line break). */
  endsBlock(offset: number): boolean;
}

/** Whitespace runs longer than this are not searched for a line break. */
const MAX_WHITESPACE_SCAN = 64;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0d || code === 0x0c || code === 0x0b;
}

export function preparePage(text: string): MatchingPage {
  const original = typeof text === 'string' ? text : '';
  const normalized = normalizeForMatching(original);
  let index: PageIndex | null = null;
  return {
    original,
    normalized,
    text: normalized.text,
    index: () => (index ??= buildPageIndex(normalized.text)),
    startsBlock(offset: number): boolean {
      const at = normalized.toOriginal(offset);
      for (let i = at - 1, steps = 0; steps < MAX_WHITESPACE_SCAN; i--, steps++) {
        if (i < 0) return true;
        const code = original.charCodeAt(i);
        if (code === 0x0a) return true;
        if (!isSpace(code)) return false;
      }
      return false;
    },
    endsBlock(offset: number): boolean {
      const at = normalized.toOriginal(offset);
      for (let i = at, steps = 0; steps < MAX_WHITESPACE_SCAN; i++, steps++) {
        if (i >= original.length) return true;
        const code = original.charCodeAt(i);
        if (code === 0x0a) return true;
        if (!isSpace(code)) return false;
      }
      return false;
    },
  };
}
