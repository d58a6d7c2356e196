import type { Token } from './tokenize.ts';

/** A token that is a quotation mark of any style (or an apostrophe, which looks the same). */
export const QUOTE_MARK = /^["“”„«»‹›「」『』‘’']$/u;
const QUOTE_MARKS = new Set('"“”„«»‹›「」『』‘’\''.split(''));

/** `QUOTE_MARK.test(text)` without the regular expression, for the hot loops. */
export function isQuoteMarkText(text: string): boolean {
  return text.length === 1 && QUOTE_MARKS.has(text);
}

/**
 * An apostrophe that ends a plural possessive ("veterans' families"): glued to the word before and not
 * the closing mark of a quoted span (`insideMarks` flags the tokens inside every marked span).
 */
export function isPossessiveApostrophe(tokens: readonly Token[], index: number, insideMarks: Uint8Array): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  if ((token.text !== "'" && token.text !== '’') || !before || before.end !== token.start || !/\p{L}$/u.test(before.text)) return false;
  return !(insideMarks[index - 1] && !insideMarks[index]);
}

/** Whether token `index` is a quotation mark written right against the mark at `neighbour` (the halves of ''). */
export function isGluedMark(tokens: readonly Token[], index: number, neighbour: number): boolean {
  const token = tokens[index];
  const other = tokens[neighbour];
  if (!token || !other || !isQuoteMarkText(token.text) || !isQuoteMarkText(other.text)) return false;
  return index > neighbour ? token.start === other.end : token.end === other.start;
}
