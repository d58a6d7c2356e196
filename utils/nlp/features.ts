import { hashString, mixHash } from './hash.ts';
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

/** Per-token values hashed once and reused by every feature template. */
export interface TokenView {
  lower: number;
  raw: number;
  shape: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  prefix2: number;
  prefix3: number;
  capitalised: boolean;
  /** The same word appears capitalised, not first in its sentence, elsewhere in the text. */
  capitalisedElsewhere: boolean;
  /** The lower-case form appears elsewhere in the text. */
  lowerElsewhere: boolean;
  /** The token's sentence is written in capitals (a headline). */
  capsSentence: boolean;
  firstInSentence: boolean;
  lengthBucket: number;
  /** Facts of the word itself, shared by all its occurrences. */
  word: WordFacts;
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
const HAS_LETTER = /\p{L}/u;

/** What a word contributes on its own, whatever its context: computed once per distinct word. */
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
  hasLower: boolean;
  hasLetter: boolean;
  lengthBucket: number;
  /** Scores of the word-only features under `scoresFor` (a frozen model), filled by the tagger. */
  scores: Float32Array | null;
  scoresFor: object | null;
}

// Shared across calls: news text reuses its words, and the facts of a word never change.
const wordCache = new Map<string, WordFacts>();
const WORD_CACHE_LIMIT = 50_000;

function factsOf(text: string): WordFacts {
  let facts = wordCache.get(text);
  if (facts) return facts;
  const lower = text.toLowerCase();
  facts = {
    lower: hashString(lower),
    raw: hashString(text),
    shape: hashString(wordShape(text)),
    suffix2: hashString('~' + lower.slice(-2)),
    suffix3: hashString('~' + lower.slice(-3)),
    suffix4: hashString('~' + lower.slice(-4)),
    prefix2: hashString(lower.slice(0, 2) + '~'),
    prefix3: hashString(lower.slice(0, 3) + '~'),
    lowerText: lower,
    capitalised: UPPER_START.test(text),
    hasLower: HAS_LOWER.test(text),
    hasLetter: HAS_LETTER.test(text),
    lengthBucket: Math.min(text.length, 8),
    scores: null,
    scoresFor: null,
  };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, facts);
  return facts;
}

/** Builds the per-token views for a whole text (document-level flags need every token). */
export function buildViews(tokens: readonly Token[]): TokenView[] {
  const facts = tokens.map((token) => factsOf(token.text));

  // Document-level facts: capitalised mid-sentence forms, lower-case forms, capitals-only sentences.
  const midCapitalised = new Set<string>();
  const lowerForms = new Set<string>();
  const sentenceHasLower = new Set<number>();
  let previousSentence = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const word = facts[index]!;
    const first = token.sentence !== previousSentence;
    previousSentence = token.sentence;
    if (word.hasLower) sentenceHasLower.add(token.sentence);
    if (word.capitalised) {
      if (!first && word.hasLower) midCapitalised.add(word.lowerText);
    } else if (word.hasLetter) lowerForms.add(token.text);
  }

  const views: TokenView[] = [];
  previousSentence = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const word = facts[index]!;
    const firstInSentence = token.sentence !== previousSentence;
    previousSentence = token.sentence;
    views.push({
      lower: word.lower,
      raw: word.raw,
      shape: word.shape,
      suffix2: word.suffix2,
      suffix3: word.suffix3,
      suffix4: word.suffix4,
      prefix2: word.prefix2,
      prefix3: word.prefix3,
      capitalised: word.capitalised,
      capitalisedElsewhere: word.capitalised && midCapitalised.has(word.lowerText),
      lowerElsewhere: word.capitalised && lowerForms.has(word.lowerText),
      capsSentence: word.hasLetter && !sentenceHasLower.has(token.sentence),
      firstInSentence,
      lengthBucket: word.lengthBucket,
      word,
    });
  }
  return views;
}

/** Feature hashes that depend on the word alone (the tagger caches their scores per word). */
export function wordFeatures(view: TokenView, out: Uint32Array): number {
  let count = 0;
  out[count++] = mixHash(2, view.lower);
  out[count++] = mixHash(3, view.raw);
  out[count++] = mixHash(8, view.shape);
  out[count++] = mixHash(13, view.suffix2);
  out[count++] = mixHash(14, view.suffix3);
  out[count++] = mixHash(15, view.suffix4);
  out[count++] = mixHash(16, view.prefix2);
  out[count++] = mixHash(17, view.prefix3);
  return count;
}

/** Feature hashes of token `index` in its context, given the tags already chosen for the two tokens before it. */
export function contextFeatures(
  views: readonly TokenView[],
  index: number,
  sentenceFirst: number,
  sentenceEnd: number,
  previousTag: number,
  previousTag2: number,
  historyKind: number,
  out: Uint32Array,
  offset: number,
): number {
  const view = views[index]!;
  const before = index > sentenceFirst ? views[index - 1]! : null;
  const before2 = index - 1 > sentenceFirst ? views[index - 2]! : null;
  const after = index + 1 < sentenceEnd ? views[index + 1]! : null;
  const after2 = index + 2 < sentenceEnd ? views[index + 2]! : null;
  const lowerBefore = before ? before.lower : BOUNDARY_HASH;
  const lowerAfter = after ? after.lower : END_HASH;
  const shapeBefore = before ? before.shape : BOUNDARY_HASH;
  const shapeAfter = after ? after.shape : END_HASH;
  const flags =
    (view.capitalisedElsewhere ? 1 : 0) | (view.lowerElsewhere ? 2 : 0) | (view.capsSentence ? 4 : 0) | (view.firstInSentence ? 8 : 0);
  let count = offset;
  out[count++] = mixHash(1, 0);
  out[count++] = mixHash(4, lowerBefore);
  out[count++] = mixHash(5, lowerAfter);
  out[count++] = mixHash(6, before2 ? before2.lower : BOUNDARY_HASH);
  out[count++] = mixHash(7, after2 ? after2.lower : END_HASH);
  out[count++] = mixHash(9, shapeBefore);
  out[count++] = mixHash(10, shapeAfter);
  out[count++] = mixHash(mixHash(11, shapeBefore), view.shape);
  out[count++] = mixHash(mixHash(12, view.shape), shapeAfter);
  out[count++] = mixHash(18, previousTag);
  out[count++] = mixHash(19, previousTag * 16 + previousTag2);
  out[count++] = mixHash(mixHash(20, previousTag), view.lower);
  out[count++] = mixHash(mixHash(21, previousTag), view.shape);
  out[count++] = mixHash(mixHash(22, flags), view.shape);
  out[count++] = mixHash(mixHash(23, lowerBefore), view.lower);
  out[count++] = mixHash(mixHash(24, view.lower), lowerAfter);
  out[count++] = mixHash(mixHash(25, view.lengthBucket), view.shape);
  out[count++] = mixHash(mixHash(26, historyKind), view.capitalised ? 1 : 0);
  out[count++] = mixHash(mixHash(27, flags), view.lower);
  out[count++] = mixHash(mixHash(28, previousTag), lowerBefore);
  return count;
}

export const MAX_FEATURES = 32;
