import { hashString, mixHash } from './hash.ts';
import { NAME_CLASS } from './lexicon.ts';
import type { Token } from './tokenize.ts';

/** Tags of the sequence model: BIO over CoNLL's four types. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const ENTITY_KINDS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Kind of entity a tag belongs to (0 for O, 1..4 for PER, ORG, LOC, MISC). */
export function tagKind(tag: number): number {
  return tag === 0 ? 0 : ((tag + 1) >> 1);
}

/** Whether `tag` may follow `previous` in BIO (I-X only continues X). */
export function allowedAfter(previous: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return previous !== 0 && tagKind(previous) === tagKind(tag);
}

const BOUNDARY_HASH = hashString('<s>');
const END_HASH = hashString('</s>');

export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    let kind: string;
    if (/\p{Lu}/u.test(char)) kind = 'X';
    else if (/\p{Ll}/u.test(char)) kind = 'x';
    else if (/\p{N}/u.test(char)) kind = 'd';
    else if (/\p{L}/u.test(char)) kind = 'o';
    else kind = char;
    if (kind !== last) shape += kind;
    last = kind;
    if (shape.length > 6) break;
  }
  return shape;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
/** A token with no capital, no figure and none of the marks inside names ("&", "'", ".", "-"): "said", "the", ",". */
const PLAIN_TOKEN = /^[^\p{Lu}\p{N}&'’.\-]+$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * What a word contributes on its own, whatever its context: computed once per distinct word. Its hashes
 * are kept as signed 32-bit integers (see `int32`).
 */
export interface WordFacts {
  lower: number;
  raw: number;
  shape: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  prefix2: number;
  prefix3: number;
  lowerText: string;
  capitalised: boolean;
  /** No capital, figure or mark a name holds ("said", "the", ","): a token that opens no name. */
  plain: boolean;
  hasLower: boolean;
  hasLetter: boolean;
  lengthBucket: number;
  /**
   * Where, in the array of the score pool `scoresIn` (of a frozen model), the scores of the features this
   * word fires in each position start, TAG_COUNT each: as the token itself, as the previous, next, second
   * previous and second next word, and after a token tagged O; then its scores in `contextKey`.
   */
  scoresAt: number;
  scoresIn: object | null;
  /** Hashes of the pair templates this word opens, mixed with the other word's hash per token. */
  shapeThenShape: number;
  shapeThenNextShape: number;
  lowerThenLower: number;
  lowerThenNextLower: number;
  /** The lower-case form, shared by every spelling of the word: where document-level facts are kept. */
  form: LowerForm;
  /** The document context (see `documentContext`) whose scores follow the position scores at `scoresAt` (-1 for none yet). */
  contextKey: number;
  /** The word's name-list bits under `classesFor`. */
  wordClass: number;
  classesFor: WordClasses | null;
}

/**
 * Facts about a lower-case form within one text, valid while `stamp` is that text's stamp: written
 * here instead of keeping sets and maps of strings per text.
 */
export interface LowerForm {
  stamp: number;
  /** 1: written capitalised mid-sentence; 2: written in lower case; 4: after a title; 8: after a given name; 16: before an organisation word. */
  seen: number;
  historyStamp: number;
  /** Entity kind the tagger gave the word last (see `tagKind`). */
  historyKind: number;
}

let textStamp = 0;

/** Word positions whose features depend on the word alone, in the order of the scores at `WordFacts.scoresAt`. */
export const SELF = 0;
export const AS_PREVIOUS = 1;
export const AS_NEXT = 2;
export const AS_PREVIOUS2 = 3;
export const AS_NEXT2 = 4;
/** The word itself after a token tagged O (the most common previous tag): its previous-tag features, cached too. */
export const AFTER_OUTSIDE = 5;
export const POSITIONS = 6;

// Shared across calls: news text reuses its words, and the facts of a word never change.
const wordCache = new Map<string, WordFacts>();
const formCache = new Map<string, LowerForm>();
const WORD_CACHE_LIMIT = 50_000;

function formOf(lower: string): LowerForm {
  let form = formCache.get(lower);
  if (!form) {
    form = { stamp: 0, seen: 0, historyStamp: 0, historyKind: 0 };
    formCache.set(lower, form);
  }
  return form;
}

/**
 * A hash as a signed 32-bit integer: the same bits (all `mixHash` reads of it), but a small integer the
 * engine keeps in the object itself, where an unsigned hash over 2^31 would be a number boxed apart from it.
 */
function int32(hash: number): number {
  return hash | 0;
}

function makeFacts(text: string, lower: string, shape: number, lowerHash: number): WordFacts {
  return {
    lower: int32(lowerHash),
    raw: int32(hashString(text)),
    shape: int32(shape),
    suffix2: int32(hashString('~' + lower.slice(-2))),
    suffix3: int32(hashString('~' + lower.slice(-3))),
    suffix4: int32(hashString('~' + lower.slice(-4))),
    prefix2: int32(hashString(lower.slice(0, 2) + '~')),
    prefix3: int32(hashString(lower.slice(0, 3) + '~')),
    lowerText: lower,
    capitalised: UPPER_START.test(text),
    plain: PLAIN_TOKEN.test(text),
    hasLower: HAS_LOWER.test(text),
    hasLetter: HAS_LETTER.test(text),
    lengthBucket: Math.min(text.length, 8),
    scoresAt: 0,
    scoresIn: null,
    shapeThenShape: int32(mixHash(11, shape)),
    shapeThenNextShape: int32(mixHash(12, shape)),
    lowerThenLower: int32(mixHash(23, lowerHash)),
    lowerThenNextLower: int32(mixHash(24, lowerHash)),
    form: formOf(lower),
    contextKey: -1,
    wordClass: 0,
    classesFor: null,
  };
}

function factsOf(found: string): WordFacts {
  let facts = wordCache.get(found);
  if (facts) return facts;
  const text = ownCopy(found);
  const lower = ownCopy(text.toLowerCase());
  facts = makeFacts(text, lower, hashString(wordShape(text)), hashString(lower));
  wordCache.set(text, facts);
  return facts;
}

/**
 * A word kept by the caches shared across texts, as a string of its own: a token's text may be a slice of its page's
 * text, and a cached slice would keep the whole page text alive long after the page is gone (V8 shares the source of
 * slices of 13 characters or more; shorter ones are copies already).
 */
function ownCopy(word: string): string {
  return word.length < 13 ? word : word.split('').join('');
}

/** Stand-ins for the missing neighbours at the start and at the end of a sentence. */
export const SENTENCE_START_WORD = makeFacts('<s>', '<s>', BOUNDARY_HASH, BOUNDARY_HASH);
export const SENTENCE_END_WORD = makeFacts('</s>', '</s>', END_HASH, END_HASH);

/** The words of a text and their document-level flags, one entry per token. */
export interface TokenTable {
  words: WordFacts[];
  /** 1: capitalised mid-sentence elsewhere; 2: lower-case elsewhere; 4: in a capitals-only sentence; 8: first in its sentence. */
  flags: Uint8Array;
  /** Name lists a capitalised word appears in (see `nameWordClasses`), 0 for other words. */
  classes: Uint8Array;
  /** Each token's document context (see `documentContext`). */
  contexts: Uint8Array;
  /** This text's stamp on the `LowerForm`s of its words. */
  stamp: number;
}

/** Name-list bits of a lower-cased word. */
export type WordClasses = (lower: string) => number;

/** Builds the per-token table for a whole text (document-level flags need every token). */
export function buildTable(tokens: readonly Token[], wordClasses: WordClasses): TokenTable {
  // The caches are emptied between texts, never inside one: a text's words share their forms' document facts, so a
  // text's analysis never depends on the texts read before it.
  if (wordCache.size >= WORD_CACHE_LIMIT) {
    wordCache.clear();
    formCache.clear();
  }
  const count = tokens.length;
  const stamp = ++textStamp;
  const words = new Array<WordFacts>(count);
  const classes = new Uint8Array(count);
  const sentenceCount = count > 0 ? tokens[count - 1]!.sentence + 1 : 0;
  const sentenceHasLower = new Uint8Array(sentenceCount);

  // Document-level facts: capitalised mid-sentence forms, lower-case forms, capitals-only sentences,
  // and the neighbours a capitalised word has anywhere in the text (after a title or a given name, before an organisation word).
  let previousSentence = -1;
  for (let index = 0; index < count; index++) {
    const token = tokens[index]!;
    const word = factsOf(token.text);
    words[index] = word;
    const form = word.form;
    if (form.stamp !== stamp) {
      form.stamp = stamp;
      form.seen = 0;
    }
    const first = token.sentence !== previousSentence;
    previousSentence = token.sentence;
    if (word.hasLower) sentenceHasLower[token.sentence] = 1;
    if (word.capitalised) {
      if (word.classesFor !== wordClasses) {
        word.wordClass = wordClasses(word.lowerText);
        word.classesFor = wordClasses;
      }
      classes[index] = word.wordClass;
      if (!first && word.hasLower) form.seen |= 1;
      if (!first) {
        const before = classes[index - 1]!;
        if (before & TITLE_CLASS) form.seen |= 4;
        if (before & GIVEN_NAME_CLASS) form.seen |= 8;
      }
    } else if (word.hasLetter && token.text === word.lowerText) form.seen |= 2;
    if (!first && classes[index]! & ORGANIZATION_WORD_CLASS && index > 0 && words[index - 1]!.capitalised) words[index - 1]!.form.seen |= 16;
  }

  const flags = new Uint8Array(count);
  const contexts = new Uint8Array(count);
  previousSentence = -1;
  for (let index = 0; index < count; index++) {
    const token = tokens[index]!;
    const word = words[index]!;
    // Every token of the text has been read above, so its form's `seen` is final.
    const seen = word.capitalised ? word.form.seen : 0;
    let value = seen & 3;
    if (word.hasLetter && !sentenceHasLower[token.sentence]) value |= 4;
    if (token.sentence !== previousSentence) value |= 8;
    previousSentence = token.sentence;
    flags[index] = value;
    contexts[index] = value | ((seen >> 2) << 4);
  }
  return { words, flags, classes, contexts, stamp };
}

const GIVEN_NAME_CLASS = NAME_CLASS.givenName;
const ORGANIZATION_WORD_CLASS = NAME_CLASS.organizationWord;
const TITLE_CLASS = NAME_CLASS.title;

/** The kind the tagger gave the same word earlier in this text (0 for none yet). */
export function historyOf(table: TokenTable, word: WordFacts): number {
  return word.form.historyStamp === table.stamp ? word.form.historyKind : 0;
}

/** Records the kind given to a word; a word once read as a name keeps that until read as another. */
export function recordHistory(table: TokenTable, word: WordFacts, kind: number): void {
  const form = word.form;
  if (kind !== 0 || form.historyStamp !== table.stamp) {
    form.historyStamp = table.stamp;
    form.historyKind = kind;
  }
}

/**
 * Feature hashes a word fires from one position, whatever its context (the tagger caches their
 * scores per word): the word itself, or the word as a neighbour of the tagged token.
 */
export function positionFeatures(word: WordFacts, wordClass: number, position: number, out: Uint32Array, offset: number): number {
  let count = offset;
  switch (position) {
    case SELF:
      out[count++] = mixHash(1, 0);
      out[count++] = mixHash(2, word.lower);
      out[count++] = mixHash(3, word.raw);
      out[count++] = mixHash(8, word.shape);
      out[count++] = mixHash(13, word.suffix2);
      out[count++] = mixHash(14, word.suffix3);
      out[count++] = mixHash(15, word.suffix4);
      out[count++] = mixHash(16, word.prefix2);
      out[count++] = mixHash(17, word.prefix3);
      out[count++] = mixHash(mixHash(25, word.lengthBucket), word.shape);
      out[count++] = mixHash(29, wordClass);
      out[count++] = mixHash(mixHash(30, wordClass), word.shape);
      break;
    case AS_PREVIOUS:
      out[count++] = mixHash(4, word.lower);
      out[count++] = mixHash(9, word.shape);
      out[count++] = mixHash(31, wordClass);
      out[count++] = mixHash(33, word.suffix3);
      out[count++] = mixHash(mixHash(34, word.lower), word.shape);
      break;
    case AS_NEXT:
      out[count++] = mixHash(5, word.lower);
      out[count++] = mixHash(10, word.shape);
      out[count++] = mixHash(32, wordClass);
      out[count++] = mixHash(35, word.suffix3);
      out[count++] = mixHash(mixHash(36, word.lower), word.shape);
      break;
    case AS_PREVIOUS2:
      out[count++] = mixHash(6, word.lower);
      out[count++] = mixHash(37, word.shape);
      out[count++] = mixHash(38, wordClass);
      break;
    case AFTER_OUTSIDE:
      count = previousTagWordFeatures(word, 0, out, count);
      break;
    case AS_NEXT2:
      out[count++] = mixHash(7, word.lower);
      out[count++] = mixHash(39, word.shape);
      out[count++] = mixHash(40, wordClass);
      break;
  }
  return count;
}

const FLAG_SHAPE_SEEDS = Array.from({ length: 16 }, (_, flags) => mixHash(22, flags));
const FLAG_LOWER_SEEDS = Array.from({ length: 16 }, (_, flags) => mixHash(27, flags));
const FLAG_CLASS_SEEDS = Array.from({ length: 16 }, (_, flags) => mixHash(42, flags));
const NEIGHBOURHOOD_SEEDS = Array.from({ length: 8 }, (_, seen) => mixHash(45, seen));
const CLASS_SEEDS = Array.from({ length: 256 }, (_, wordClass) => mixHash(41, wordClass));

/** Feature hashes of token `index` that pair it with its neighbours. */
export function pairFeatures(table: TokenTable, index: number, sentenceFirst: number, sentenceEnd: number, out: Uint32Array, offset: number): number {
  const words = table.words;
  const word = words[index]!;
  const before = index > sentenceFirst ? words[index - 1]! : SENTENCE_START_WORD;
  const hasAfter = index + 1 < sentenceEnd;
  const after = hasAfter ? words[index + 1]! : SENTENCE_END_WORD;
  out[offset] = mixHash(before.shapeThenShape, word.shape);
  out[offset + 1] = mixHash(word.shapeThenNextShape, after.shape);
  out[offset + 2] = mixHash(before.lowerThenLower, word.lower);
  out[offset + 3] = mixHash(word.lowerThenNextLower, after.lower);
  out[offset + 4] = mixHash(CLASS_SEEDS[table.classes[index]!]!, hasAfter ? table.classes[index + 1]! : 0);
  return offset + 5;
}

/**
 * The facts of token `index` that belong to its text rather than to its neighbours (its document-level
 * flags and neighbourhood), as one small number: the tagger caches a word's scores for its latest one.
 */
export function documentContext(table: TokenTable, index: number): number {
  return table.contexts[index]!;
}

/** Feature hashes of a word in its document-level context (see `documentContext`). */
export function documentFeatures(word: WordFacts, wordClass: number, context: number, out: Uint32Array, offset: number): number {
  const flags = context & 15;
  out[offset] = mixHash(FLAG_SHAPE_SEEDS[flags]!, word.shape);
  out[offset + 1] = mixHash(FLAG_LOWER_SEEDS[flags]!, word.lower);
  out[offset + 2] = mixHash(FLAG_CLASS_SEEDS[flags]!, wordClass);
  out[offset + 3] = mixHash(NEIGHBOURHOOD_SEEDS[context >> 4]!, word.shape);
  return offset + 4;
}

/** Feature hashes that need only the two previous tags: the same for every token, so cacheable per tag pair. */
export function tagPairFeatures(previousTag: number, previousTag2: number, out: Uint32Array, offset: number): number {
  out[offset] = mixHash(18, previousTag);
  out[offset + 1] = mixHash(19, previousTag * 16 + previousTag2);
  return offset + 2;
}

/** Feature hash of the kind the same word got earlier in the text (0 for none). */
export function historyFeature(historyKind: number, capitalised: boolean): number {
  return mixHash(mixHash(26, historyKind), capitalised ? 1 : 0);
}

const TAG_LOWER_SEEDS = Array.from({ length: 16 }, (_, tag) => mixHash(20, tag));
const TAG_SHAPE_SEEDS = Array.from({ length: 16 }, (_, tag) => mixHash(21, tag));
const TAG_LOWER_BEFORE_SEEDS = Array.from({ length: 16 }, (_, tag) => mixHash(28, tag));

/** Feature hashes that pair the previous tag with the word itself. */
export function previousTagWordFeatures(word: WordFacts, previousTag: number, out: Uint32Array, offset: number): number {
  out[offset] = mixHash(TAG_LOWER_SEEDS[previousTag]!, word.lower);
  out[offset + 1] = mixHash(TAG_SHAPE_SEEDS[previousTag]!, word.shape);
  return offset + 2;
}

/** Feature hash that pairs the previous tag with the word before the token. */
export function previousTagBeforeFeature(table: TokenTable, index: number, sentenceFirst: number, previousTag: number): number {
  const before = index > sentenceFirst ? table.words[index - 1]! : SENTENCE_START_WORD;
  return mixHash(TAG_LOWER_BEFORE_SEEDS[previousTag]!, before.lower);
}

/** Every feature hash of token `index`, given the tags chosen for the two tokens before it (used while training). */
export function allFeatures(
  table: TokenTable,
  index: number,
  sentenceFirst: number,
  sentenceEnd: number,
  previousTag: number,
  previousTag2: number,
  historyKind: number,
  out: Uint32Array,
): number {
  const { words, classes } = table;
  let count = positionFeatures(words[index]!, classes[index]!, SELF, out, 0);
  count = index > sentenceFirst ? positionFeatures(words[index - 1]!, classes[index - 1]!, AS_PREVIOUS, out, count) : positionFeatures(SENTENCE_START_WORD, 0, AS_PREVIOUS, out, count);
  count = index + 1 < sentenceEnd ? positionFeatures(words[index + 1]!, classes[index + 1]!, AS_NEXT, out, count) : positionFeatures(SENTENCE_END_WORD, 0, AS_NEXT, out, count);
  count = index - 1 > sentenceFirst ? positionFeatures(words[index - 2]!, classes[index - 2]!, AS_PREVIOUS2, out, count) : positionFeatures(SENTENCE_START_WORD, 0, AS_PREVIOUS2, out, count);
  count = index + 2 < sentenceEnd ? positionFeatures(words[index + 2]!, classes[index + 2]!, AS_NEXT2, out, count) : positionFeatures(SENTENCE_END_WORD, 0, AS_NEXT2, out, count);
  count = pairFeatures(table, index, sentenceFirst, sentenceEnd, out, count);
  count = documentFeatures(words[index]!, classes[index]!, documentContext(table, index), out, count);
  count = tagPairFeatures(previousTag, previousTag2, out, count);
  out[count++] = historyFeature(historyKind, words[index]!.capitalised);
  count = previousTagWordFeatures(words[index]!, previousTag, out, count);
  out[count++] = previousTagBeforeFeature(table, index, sentenceFirst, previousTag);
  return count;
}

export const MAX_FEATURES = 64;
