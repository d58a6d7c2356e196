import { describe, expect, it } from 'vitest';
import { blockRanges, findQuotationMarks, unmarkedBlockQuotes } from './quote-marks.ts';

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

  it('does not take a possessive after an abbreviation’s dot for an opening mark', () => {
    expect(inner('Toyota Motor Corp.\'s chief said so. "We are not stepping back," Sato told reporters.')).toEqual(['We are not stepping back,']);
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

  it('ends a quote whose closing mark the page forgot at its speaker’s cue, or where the next quote opens', () => {
    expect(inner('“We wanted to do justice to the collection, explained Dr Wright. A provocative work follows. “The work does resonate with Manet.” It does.')).toEqual([
      'We wanted to do justice to the collection',
      'The work does resonate with Manet.',
    ]);
    expect(inner('“We are done here, Smith said. Then he left.\n\nThe end.')).toEqual(['We are done here']);
    expect(inner('“We never close our quotes. “Nor do we.”')).toEqual(['We never close our quotes.', 'Nor do we.']);
  });

  it('runs a quote without a closing mark to its block’s end when it names no speaker, or the next block carries it on', () => {
    expect(inner('“The first words run on, said in haste\n\nNext.')).toEqual(['The first words run on, said in haste']);
    expect(inner('“First paragraph, Smith said.\n\n“Second paragraph.”')).toEqual(['First paragraph, Smith said.', 'Second paragraph.']);
  });

  it('splits blocks on blank lines', () => {
    expect(blockRanges('a\n\nb\n \nc')).toEqual([
      [0, 1],
      [3, 4],
      [7, 8],
    ]);
  });
});

describe('unmarkedBlockQuotes', () => {
  const quotes = (text: string, spans: { start: number; end: number }[]) =>
    unmarkedBlockQuotes(text, spans, findQuotationMarks(text)).map((quote) => [text.slice(quote.start, quote.end), quote.continued, quote.continues]);

  it('reads each paragraph of a block quote as a quote carrying on from the one before', () => {
    const text = 'Jason:\n\nNever use a rate card.\n\nI learned this at a magazine.\n\nAfter.';
    const start = text.indexOf('Never');
    const end = text.indexOf('\n\nAfter');
    expect(quotes(text, [{ start, end }])).toEqual([
      ['Never use a rate card.', false, true],
      ['I learned this at a magazine.', true, false],
    ]);
  });

  it('reads no credit line closing a block quote as its words, but a line of dialogue opening with a dash', () => {
    const text = 'She posted:\n\nThis bill is a disgrace.\n\n— Mary Jones (@SenMaryJones) March 3, 2024\n\n— Yes, I did.\n\nAfter.';
    const start = text.indexOf('This');
    const end = text.indexOf('\n\nAfter');
    expect(quotes(text, [{ start, end }])).toEqual([
      ['This bill is a disgrace.', false, true],
      ['— Yes, I did.', true, false],
    ]);
  });

  it('leaves a block quote with quotation marks to its marks, and reads spans out of the text or overlapping others once', () => {
    const text = 'She said:\n\n“We won.”\n\nPlain words.';
    const marked = text.indexOf('“');
    expect(quotes(text, [{ start: marked, end: marked + 9 }])).toEqual([]);
    const plain = text.indexOf('Plain');
    expect(quotes(text, [{ start: plain, end: text.length + 50 }, { start: plain + 2, end: text.length }, { start: 9, end: 3 }])).toEqual([['Plain words.', false, false]]);
  });
});
