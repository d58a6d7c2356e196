import { describe, expect, it } from 'vitest';
import { buildPageIndex, GRAM_LENGTH, isWordStart } from './page-index.ts';
import { createRandom } from './random.ts';

describe('buildPageIndex', () => {
  it('finds the word starts that continue with a gram, in page order', () => {
    const text = 'huawei and zte. huawei again, and huaweis too';
    const index = buildPageIndex(text);
    expect(index.wordStartsWith('huawei a')).toEqual([0, 16]);
    expect(index.wordStartsWith('huaweis ')).toEqual([34]);
    expect(index.wordStartsWith('nothing!')).toEqual([]);
    expect(index.wordStartsWith('short')).toEqual([]);
  });

  it('agrees with a scan of the text', () => {
    const random = createRandom(5);
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
    const text = Array.from({ length: 3000 }, () => random.pick(words)).join(' ');
    const index = buildPageIndex(text);
    for (const gram of ['alpha be', 'gamma ga', 'epsilon ', 'zeta zet']) {
      const expected: number[] = [];
      for (let at = 0; at + GRAM_LENGTH <= text.length; at++) if (isWordStart(text, at) && text.startsWith(gram, at)) expected.push(at);
      expect(index.wordStartsWith(gram)).toEqual(expected);
    }
  });

  it('handles an empty page', () => {
    expect(buildPageIndex('').wordStartsWith('abcdefgh')).toEqual([]);
  });
});
