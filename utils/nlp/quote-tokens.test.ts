import { describe, expect, it } from 'vitest';
import { findQuotationMarks } from './quote-marks.ts';
import { isGluedMark, isPossessiveApostrophe } from './quote-tokens.ts';
import { tokenize } from './tokenize.ts';

/** Token index of the `occurrence`-th token with this text. */
const indexOf = (tokens: readonly { text: string }[], word: string, occurrence = 0): number =>
  tokens.map((token, index) => (token.text === word ? index : -1)).filter((index) => index >= 0)[occurrence]!;

/** Tokens inside the text's quotation marks, flagged as attribution flags them. */
function insideMarksOf(text: string): { tokens: ReturnType<typeof tokenize>['tokens']; insideMarks: Uint8Array } {
  const { tokens } = tokenize(text);
  const insideMarks = new Uint8Array(tokens.length);
  for (const quote of findQuotationMarks(text)) {
    for (let index = 0; index < tokens.length; index++) if (tokens[index]!.start >= quote.start && tokens[index]!.end <= quote.end) insideMarks[index] = 1;
  }
  return { tokens, insideMarks };
}

describe('isPossessiveApostrophe', () => {
  // [text, which apostrophe (0 = first), whether it ends a plural possessive]
  const cases: [string, number, boolean][] = [
    ["Rucker Culpepper, who runs the effort for veterans' families, said it.", 0, true],
    ["He called the plan 'a fraud' twice.", 1, false],
    ["He called the plan 'a fraud' twice.", 0, false],
  ];
  it.each(cases)('%s (apostrophe %i)', (text, occurrence, want) => {
    const { tokens, insideMarks } = insideMarksOf(text);
    expect(isPossessiveApostrophe(tokens, indexOf(tokens, "'", occurrence), insideMarks)).toBe(want);
  });
});

describe('isGluedMark', () => {
  it('joins the halves of a doubled mark and nothing else', () => {
    const { tokens } = tokenize("edges,'' said Cole. ' '");
    const first = indexOf(tokens, "'", 0);
    expect(isGluedMark(tokens, first + 1, first)).toBe(true);
    expect(isGluedMark(tokens, first, first + 1)).toBe(true);
    const spaced = indexOf(tokens, "'", 2);
    expect(isGluedMark(tokens, spaced + 1, spaced)).toBe(false);
  });
});
