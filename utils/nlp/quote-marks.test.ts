import { describe, expect, it } from 'vitest';
import { blockRanges, findQuotationMarks } from './quote-marks.ts';

const inner = (text: string): string[] => findQuotationMarks(text).map((quote) => text.slice(quote.start, quote.end));

describe('findQuotationMarks', () => {
  it.each([
    ['curly', 'He said “We won.” Then he left.', ['We won.']],
    ['straight', 'She said "go now" and "wait".', ['go now', 'wait']],
    ['guillemets', '«Bonjour», dit-il.', ['Bonjour']],
    ['low-9', 'Er sagte „Guten Tag“ und ging.', ['Guten Tag']],
    ['corner brackets', '彼は「ありがとう」と言った。', ['ありがとう']],
    ['single curly, apostrophes inside', '‘We’ll see,’ he said.', ['We’ll see,']],
    ['closing mark typed as opener', '”Fortunately, it works.” ― Jane Roe', ['Fortunately, it works.']],
    ['nested', '“He told me ‘never’ twice,” she said.', ['He told me ‘never’ twice,']],
  ])('%s', (_style, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('does not take apostrophes for quotes', () => {
    expect(inner("It's Tom's car and the kids' toys.")).toEqual([]);
  });

  it('runs a quote over paragraphs that reopen with a mark', () => {
    const text = '“First paragraph goes on\n\n“Second paragraph ends.”';
    const quotes = findQuotationMarks(text);
    expect(quotes.map((quote) => [text.slice(quote.start, quote.end), quote.continues, quote.continued])).toEqual([
      ['First paragraph goes on', true, false],
      ['Second paragraph ends.', false, true],
    ]);
  });

  it('splits blocks on blank lines', () => {
    expect(blockRanges('a\n\nb\n \nc')).toEqual([
      [0, 1],
      [3, 4],
      [7, 8],
    ]);
  });
});
