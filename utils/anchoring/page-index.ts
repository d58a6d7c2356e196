/**
 * Where each word of a folded page starts, keyed by its first few characters: lets a note find
 * the places where pieces of its quote still occur without scanning the page once per piece.
 */
export const GRAM_LENGTH = 8;
/** A gram found at more places than this says little about where a quote is. */
export const MAX_GRAM_HITS = 32;

export interface PageIndex {
  /** Word starts where the page continues with `gram` (GRAM_LENGTH characters), in order. */
  wordStartsWith(gram: string): readonly number[];
}

const SPACE = 0x20;
const NONE: readonly number[] = [];

function gramHash(text: string, at: number): number {
  let hash = 0;
  for (let k = 0; k < GRAM_LENGTH; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(at + k)) | 0;
  return hash;
}

/** Whether `at` starts a word of a folded text (whitespace there is always a single space). */
export function isWordStart(text: string, at: number): boolean {
  return text.charCodeAt(at) !== SPACE && (at === 0 || text.charCodeAt(at - 1) === SPACE);
}

export function buildPageIndex(text: string): PageIndex {
  // Chained hash table in typed arrays: one slot per word start, no allocation per word.
  const last = text.length - GRAM_LENGTH;
  let capacity = Math.max(16, Math.ceil(text.length / 5));
  let hashes = new Int32Array(capacity);
  let positions = new Int32Array(capacity);
  let count = 0;
  let previous = SPACE;
  for (let at = 0; at <= last; at++) {
    const code = text.charCodeAt(at);
    const startsWord = previous === SPACE && code !== SPACE;
    previous = code;
    if (!startsWord) continue;
    if (count === capacity) {
      capacity *= 2;
      const grownHashes = new Int32Array(capacity);
      grownHashes.set(hashes);
      hashes = grownHashes;
      const grownPositions = new Int32Array(capacity);
      grownPositions.set(positions);
      positions = grownPositions;
    }
    hashes[count] = gramHash(text, at);
    positions[count++] = at;
  }
  let bucketCount = 1;
  while (bucketCount < count * 2) bucketCount <<= 1;
  const mask = bucketCount - 1;
  const heads = new Int32Array(bucketCount).fill(-1);
  const next = new Int32Array(count);
  // Linked from the last word start so that each chain lists its positions in page order.
  for (let slot = count - 1; slot >= 0; slot--) {
    const bucket = (hashes[slot] ?? 0) & mask;
    next[slot] = heads[bucket] ?? -1;
    heads[bucket] = slot;
  }
  return {
    wordStartsWith(gram: string): readonly number[] {
      if (gram.length !== GRAM_LENGTH || count === 0) return NONE;
      const hash = gramHash(gram, 0);
      const found: number[] = [];
      for (let slot = heads[hash & mask] ?? -1; slot !== -1; slot = next[slot] ?? -1) {
        const at = positions[slot] ?? 0;
        // Different grams can share a hash or a bucket: keep the places that really continue with this one.
        if (hashes[slot] === hash && text.startsWith(gram, at)) found.push(at);
      }
      return found;
    },
  };
}
