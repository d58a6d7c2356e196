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
    // The New York Times archive writes double quotes as two straight single ones.
    ['doubled single', "''It's more tinkering at the edges,'' said Alan Cole. ''I wouldn't call it reform.''", ["It's more tinkering at the edges,", "I wouldn't call it reform."]],
    // Typing slips: a curly quote closed by a straight one, and the reverse.
    ['curly closed by straight', '“Immunity deals should not be a requirement," Chaffetz said.', ['Immunity deals should not be a requirement,']],
    ['straight closed by curly', '"Oz has a huge bully pulpit,” said David Gorski.', ['Oz has a huge bully pulpit,']],
    ['opening mark typed as the closer', '“It\'s unusual,“ said Larry Noble.', ["It's unusual,"]],
  ])('%s', (_style, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('does not take apostrophes for quotes', () => {
    expect(inner("It's Tom's car and the kids' toys.")).toEqual([]);
  });

  it('does not take an apostrophe after a quote opened by two for its end', () => {
    expect(inner("''It's the kids' money,'' he said.")).toEqual(["It's the kids' money,"]);
  });

  it('runs a doubled-single quote over paragraphs that reopen with one', () => {
    const text = "''First paragraph goes on\n\n''Second paragraph ends.''";
    expect(findQuotationMarks(text).map((quote) => [text.slice(quote.start, quote.end), quote.continues, quote.continued])).toEqual([
      ['First paragraph goes on', true, false],
      ['Second paragraph ends.', false, true],
    ]);
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
