import { describe, expect, it } from 'vitest';
import { foldForMatching, normalizeForMatching } from './normalize.ts';

describe('normalizeForMatching', () => {
  it.each([
    ['curly double quotes', '“Cybersecurity”', '"cybersecurity"'],
    ['curly single quotes and apostrophes', 'Japan’s ‘encouraged’', "japan's 'encouraged'"],
    ['low quotes and guillemets', '„Ja“ «oui»', '"ja" "oui"'],
    ['en and em dashes, minus sign', 'Trump – Xi — 5−3', 'trump - xi - 5-3'],
    ['non-breaking and thin spaces', 'US\u00a0soil\u2009now', 'us soil now'],
    ['whitespace runs and block breaks', 'a  b\n\n\tc', 'a b c'],
    ['soft hyphen and zero-width characters', 'Hua\u00adwei\u200b ZTE\ufeff', 'huawei zte'],
    ['ellipsis', 'wait…', 'wait...'],
    ['letter case', 'HUAWEI Ünïcode', 'huawei ünïcode'],
    ['empty text', '', ''],
    ['astral characters are kept whole', 'a 😀 b', 'a 😀 b'],
  ])('folds %s', (_name, input, folded) => {
    expect(normalizeForMatching(input).text).toBe(folded);
    expect(foldForMatching(input)).toBe(folded);
  });

  it('maps every folded offset back to the original character it came from', () => {
    const original = 'A\u00a0 “B”…\n\nC\u00adD';
    const normalized = normalizeForMatching(original);
    expect(normalized.text).toBe('a "b"... cd');
    const origins = [...normalized.text].map((_, i) => normalized.toOriginal(i));
    expect(origins).toEqual([0, 1, 3, 4, 5, 6, 6, 6, 7, 9, 11]);
    expect(normalized.toOriginal(normalized.text.length)).toBe(original.length);
  });

  it('maps original offsets to folded ones, and back to the same character', () => {
    const original = 'The  “quoted”\u00a0text';
    const normalized = normalizeForMatching(original);
    for (const [offset, folded] of [[0, 0], [3, 3], [4, 4], [5, 4], [6, 5], [original.length, normalized.text.length]] as const) {
      expect(normalized.fromOriginal(offset)).toBe(folded);
    }
    const at = original.indexOf('text');
    expect(normalized.toOriginal(normalized.fromOriginal(at))).toBe(at);
  });

  it('clamps offsets outside the text instead of failing', () => {
    const normalized = normalizeForMatching('abc');
    expect(normalized.toOriginal(-5)).toBe(0);
    expect(normalized.toOriginal(99)).toBe(3);
    expect(normalized.toOriginal(Number.NaN)).toBe(0);
    expect(normalized.fromOriginal(-1)).toBe(0);
    expect(normalized.fromOriginal(1e12)).toBe(3);
  });

  it('keeps offsets straight on a long text (the decoder path)', () => {
    const original = 'x “y”\u00a0 z… '.repeat(20_000);
    const normalized = normalizeForMatching(original);
    expect(normalized.text.startsWith('x "y" z... x')).toBe(true);
    const at = normalized.text.lastIndexOf('z');
    expect(original[normalized.toOriginal(at)]).toBe('z');
  });

  it('does not throw on a non-string', () => {
    expect(normalizeForMatching(undefined as unknown as string).text).toBe('');
  });
});
