import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';
import { contextAgreement, outwardEditDistance, prepareContext, sharedRunLength } from './similarity.ts';

/** Reference: edits to turn `pattern` into some prefix of `text` (textbook dynamic programming). */
function referenceDistance(pattern: string, text: string): number {
  let previous = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      current[j] = Math.min(
        (previous[j - 1] ?? 0) + (pattern[i - 1] === text[j - 1] ? 0 : 1),
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
      );
    }
    previous = current;
  }
  return Math.min(...previous);
}

const reverse = (s: string) => [...s].reverse().join('');

describe('outwardEditDistance', () => {
  it.each([
    ['identical', ' said the', ' said the minister', 0],
    ['one word changed', ' said the', ' told the', 3],
    ['a word inserted', ' said the minister', ' said to the minister', 3],
    ['the page running on past the context', ' said', ' said the minister', 0],
    ['nothing in common', 'abc', 'xyz', 3],
    ['page ends early', ' said the minister', ' said', 13],
  ])('reads a suffix forwards: %s', (_name, context, page, expected) => {
    expect(outwardEditDistance(prepareContext(context, 1), page, 0)).toBe(expected);
  });

  it('reads a prefix backwards from the quote', () => {
    const page = 'the company said Huawei';
    const quoteStart = page.indexOf('Huawei');
    expect(outwardEditDistance(prepareContext('company said ', -1), page, quoteStart)).toBe(0);
    expect(outwardEditDistance(prepareContext('company told ', -1), page, quoteStart)).toBe(3);
  });

  it('agrees with the textbook algorithm on random strings', () => {
    const random = createRandom(11);
    const alphabet = 'ab c';
    for (let round = 0; round < 2000; round++) {
      const pattern = Array.from({ length: 1 + random.below(32) }, () => random.pick([...alphabet])).join('');
      const page = Array.from({ length: random.below(60) }, () => random.pick([...alphabet])).join('');
      const window = page.slice(0, pattern.length + 16);
      const expected = referenceDistance(pattern, window);
      expect(outwardEditDistance(prepareContext(pattern, 1), page, 0)).toBe(expected);
      expect(outwardEditDistance(prepareContext(reverse(pattern), -1), reverse(page), page.length)).toBe(expected);
    }
  });

  it('compares only the 32 characters next to the quote', () => {
    expect(prepareContext('x'.repeat(50) + 'y', 1).length).toBe(32);
  });
});

describe('contextAgreement', () => {
  it('is 1 for the same context, 0 for none, and near 0 for unrelated text', () => {
    const context = prepareContext(' and ZTE equipment, officials sa', 1);
    expect(contextAgreement(context, ' and ZTE equipment, officials said', 0)).toBe(1);
    expect(contextAgreement(prepareContext('', 1), 'anything', 0)).toBe(0);
    expect(contextAgreement(context, ' the weather turned cold in the north', 0)).toBeLessThan(0.3);
  });
});

describe('sharedRunLength', () => {
  it('counts equal characters outwards from the quote', () => {
    expect(sharedRunLength(' said', ' said the', 0, 1)).toBe(5);
    expect(sharedRunLength('the minister ', 'a minister Huawei', 11, -1)).toBe(10);
  });
});
