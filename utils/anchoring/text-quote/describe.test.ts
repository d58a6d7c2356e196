import { describe, expect, it } from 'vitest';
import { describeSelectors } from '../describe.ts';
import { describeTextQuote } from './describe.ts';

const text = 'Japan might boycott Huawei and ZTE equipment, officials said.';

describe('describeTextQuote', () => {
  it.each([
    ['a word in the middle', { start: 20, end: 26 }, 32, { exact: 'Huawei', prefix: 'Japan might boycott ', suffix: ' and ZTE equipment, officials sa' }],
    ['the start of the text', { start: 0, end: 5 }, 32, { exact: 'Japan', prefix: '', suffix: ' might boycott Huawei and ZTE eq' }],
    ['the end of the text', { start: text.length - 5, end: text.length }, 8, { exact: 'said.', prefix: 'ficials ', suffix: '' }],
    ['a short context', { start: 20, end: 26 }, 4, { exact: 'Huawei', prefix: 'ott ', suffix: ' and' }],
    ['no context', { start: 20, end: 26 }, 0, { exact: 'Huawei', prefix: '', suffix: '' }],
  ])('describes %s', (_name, span, contextLength, expected) => {
    expect(describeTextQuote(text, span, contextLength)).toEqual({ type: 'TextQuoteSelector', ...expected });
  });

  it('uses 32 characters of context by default', () => {
    const long = 'x'.repeat(100) + 'NOTE' + 'y'.repeat(100);
    const selector = describeTextQuote(long, { start: 100, end: 104 });
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toHaveLength(32);
  });

  it('never cuts a surrogate pair in the context', () => {
    const withEmoji = '😀'.repeat(20) + 'note' + '😀'.repeat(20);
    const selector = describeTextQuote(withEmoji, { start: 40, end: 44 }, 5);
    expect(selector.prefix).toBe('😀😀');
    expect(selector.suffix).toBe('😀😀');
  });

  it('clamps a span that runs past the text', () => {
    expect(describeTextQuote('abc', { start: 2, end: 10 }).exact).toBe('c');
    expect(describeTextQuote('abc', { start: -4, end: 1 }).exact).toBe('a');
  });
});

describe('describeSelectors', () => {
  it('describes the same text with both selectors, clamping a span past the end', () => {
    const [quote, position] = describeSelectors('Huawei and ZTE', { start: 11, end: 40 });
    expect(quote.exact).toBe('ZTE');
    expect(position).toEqual({ type: 'TextPositionSelector', start: 11, end: 14 });
  });
});
