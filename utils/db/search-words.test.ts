import { describe, expect, it } from 'vitest';
import { makeLibrary } from '../export/sample-library';
import { createRandom } from '../anchoring/random';
import { queryWords, searchWords } from './search-words';

/** The definition the scanner follows, as a regular expression (slower, kept here as the reference). */
function referenceWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&.-]*/gu)) {
    const word = match[0].replace(/['’.&-]+$/u, '');
    if (word) words.push(word);
  }
  return words;
}

describe('search words', () => {
  it.each([
    ['AT&T’s deal with U.S. carriers.', ['at&t’s', 'deal', 'with', 'u.s', 'carriers']],
    ["Rock'n'roll -- and Café Zürich", ["rock'n'roll", 'and', 'café', 'zürich']],
    ['e\u0301te\u0301 2024-11-25 ...x', ['e\u0301te\u0301', '2024-11-25', 'x']],
    ['東京 Ελλάδα 𝒜𝒷𝒸 😀ok', ['東京', 'ελλάδα', '𝒜𝒷𝒸', 'ok']],
    ['', []],
    ['-- ... ’', []],
  ])('%j', (text, words) => {
    expect(queryWords(text)).toEqual(words);
    expect(referenceWords(text)).toEqual(words);
  });

  it('agrees with the regular expression on every note of a sample library and on random text', () => {
    for (const note of makeLibrary(300, 30).notes) {
      for (const text of [note.body, note.target.selector[0].exact, note.pageTitle]) expect(queryWords(text)).toEqual(referenceWords(text));
    }
    const random = createRandom(7);
    const alphabet = ['a', 'Z', '9', ' ', '.', '-', '&', "'", '’', 'é', 'e\u0301', '東', '😀', '𝒜', '\n', ',', '—', 'ß', 'İ'];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + random.below(40) }, () => random.pick(alphabet)).join('');
      expect(queryWords(text), JSON.stringify(text)).toEqual(referenceWords(text));
    }
  });

  it('keeps each word once, across texts, and stops at 2,000', () => {
    expect(searchWords('Huawei huawei', 'HUAWEI network')).toEqual(['huawei', 'network']);
    const many = Array.from({ length: 2500 }, (_, i) => `w${i}`).join(' ');
    expect(searchWords(many, 'later')).toHaveLength(2000);
  });
});
