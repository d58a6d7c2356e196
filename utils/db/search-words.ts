const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&.-]*/gu;
const MAX_WORDS = 2000;

/** Lower-cased, de-duplicated words of the given texts, kept with each note for the Library's word index. */
export function searchWords(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.toLowerCase().matchAll(WORD)) {
      const word = match[0].replace(/['’.&-]+$/u, '');
      if (word) words.add(word);
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

/** The words of a search box's text; the last one is matched as a prefix (the reader is still typing it). */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  for (const match of query.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’.&-]+$/u, '');
    if (word) words.push(word);
  }
  return words;
}
