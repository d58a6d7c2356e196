import type { TextSpan } from '../anchoring/types.ts';

/** A stretch of text between quotation marks, offsets of the words inside (marks excluded). */
export interface MarkedQuote {
  start: number;
  end: number;
  /** The quote runs on into the next block, which opens with a quotation mark again. */
  continues: boolean;
  /** The quote carries on from the block before. */
  continued: boolean;
  /** A paragraph of a block quote the page sets off without quotation marks: no mark stands before or after its words. */
  unmarked?: boolean;
}

/** Closers each opener accepts; a curly quote closed by a straight one (or the reverse) is a typing slip, not two quotes. */
const OPENERS: Record<string, string> = { '“': '”"', '„': '“”', '«': '»', '‹': '›', '「': '」', '『': '』', '‚': '‘’' };
/**
 * Every mark that can open or close a quote: the scan jumps from one to the next. It reads two straight
 * single quotes side by side ('') as one double mark, as the New York Times archive writes them.
 */
const MARK_PATTERN = /["“”„«»‹›「」『』‘’'‚]/g;
const DOUBLED_SINGLE = "''";
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a straight or single quotation mark `width` long at `index` opens a quote (not an apostrophe, not a closer). */
function opensAt(text: string, index: number, blockStart: number, width = 1): boolean {
  const before = index > blockStart ? text[index - 1]! : ' ';
  const after = text[index + width] ?? ' ';
  return !LETTER_OR_DIGIT.test(before) && /[\s([{\u2014\u2013\-—:]/u.test(before + ' ') && !/\s/.test(after) && after !== undefined;
}

/** "Corp.'s", "U.S.'s": a possessive after an abbreviation's dot, not a single quotation mark. */
function isPossessiveAfterDot(text: string, index: number): boolean {
  return text[index - 1] === '.' && text[index + 1] === 's' && !LETTER_OR_DIGIT.test(text[index + 2] ?? ' ');
}

function closesAt(text: string, index: number, width = 1): boolean {
  const after = text[index + width] ?? ' ';
  return !LETTER_OR_DIGIT.test(after);
}

/** `end`, less the white space before it (not before `start`). */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * A speaker's cue inside words a quotation mark opened and none closed: ", explained Dr Wright.", ", Smith said.": a comma,
 * then a speech verb and a capitalised name, or a capitalised name and a speech verb, then the sentence's end.
 */
const CUE_INSIDE_UNCLOSED_QUOTE =
  /,\s+(?:(?:said|says|explained|explains|added|adds|noted|notes|told|tells|wrote|writes|recalled|recalls|asked|asks|continued|continues)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*|(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:said|says|explained|explains|added|adds|noted|notes|told|wrote|writes|recalled|recalls|asked|asks))[.!?]/u;

/** Where words a quotation mark opened at `start` end when no mark closes them before `end`: at a speaker's cue inside, if any. */
function unclosedQuoteEnd(text: string, start: number, end: number): number {
  const cue = CUE_INSIDE_UNCLOSED_QUOTE.exec(text.slice(start, end));
  return trimmedEnd(text, start, cue ? start + cue.index : end);
}

/** Offsets of every "\n\n"-separated block: [start, end). */
export function blockRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    if (match.index > start) ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/**
 * Pairs quotation marks block by block in one pass: curly, straight, guillemets, low-9, CJK corner
 * brackets, and single quotes used as quotes (an apostrophe inside a word is never a mark).
 * A quote left open at the end of a block runs to the end of it (multi-paragraph quotes).
 */
export function findQuotationMarks(text: string): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const blocks = blockRanges(text);
  let carried = false;
  for (let b = 0; b < blocks.length; b++) {
    const [blockStart, blockEnd] = blocks[b]!;
    // `width`: how many characters the opening mark takes ('' is two).
    let open: { position: number; width: number; closers: string } | null = null;
    let continued = carried;
    carried = false;
    MARK_PATTERN.lastIndex = blockStart;
    for (let match = MARK_PATTERN.exec(text); match && match.index < blockEnd; match = MARK_PATTERN.exec(text)) {
      const index = match.index;
      let char = match[0];
      if (char === "'" && text.charCodeAt(index + 1) === 39) {
        char = DOUBLED_SINGLE;
        MARK_PATTERN.lastIndex = index + 2;
      }
      if (open) {
        const isStraight = char === '"' || char === "'" || char === DOUBLED_SINGLE;
        // '' closes only a quote it opened, and a lone apostrophe never closes one opened by ''.
        const closes = open.closers === DOUBLED_SINGLE ? char === DOUBLED_SINGLE : char !== DOUBLED_SINGLE && open.closers.includes(char);
        // An opening mark typed where the closing one belongs ("“It's unusual,“ said"): right after the
        // words, with none after it.
        const misTypedCloser = char === '“' && open.closers.includes('”') && !/\s/.test(text[index - 1] ?? ' ') && closesAt(text, index);
        if (misTypedCloser || (closes && (isStraight || char === '’' ? closesAt(text, index, char.length) : true))) {
          if (index > open.position + open.width) quotes.push({ start: open.position + open.width, end: index, continues: false, continued });
          continued = false;
          open = null;
        } else if (OPENERS[char] && open.closers !== OPENERS[char] && char !== '‚') {
          // Nested opener of another style: an inner quote, ignored.
        } else if (OPENERS[char] === open.closers && !open.closers.includes(char) && /\s/.test(text[index - 1] ?? '')) {
          // The same opener again, after a space: the page forgot the first quote's closing mark
          // ("“In our selection, we wanted …, explained Dr Wright. … “The work does resonate …”").
          const end = unclosedQuoteEnd(text, open.position + open.width, index);
          if (end > open.position + open.width) quotes.push({ start: open.position + open.width, end, continues: false, continued });
          continued = false;
          open = { position: index, width: 1, closers: open.closers };
        }
        continue;
      }
      const closers = OPENERS[char];
      if (closers) open = { position: index, width: 1, closers };
      else if (char === '"' && opensAt(text, index, blockStart)) open = { position: index, width: 1, closers: '"”' };
      else if (char === DOUBLED_SINGLE && opensAt(text, index, blockStart, 2)) open = { position: index, width: 2, closers: DOUBLED_SINGLE };
      else if ((char === '‘' || char === "'") && opensAt(text, index, blockStart) && !isPossessiveAfterDot(text, index)) open = { position: index, width: 1, closers: char === '‘' ? '’' : "'" };
      // A closing mark typed where an opening one belongs ("”Fortunately, ...”") still opens.
      else if (char === '”' && opensAt(text, index, blockStart) && LETTER_OR_DIGIT.test(text[index + 1] ?? '')) open = { position: index, width: 1, closers: '”' };
      if (!open) continued = false;
    }
    if (open) {
      const nextBlock = blocks[b + 1];
      const nextOpens = nextBlock ? /^["“„«‘‹「]/u.test(text[nextBlock[0]] ?? '') || text.startsWith(DOUBLED_SINGLE, nextBlock[0]) : false;
      // Only double marks run over paragraphs; an unclosed single mark is most likely an apostrophe.
      if (open.closers !== '’' && open.closers !== "'") {
        // (A quote the next paragraph carries on runs to the block's end; one that stops here, to its speaker's cue if
        // the page forgot its closing mark before it.)
        const end = nextOpens ? trimmedEnd(text, open.position + open.width, blockEnd) : unclosedQuoteEnd(text, open.position + open.width, blockEnd);
        if (end > open.position + open.width) quotes.push({ start: open.position + open.width, end, continues: nextOpens, continued });
        carried = nextOpens;
      }
    }
  }
  return quotes;
}

/**
 * A paragraph that credits a block quote's words to someone: a dash, then a name of two capitalised words or more, then a
 * comma, a bracket or nothing ("— Mary Jones (@SenMaryJones) March 3, 2024"; not the dialogue "— Yes, I did.").
 */
const CREDIT_LINE = /^[―—–-]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+\s*(?:[,(]|$)/u;

/**
 * The paragraphs of the block quotes a page sets off (`<blockquote>`, given as spans of the text) that hold no
 * quotation marks of their own, as quotes: each paragraph one, carrying on from the one before in the same block
 * quote. A block quote with marks inside is left to the marks (the seed's “…” in its block quote).
 */
export function unmarkedBlockQuotes(text: string, blockQuotes: readonly TextSpan[], marked: readonly MarkedQuote[]): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  // In order, each once: a span overlapping one before it adds nothing.
  let covered = 0;
  for (const span of [...blockQuotes].sort((a, b) => a.start - b.start)) {
    const start = Math.max(covered, Math.floor(span.start));
    const end = Math.min(text.length, Math.floor(span.end));
    if (!(end > start)) continue;
    covered = end;
    if (marked.some((quote) => quote.start < end && quote.end > start)) continue;
    // (Not a credit line closing it: "— Mary Jones (@SenMaryJones) March 3, 2024" names who wrote the rest.)
    const paragraphs = blockRanges(text.slice(start, end)).filter(([first, last]) => /[\p{L}\p{N}]/u.test(text.slice(start + first, start + last)) && !CREDIT_LINE.test(text.slice(start + first, start + last)));
    paragraphs.forEach(([first, last], index) => {
      quotes.push({ start: start + first, end: start + last, continues: index < paragraphs.length - 1, continued: index > 0, unmarked: true });
    });
  }
  return quotes;
}
