/**
 * Words for search, as the Library indexes them: a word starts at a letter or digit and runs on through letters,
 * digits, combining marks and the joiners ' ’ & . - ("at&t", "u.s", "rock'n'roll"); joiners at its end are
 * dropped ("u.s." → "u.s"). Lower-cased. This is the regular expression [\p{L}\p{N}][\p{L}\p{N}\p{M}'’&.-]* (flags
 * gu) with trailing joiners removed, scanned by hand: an import of 10,000 notes spends half as long here
 * (search-words.test.ts checks the two agree).
 */
const MAX_WORDS = 2000;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;

const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 38 || code === 46 || code === 45;
const isAsciiAlphanumeric = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);

function startsWord(code: number, char: string): boolean {
  return code < 128 ? isAsciiAlphanumeric(code) : LETTER_OR_DIGIT.test(char);
}

function continuesWord(code: number, char: string): boolean {
  if (code < 128) return isAsciiAlphanumeric(code) || isJoiner(code);
  return code === 0x2019 || LETTER_DIGIT_OR_MARK.test(char);
}

/** Calls `take` with each word of `text` (lower-cased), in order; stops when `take` returns false. */
function eachWord(text: string, take: (word: string) => boolean): void {
  const lower = text.toLowerCase();
  const length = lower.length;
  let at = 0;
  while (at < length) {
    let code = lower.codePointAt(at)!;
    let width = code > 0xffff ? 2 : 1;
    if (!startsWord(code, lower.slice(at, at + width))) {
      at += width;
      continue;
    }
    let end = at + width;
    while (end < length) {
      code = lower.codePointAt(end)!;
      width = code > 0xffff ? 2 : 1;
      if (!continuesWord(code, lower.slice(end, end + width))) break;
      end += width;
    }
    let wordEnd = end;
    while (isJoiner(lower.charCodeAt(wordEnd - 1))) wordEnd--;
    if (!take(lower.slice(at, wordEnd))) return;
    at = end;
  }
}

/** Lower-cased, de-duplicated words of the given texts, kept with each note for the Library's word index. */
export function searchWords(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    eachWord(text, (word) => words.add(word).size < MAX_WORDS);
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
}

/** The words of a search box's text; the last one is matched as a prefix (the reader is still typing it). */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  eachWord(query, (word) => words.push(word) > 0);
  return words;
}
