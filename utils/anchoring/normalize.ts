import { partitionPoint } from '../sorted/partition-point.ts';

/**
 * Folds the differences that pages introduce without changing what they say (typographic quotes,
 * dashes, non-breaking and repeated whitespace, soft hyphens, letter case) so that a quote taken
 * on one version of a page can be found verbatim on another. Keeps a map back to the original.
 */
export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** Offset in the original text of the folded character at `offset` (the original length at the end). */
  toOriginal(offset: number): number;
  /** Offset in the folded text of the first folded character at or after the original `offset`. */
  fromOriginal(offset: number): number;
}

const SPACE = 0x20;

/** What a code unit folds to: a code unit, SKIP (drop it), WHITESPACE (part of a run), or ELLIPSIS. */
const SKIP = -1;
const WHITESPACE = -2;
const ELLIPSIS = -3;

function foldCodeUnit(code: number): number {
  if (code < 0x80) {
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return WHITESPACE;
    if (code >= 0x41 && code <= 0x5a) return code + 0x20;
    if (code === 0x60) return 0x27; // backtick used as an opening quote
    return code;
  }
  switch (code) {
    case 0x00a0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
      return WHITESPACE;
    case 0x00ad: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
      return SKIP;
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x00b4: case 0x2039: case 0x203a:
      return 0x27;
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb:
      return 0x22;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return 0x2d;
    case 0x2026:
      return ELLIPSIS;
  }
  if (code >= 0x2000 && code <= 0x200a) return WHITESPACE;
  // Surrogates stay as they are: lower-casing one half of a pair would corrupt it.
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * Folded value of each UTF-16 code unit seen so far, offset by FOLD_BIAS so that 0 means "not
 * computed yet" and the markers (SKIP, WHITESPACE, ELLIPSIS) stay positive.
 */
const foldTable = new Int32Array(0x10000);
const FOLD_BIAS = 4;

const decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;
const CHUNK = 8192;

/** Below this length, building the string directly is cheaper than calling the decoder. */
const DECODER_THRESHOLD = 512;

function codeUnitsToString(units: Uint16Array, length: number): string {
  if (decoder && length >= DECODER_THRESHOLD) {
    const decoded = decoder.decode(units.subarray(0, length));
    // A lone surrogate would come back as one U+FFFD: same length, so offsets still hold.
    if (decoded.length === length) return decoded;
  }
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(units.subarray(i, Math.min(length, i + CHUNK))));
  }
  return out;
}

export function normalizeForMatching(text: string): NormalizedText {
  const source = typeof text === 'string' ? text : '';
  const n = source.length;
  // An ellipsis becomes three characters; everything else folds to at most one.
  let ellipses = 0;
  for (let at = source.indexOf('\u2026'); at !== -1; at = source.indexOf('\u2026', at + 1)) ellipses++;
  const capacity = n + 2 * ellipses;
  const units = new Uint16Array(capacity);
  const toOriginalMap = new Int32Array(capacity + 1);
  let length = 0;
  let inWhitespace = false;
  for (let i = 0; i < n; i++) {
    const code = source.charCodeAt(i);
    let entry = foldTable[code] as number;
    if (entry === 0) {
      entry = foldCodeUnit(code) + FOLD_BIAS;
      foldTable[code] = entry;
    }
    if (entry >= FOLD_BIAS) {
      units[length] = entry - FOLD_BIAS;
      toOriginalMap[length++] = i;
      inWhitespace = false;
      continue;
    }
    const folded = entry - FOLD_BIAS;
    if (folded === SKIP) continue;
    if (folded === WHITESPACE) {
      if (!inWhitespace) {
        units[length] = SPACE;
        toOriginalMap[length++] = i;
        inWhitespace = true;
      }
      continue;
    }
    inWhitespace = false;
    if (folded === ELLIPSIS) {
      for (let k = 0; k < 3; k++) {
        units[length] = 0x2e;
        toOriginalMap[length++] = i;
      }
      continue;
    }
  }
  toOriginalMap[length] = n;
  const folded = codeUnitsToString(units, length);
  const map = toOriginalMap.subarray(0, length + 1);
  return {
    text: folded,
    toOriginal(offset: number): number {
      if (!(offset > 0)) return map[0] ?? 0;
      if (offset >= length) return n;
      return map[Math.floor(offset)] ?? n;
    },
    fromOriginal(offset: number): number {
      if (!(offset > 0)) return 0;
      if (offset >= n) return length;
      return partitionPoint(length, (index) => (map[index] ?? n) < offset);
    },
  };
}

/** Visits each folded code unit of `text` in order, with the index of the code unit it comes from. */
function visitFolded(text: string, visit: (code: number, source: number) => void): void {
  let inWhitespace = false;
  for (let i = 0; i < text.length; i++) {
    const folded = foldCodeUnit(text.charCodeAt(i));
    if (folded >= 0) {
      visit(folded, i);
      inWhitespace = false;
    } else if (folded === WHITESPACE) {
      if (!inWhitespace) visit(SPACE, i);
      inWhitespace = true;
    } else if (folded === ELLIPSIS) {
      visit(0x2e, i);
      visit(0x2e, i);
      visit(0x2e, i);
      inWhitespace = false;
    }
  }
}

/** Folds a string (a quote or its context) the same way, without building a map. */
export function foldForMatching(text: string): string {
  if (typeof text !== 'string') return '';
  if (text.length > CHUNK) return normalizeForMatching(text).text;
  const codes: number[] = [];
  visitFolded(text, (code) => codes.push(code));
  return String.fromCharCode.apply(null, codes);
}

/**
 * Visits the characters of foldForMatching(text) in order, with the index of the code unit each
 * comes from (the first of a whitespace run; the same index three times for an ellipsis). Lets a
 * caller read what folding took away (letter case) without building a full NormalizedText.
 */
export function forEachFoldedSource(text: string, visit: (source: number) => void): void {
  visitFolded(typeof text === 'string' ? text : '', (_code, source) => visit(source));
}
