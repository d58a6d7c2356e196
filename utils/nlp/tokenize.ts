/** A word or punctuation mark with its UTF-16 offsets in the source text (end exclusive). */
export interface Token {
  text: string;
  /** `text` in lower case, computed once: the rules ask for it of most tokens, many times. */
  lower: string;
  start: number;
  end: number;
  /** Index of the block ("\n\n"-separated paragraph) the token is in. */
  block: number;
  /** Index of the sentence the token is in, counted over the whole text. */
  sentence: number;
}

export interface Sentence {
  /** Index of the first token and one past the last in the token list. */
  first: number;
  end: number;
  block: number;
}

export interface TokenizedText {
  /** The text the offsets point into (cut to MAX_TEXT_LENGTH). */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Words keep inner &, -, apostrophes and dots (AT&T, e-mail, O'Neil, 3.5); dotted acronyms (U.S.) stay whole, and
// so do the legal forms written with a slash ("Novo Nordisk A/S", "Gerdau S/A").
// Sticky: read where a token starts, past the white space before it (any other character opens a token, "\S" at
// least), which gives its end without a match array per token.
const TOKEN_AT = /(?:\p{L}\.){2,}|(?:A\/S|S\/A)(?![\p{L}\p{N}\/])|[\p{L}\p{M}\p{N}]+(?:[&\-'’.+][\p{L}\p{M}\p{N}]+)*\+?|\S/uy;
const POSSESSIVE_PATTERN = /^(.+?)(['’][sS]?)$/u;
const POSSESSIVE_S_PATTERN = /^(.{2,}?)(['’]s)$/u;
const NEGATION_PATTERN = /^(.+)(n['’]t)$/iu;
/** The participles of an owner's, a backer's or a maker's compound adjective ("Alibaba-backed", "InBev-owned", "Metcash-supplied"). */
const OWNER_PARTICIPLES = ['owned', 'backed', 'controlled', 'funded', 'financed', 'run', 'operated', 'branded', 'led', 'sponsored', 'affiliated', 'supplied', 'managed'];
/**
 * A capitalised name and an owner's participle written as one word: the name is a token of its own and the participle,
 * with its hyphen, another ("-backed"), so a name inside the compound is found ("state-owned" stays whole, and so do
 * the places of "London-based" and "Tokyo-listed", which say where, not who).
 */
const OWNER_COMPOUND = new RegExp(`^(\\p{Lu}[\\p{L}\\p{M}\\p{N}&.'’+-]*?|\\p{N}[\\p{L}\\p{M}\\p{N}]*)(-(?:${OWNER_PARTICIPLES.join('|')}))$`, 'u');
const OWNER_PARTICIPLE_TOKENS = new Set(OWNER_PARTICIPLES.map((participle) => `-${participle}`));

/** Whether a token is an owner's participle split from the name before it ("-owned" of "Walmart-owned"). */
export function isOwnerParticiple(text: string): boolean {
  return OWNER_PARTICIPLE_TOKENS.has(text);
}

/** Abbreviations that keep their final dot and do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'etc', 'rev', 'hon', 'messrs', 'adm', 'supt', 'det', 'del', 'fr', 'bros',
]);

/** Closing quotation marks and brackets: right after a full stop, they belong to the sentence it ends. */
const CLOSING_MARKS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/** A figure or a number sign after "No." ("No. 5", "no. #12"). */
const NUMBER_FOLLOWS = /^\s?[\d#]/;
/** Abbreviations that end a sentence when a capitalised word follows ("KDDI Corp. Tensions ..."). */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['inc.', 'corp.', 'co.', 'ltd.', 'jr.', 'sr.', 'etc.', 'plc.']);

/** Whether a token is a possessive's ending, as the tokenizer splits it off ("'s", "’s", or the apostrophe alone). */
export function isPossessive(text: string): boolean {
  return text === "'s" || text === '’s' || text === "'" || text === '’';
}

/** A token with a contraction's ending: "We’re", "I’ve", "don't", "you'll". */
export const CONTRACTION = /['’](?:ll|re|ve|d|m|s|t)$/iu;

/** Longest text handled; longer input is cut so a page can never stall the main thread. */
export const MAX_TEXT_LENGTH = 2_000_000;

/** Splits text into tokens and sentences in one linear pass. */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const source = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  let block = 0;
  let sentence = 0;
  let sentenceFirst = 0;
  let lastEnd = 0;
  let pendingClose = false;

  const closeSentence = (): void => {
    if (tokens.length > sentenceFirst) {
      sentences.push({ first: sentenceFirst, end: tokens.length, block });
      sentence++;
      sentenceFirst = tokens.length;
    }
  };

  const push = (value: string, start: number): void => {
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, block, sentence });
  };

  for (;;) {
    // The gap since the last token, and the first line break in it.
    let start = lastEnd;
    let newline = -1;
    while (start < source.length && isWhiteSpace(source.charCodeAt(start))) {
      if (newline < 0 && source.charCodeAt(start) === 10) newline = start;
      start++;
    }
    if (start === source.length) break;
    let value = source.slice(start, tokenEnd(source, start));
    if (newline >= 0) {
      pendingClose = false;
      closeSentence();
      if (/\n\s*\n/.test(source.slice(newline, start))) block++;
    } else if (pendingClose) {
      // Closing quotes and brackets right after the full stop belong to the sentence it ends.
      const closer = start === lastEnd && CLOSING_MARKS.has(value);
      if (!closer) {
        pendingClose = false;
        closeSentence();
      }
    }
    lastEnd = start + value.length;

    // "Corp." and "U.S." keep their dot; any other word leaves the sentence-final dot as its own token.
    if (value.length > 1 && endsWithDot(value) && !ABBREVIATIONS.has(value.slice(0, -1).toLowerCase())) {
      if (!/^(?:\p{L}\.)+$/u.test(value)) value = value.slice(0, -1);
      lastEnd = start + value.length;
    }
    if (source.charCodeAt(lastEnd) === 46 && !endsWithDot(value)) {
      // A capital initial before a capitalised word ("P. Simmons", "George W. Bush") keeps its dot; not the network X
      // after a lower-case word ("posted on X. Nvidia shares rose").
      const previous = tokens[tokens.length - 1];
      const network = value === 'X' && previous !== undefined && /^\p{Ll}/u.test(previous.text);
      // "No. 5" and "no. 12" are numbers' abbreviations; "she said no." ends a sentence.
      const lower = value.toLowerCase();
      const abbreviation = (ABBREVIATIONS.has(lower) && (lower !== 'no' || NUMBER_FOLLOWS.test(source.slice(lastEnd + 1, lastEnd + 4)))) || (isInitial(value) && !network && initialFollows(source, lastEnd + 1));
      if (abbreviation) {
        value += '.';
        lastEnd++;
      }
    }

    // "Toyota Motor Corp.'s", "the U.S.’s": a possessive after an abbreviation's dot is the name's, not a quotation mark.
    if (endsWithDot(value) && isPossessiveAt(source, lastEnd)) {
      push(value, start);
      push(source.slice(lastEnd, lastEnd + 2), lastEnd);
      lastEnd += 2;
      continue;
    }

    const apostrophe = value.length > 2 && hasApostrophe(value);
    const compound = !apostrophe && value.length > 5 && value.includes('-', 1) ? OWNER_COMPOUND.exec(value) : null;
    const possessive = apostrophe ? POSSESSIVE_S_PATTERN.exec(value) : null;
    const negation = apostrophe && !possessive ? NEGATION_PATTERN.exec(value) : null;
    if (possessive && possessive[1] && possessive[2]) {
      push(possessive[1], start);
      push(possessive[2], start + possessive[1].length);
    } else if (negation && negation[1] && negation[2]) {
      push(negation[1], start);
      push(negation[2], start + negation[1].length);
    } else if (apostrophe && /^\p{Lu}[\p{L}]*s['’]$/u.test(value)) {
      // Plural possessive ("Teachers’"): the apostrophe is its own token.
      const plural = POSSESSIVE_PATTERN.exec(value);
      if (plural && plural[1] && plural[2]) {
        push(plural[1], start);
        push(plural[2], start + plural[1].length);
      } else push(value, start);
    } else if (compound && compound[1] && compound[2]) {
      push(compound[1], start);
      push(compound[2], start + compound[1].length);
    } else {
      push(value, start);
    }

    if (value === '.' || value === '!' || value === '?' || (endsWithDot(value) && SENTENCE_FINAL_ABBREVIATIONS.has(value.toLowerCase()))) {
      if (sentenceEndsAfter(source, lastEnd, value.length > 1)) pendingClose = true;
    }
  }
  closeSentence();
  return { text: source, tokens, sentences };
}

/**
 * Where the token opening at `start` ends, as TOKEN_AT reads it. Most tokens are a run of ASCII letters and digits
 * ended by other ASCII text, or one ASCII mark: those are read by char codes. A run ended by a mark that may go on a
 * word (& - ' . + /) or by any non-ASCII character, and a token opening on one, are read by TOKEN_AT.
 */
function tokenEnd(source: string, start: number): number {
  let end = start;
  while (end < source.length && isAsciiWordCode(source.charCodeAt(end))) end++;
  if (end === start) {
    // One ASCII mark (",", "(", "$") is a token of its own.
    if (source.charCodeAt(start) < 128) return start + 1;
  } else if (end === source.length) {
    return end;
  } else {
    // (The run stops at a character that is no ASCII letter or digit; a slash may go on a legal form, "A/S".)
    const next = source.charCodeAt(end);
    if (next < 128 && !isInnerWordMark(next) && next !== 47) return end;
  }
  TOKEN_AT.lastIndex = start;
  TOKEN_AT.test(source);
  return TOKEN_AT.lastIndex;
}

/** Whether a UTF-16 code unit is an ASCII letter or digit. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Whether a UTF-16 code unit is an ASCII mark that TOKEN_AT keeps inside or at the end of a word: & - ' . + */
function isInnerWordMark(code: number): boolean {
  return code === 38 || code === 45 || code === 39 || code === 46 || code === 43;
}

/** Whether a UTF-16 code unit is white space, as `\s` reads it: what separates tokens. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether a word ends with a dot (a char-code test: this runs for every token). */
function endsWithDot(value: string): boolean {
  return value.charCodeAt(value.length - 1) === 46;
}

/** Whether a word has an apostrophe, ' or ’ (a char-code scan: this runs for every token). */
function hasApostrophe(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 39 || code === 0x2019) return true;
  }
  return false;
}

/** Whether "'s" or "’s" stands at a position, no letter or figure after it. */
function isPossessiveAt(source: string, position: number): boolean {
  const mark = source.charCodeAt(position);
  return (mark === 39 || mark === 0x2019) && source[position + 1] === 's' && !/[\p{L}\p{N}]/u.test(source[position + 2] ?? '');
}

function isInitial(value: string): boolean {
  if (value.length !== 1) return false;
  const code = value.charCodeAt(0);
  return code >= 65 && code <= 90;
}

/**
 * Words that open sentences and never follow a person's initial: before them a capital and its dot end a sentence
 * ("posted on X. The video", "vitamin D. And").
 */
const SENTENCE_OPENING_WORDS = /^(?:The|A|An|He|She|It|They|We|I|You|But|And|Or|So|Yet|This|That|These|Those|There|Then|Its|His|Her|Their|Our|If|When|While|In|On|At|For|After|Before|However)\b(?![.'’\-])/u;

/** Whether a capitalised word follows after spaces on the same line, one that may be a name's (see SENTENCE_OPENING_WORDS). */
function initialFollows(source: string, position: number): boolean {
  let index = position;
  while (source[index] === ' ') index++;
  return index > position && /\p{Lu}/u.test(source[index] ?? '') && !SENTENCE_OPENING_WORDS.test(source.slice(index, index + 12));
}

/** A sentence ends at . ! ? unless lower-case text follows on the same line. */
function sentenceEndsAfter(source: string, position: number, abbreviation: boolean): boolean {
  let index = position;
  // Closing quotes and brackets belong to the sentence they end.
  while (index < source.length && CLOSING_MARKS.has(source[index]!)) index++;
  while (index < source.length && (source[index] === ' ' || source[index] === '\t')) index++;
  const next = source[index];
  if (next === undefined || next === '\n') return true;
  // "… Samsung Securities Co. “For now, …”": a quotation opening on a capital after the abbreviation starts a sentence.
  if (abbreviation) return index > position && (/\p{Lu}/u.test(next) || (/^[“"«]$/u.test(next) && /\p{Lu}/u.test(source[index + 1] ?? '')));
  // "… all users. xAI’s Grok was …", "… this year. iPhone sales …": a brand written in lower case, a capital inside it, opens one.
  return !/[\p{Ll},;:]/u.test(next) || LOWER_CASE_BRAND_START.test(source.slice(index, index + 12));
}

/** A word opening in lower case with a capital inside it ("xAI", "iPhone", "eBay", "easyJet"): a brand's name, not a sentence running on. */
export const LOWER_CASE_BRAND_START = /^(?:\p{Ll}{1,3}|easy)\p{Lu}/u;
