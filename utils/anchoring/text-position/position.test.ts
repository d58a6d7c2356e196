import { describe, expect, it } from 'vitest';
import { describeTextPosition } from './describe.ts';
import { matchTextPosition } from './match.ts';

describe('text position selectors', () => {
  it('describes a span and matches it back (describe/match pair)', () => {
    const text = 'Huawei and ZTE';
    const selector = describeTextPosition({ start: 11, end: 14 });
    expect(selector).toEqual({ type: 'TextPositionSelector', start: 11, end: 14 });
    const span = matchTextPosition(text, selector);
    expect(span && text.slice(span.start, span.end)).toBe('ZTE');
  });

  it.each([
    ['past the end', 5, 20],
    ['negative', -1, 3],
    ['empty', 3, 3],
    ['reversed', 4, 2],
    ['fractional', 1.5, 3],
    ['not a number', Number.NaN, 3],
  ])('rejects a position %s', (_name, start, end) => {
    expect(matchTextPosition('Huawei and ZTE', { type: 'TextPositionSelector', start, end })).toBeNull();
  });
});
