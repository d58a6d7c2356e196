import {
  AS_NEXT,
  AS_NEXT2,
  AS_PREVIOUS,
  AS_PREVIOUS2,
  MAX_FEATURES,
  POSITIONS,
  SELF,
  SENTENCE_END_WORD,
  SENTENCE_START_WORD,
  TAG_COUNT,
  allFeatures,
  allowedAfter,
  buildTable,
  historyFeature,
  historyOf,
  recordHistory,
  AFTER_OUTSIDE,
  documentContext,
  documentFeatures,
  pairFeatures,
  positionFeatures,
  previousTagBeforeFeature,
  previousTagWordFeatures,
  tagKind,
  tagPairFeatures,
  type TokenTable,
  type WordClasses,
  type WordFacts,
} from './features.ts';
import type { Sentence, Token } from './tokenize.ts';

/** Weights of the hashed averaged-perceptron tagger: `buckets` rows of TAG_COUNT scores. */
export interface TaggerWeights {
  buckets: number;
  /** Weights that never change, so scores may be cached per word. */
  readonly frozen: boolean;
  /** Adds the rows of the given feature hashes to `scores`. */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void;
}

/** Float weights, used while training. */
export class FloatWeights implements TaggerWeights {
  readonly frozen = false;
  constructor(
    readonly buckets: number,
    readonly weights: Float32Array,
  ) {}

  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const mask = this.buckets - 1;
    const weights = this.weights;
    for (let f = 0; f < count; f++) {
      const row = (features[f]! & mask) * TAG_COUNT;
      for (let tag = 0; tag < TAG_COUNT; tag++) scores[tag]! += weights[row + tag]!;
    }
  }
}

/**
 * Shipped weights: one signed byte each (small enough to stay in the CPU cache, which is what makes
 * tagging fast), plus exact rows for the few features whose weights are too large for a byte.
 */
export class CompactWeights implements TaggerWeights {
  readonly frozen = true;
  /** For each bucket, the index of its exact row in `exactValues`, or -1. */
  private readonly exactIndex: Int32Array;
  /** One bit per bucket with an exact row: a small table that stays in cache, read before `exactIndex`. */
  private readonly exactBits: Uint32Array;
  private readonly exactValues: Float32Array;

  constructor(
    readonly buckets: number,
    private readonly bytes: Int8Array,
    private readonly scale: number,
    exact: readonly number[],
  ) {
    this.exactIndex = new Int32Array(buckets).fill(-1);
    let rows = 0;
    for (let index = 0; index + 1 < exact.length; index += 2) {
      const bucket = Math.floor(exact[index]! / TAG_COUNT);
      if (this.exactIndex[bucket] === -1) this.exactIndex[bucket] = rows++;
    }
    this.exactValues = new Float32Array(rows * TAG_COUNT);
    this.exactBits = new Uint32Array((buckets + 31) >>> 5);
    for (let bucket = 0; bucket < buckets; bucket++) {
      const row = this.exactIndex[bucket]!;
      if (row < 0) continue;
      this.exactBits[bucket >>> 5]! |= 1 << (bucket & 31);
      for (let tag = 0; tag < TAG_COUNT; tag++) this.exactValues[row * TAG_COUNT + tag] = bytes[bucket * TAG_COUNT + tag]! * scale;
    }
    for (let index = 0; index + 1 < exact.length; index += 2) {
      const position = exact[index]!;
      const bucket = Math.floor(position / TAG_COUNT);
      this.exactValues[this.exactIndex[bucket]! * TAG_COUNT + (position - bucket * TAG_COUNT)] = exact[index + 1]!;
    }
  }

  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const mask = this.buckets - 1;
    const bytes = this.bytes;
    const exactBits = this.exactBits;
    const exactIndex = this.exactIndex;
    const exactValues = this.exactValues;
    // Byte rows are summed as integers in locals (registers) and scaled once: TAG_COUNT is 9. Exact rows
    // are added to the scores as they come, each sum rounded to a float as storing it in `scores` would
    // (Math.fround), in locals too.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    let f0 = scores[0]!, f1 = scores[1]!, f2 = scores[2]!, f3 = scores[3]!, f4 = scores[4]!, f5 = scores[5]!, f6 = scores[6]!, f7 = scores[7]!, f8 = scores[8]!;
    for (let f = 0; f < count; f++) {
      const bucket = features[f]! & mask;
      if ((exactBits[bucket >>> 5]! >>> (bucket & 31)) & 1) {
        const base = exactIndex[bucket]! * TAG_COUNT;
        f0 = Math.fround(f0 + exactValues[base]!);
        f1 = Math.fround(f1 + exactValues[base + 1]!);
        f2 = Math.fround(f2 + exactValues[base + 2]!);
        f3 = Math.fround(f3 + exactValues[base + 3]!);
        f4 = Math.fround(f4 + exactValues[base + 4]!);
        f5 = Math.fround(f5 + exactValues[base + 5]!);
        f6 = Math.fround(f6 + exactValues[base + 6]!);
        f7 = Math.fround(f7 + exactValues[base + 7]!);
        f8 = Math.fround(f8 + exactValues[base + 8]!);
        continue;
      }
      const row = bucket * 9;
      s0 += bytes[row]!;
      s1 += bytes[row + 1]!;
      s2 += bytes[row + 2]!;
      s3 += bytes[row + 3]!;
      s4 += bytes[row + 4]!;
      s5 += bytes[row + 5]!;
      s6 += bytes[row + 6]!;
      s7 += bytes[row + 7]!;
      s8 += bytes[row + 8]!;
    }
    const scale = this.scale;
    scores[0] = f0 + s0 * scale;
    scores[1] = f1 + s1 * scale;
    scores[2] = f2 + s2 * scale;
    scores[3] = f3 + s3 * scale;
    scores[4] = f4 + s4 * scale;
    scores[5] = f5 + s5 * scale;
    scores[6] = f6 + s6 * scale;
    scores[7] = f7 + s7 * scale;
    scores[8] = f8 + s8 * scale;
  }
}

/** Used only while training: sees each token's features and the tag the model chose. */
export interface TaggerLearner {
  gold: ArrayLike<number>;
  update(features: Uint32Array, count: number, gold: number, predicted: number): void;
}

/** Scores a frozen model gives every pair of previous tags and every history value, computed once per model. */
interface ModelTables {
  tagPairs: Float32Array;
  history: Float32Array;
  /** The scores of the words scored so far. */
  pool: ScorePool;
}

/**
 * Scores of the words a frozen model has scored, side by side in one array (a word's start there is its
 * `scoresAt`): for each word, POSITIONS rows of TAG_COUNT position scores, then the row of its document
 * scores in its latest context. The tagger reads five words' rows per token, faster from one array than
 * from small arrays per word.
 */
interface ScorePool {
  scores: Float32Array;
  /** Floats in use, from the start of `scores`. */
  used: number;
}

/** Row of a word's document scores in a pool. */
const CONTEXT_ROW = POSITIONS;
/** Floats a word takes in a pool. */
const WORD_SCORES = (POSITIONS + 1) * TAG_COUNT;
/** Words a pool holds before it is dropped for an empty one (whose words are scored again as they come). */
const POOL_WORD_LIMIT = 50_000;

/** The model's pool, with room for `words` more words (dropped for an empty one when that would pass its limit). */
function poolWithRoom(tables: ModelTables, words: number): ScorePool {
  const needed = (words + 2) * WORD_SCORES;
  const limit = Math.max(POOL_WORD_LIMIT * WORD_SCORES, needed);
  if (tables.pool.used + needed > limit) tables.pool = { scores: new Float32Array(0), used: 0 };
  const pool = tables.pool;
  if (pool.used + needed > pool.scores.length) {
    const grown = new Float32Array(Math.min(Math.max(pool.scores.length * 2, pool.used + needed), limit));
    grown.set(pool.scores.subarray(0, pool.used));
    pool.scores = grown;
  }
  return pool;
}

const modelTables = new WeakMap<TaggerWeights, ModelTables>();

function tablesOf(model: TaggerWeights): ModelTables {
  let tables = modelTables.get(model);
  if (tables) return tables;
  const features = new Uint32Array(MAX_FEATURES);
  const tagPairs = new Float32Array(TAG_COUNT * TAG_COUNT * TAG_COUNT);
  for (let previous = 0; previous < TAG_COUNT; previous++) {
    for (let previous2 = 0; previous2 < TAG_COUNT; previous2++) {
      const count = tagPairFeatures(previous, previous2, features, 0);
      model.addScores(features, count, tagPairs.subarray((previous * TAG_COUNT + previous2) * TAG_COUNT));
    }
  }
  const history = new Float32Array(HISTORY_KINDS * 2 * TAG_COUNT);
  for (let kind = 0; kind < HISTORY_KINDS; kind++) {
    for (let capitalised = 0; capitalised < 2; capitalised++) {
      features[0] = historyFeature(kind, capitalised === 1);
      model.addScores(features, 1, history.subarray((kind * 2 + capitalised) * TAG_COUNT));
    }
  }
  tables = { tagPairs, history, pool: { scores: new Float32Array(0), used: 0 } };
  modelTables.set(model, tables);
  return tables;
}

const HISTORY_KINDS = 5;

/**
 * Where the scores of the features a word fires from each position start in `pool.scores`, cached on
 * the word; the pool must have room for it (see `poolWithRoom`).
 */
function positionScores(model: TaggerWeights, pool: ScorePool, word: WordFacts, wordClass: number, features: Uint32Array): number {
  // A word's class comes from fixed lists, so it is a fact of the word like its spelling.
  if (word.scoresIn === pool) return word.scoresAt;
  const at = pool.used;
  pool.used += WORD_SCORES;
  for (let position = 0; position < POSITIONS; position++) {
    const count = positionFeatures(word, wordClass, position, features, 0);
    model.addScores(features, count, pool.scores.subarray(at + position * TAG_COUNT, at + (position + 1) * TAG_COUNT));
  }
  word.scoresAt = at;
  word.scoresIn = pool;
  word.contextKey = -1;
  return at;
}

/**
 * Where a word's document scores in `context` are in `pool.scores` (the row after its position scores,
 * see `positionScores`), computed for its latest context, which seldom changes within a text.
 */
function documentScores(model: TaggerWeights, pool: ScorePool, word: WordFacts, wordClass: number, context: number, features: Uint32Array): number {
  const at = positionScores(model, pool, word, wordClass, features) + CONTEXT_ROW * TAG_COUNT;
  if (word.contextKey === context) return at;
  const row = pool.scores.subarray(at, at + TAG_COUNT);
  row.fill(0);
  model.addScores(features, documentFeatures(word, wordClass, context, features, 0), row);
  word.contextKey = context;
  return at;
}

/**
 * A frozen model's scores of each token of a text that do not depend on the tags chosen before it,
 * TAG_COUNT per token, in three flat arrays (rather than five words' caches read per token).
 */
interface TokenScores {
  /**
   * The token's own position scores plus those of its neighbours as the previous, next, second previous
   * and second next word: summed in doubles in the order the tagger adds them, so adding the rest gives
   * exactly the sum written out per token.
   */
  window: Float64Array;
  /** The token's document-level scores (see `documentScores`). */
  context: Float32Array;
  /** The token's scores after a token tagged O (its `AFTER_OUTSIDE` row). */
  afterOutside: Float32Array;
}

/** Buffers of `tokenScorer`, reused from text to text (tagging is never re-entered) and grown as needed. */
const reusedBuffers: TokenScores = { window: new Float64Array(0), context: new Float32Array(0), afterOutside: new Float32Array(0) };
/** Texts of up to this many tokens share `reusedBuffers`; a longer one gets its own, not kept after it. */
const REUSED_BUFFER_TOKENS = 1 << 16;

/** Buffers for `tokenScorer` of a text of `tokens` tokens. */
function tokenScoreBuffers(tokens: number): TokenScores {
  const length = tokens * TAG_COUNT;
  if (tokens > REUSED_BUFFER_TOKENS) return { window: new Float64Array(length), context: new Float32Array(length), afterOutside: new Float32Array(length) };
  if (reusedBuffers.window.length < length) {
    reusedBuffers.window = new Float64Array(length);
    reusedBuffers.context = new Float32Array(length);
    reusedBuffers.afterOutside = new Float32Array(length);
  }
  return reusedBuffers;
}

/**
 * The scores of a token of `table` under a frozen model that do not depend on the tags before it, written into
 * the token's rows of the buffers when the greedy pass reaches it (a plain word after no name is never scored).
 */
function tokenScorer(model: TaggerWeights, tables: ModelTables, table: TokenTable, features: Uint32Array): TokenScores & { fill: (index: number, first: number, end: number) => void } {
  const { words, classes } = table;
  const buffers = tokenScoreBuffers(words.length);
  const { window, context, afterOutside } = buffers;
  const pool = poolWithRoom(tables, words.length);
  const wordAt = new Int32Array(words.length);
  for (let index = 0; index < words.length; index++) wordAt[index] = positionScores(model, pool, words[index]!, classes[index]!, features);
  const startAt = positionScores(model, pool, SENTENCE_START_WORD, 0, features);
  const endAt = positionScores(model, pool, SENTENCE_END_WORD, 0, features);
  const scores = pool.scores;
  const fill = (index: number, first: number, end: number): void => {
    const own = wordAt[index]!;
    const before = (index > first ? wordAt[index - 1]! : startAt) + AS_PREVIOUS * TAG_COUNT;
    const after = (index + 1 < end ? wordAt[index + 1]! : endAt) + AS_NEXT * TAG_COUNT;
    const before2 = (index - 1 > first ? wordAt[index - 2]! : startAt) + AS_PREVIOUS2 * TAG_COUNT;
    const after2 = (index + 2 < end ? wordAt[index + 2]! : endAt) + AS_NEXT2 * TAG_COUNT;
    // Copied at once: a word's document scores are overwritten when it comes in another context.
    const ownContext = documentScores(model, pool, words[index]!, classes[index]!, documentContext(table, index), features);
    const row = index * TAG_COUNT;
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      window[row + tag] = scores[own + SELF * TAG_COUNT + tag]! + scores[before + tag]! + scores[after + tag]! + scores[before2 + tag]! + scores[after2 + tag]!;
      afterOutside[row + tag] = scores[own + AFTER_OUTSIDE * TAG_COUNT + tag]!;
      context[row + tag] = scores[ownContext + tag]!;
    }
  };
  return { window, context, afterOutside, fill };
}

/**
 * Greedy left-to-right BIO tagging. Each token's features include the two previous tags and the
 * kind the same word was given earlier in the text, so later mentions agree with earlier ones.
 * `wordClasses` must stay the same for every call with one frozen model (its scores are cached per word).
 */
export function tagSentences(
  model: TaggerWeights,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  wordClasses: WordClasses,
  learner?: TaggerLearner,
): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const table = buildTable(tokens, wordClasses);
  const words = table.words;
  const features = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(TAG_COUNT);
  // A frozen model scores most features from caches: per word and position, per tag pair, per history value.
  const tables = model.frozen ? tablesOf(model) : null;
  const perToken = tables ? tokenScorer(model, tables, table, features) : null;
  const tagPairScores = tables ? tables.tagPairs : null;
  const historyScores = tables ? tables.history : null;
  for (const sentence of sentences) {
    let previous = 0;
    let previous2 = 0;
    const first = sentence.first;
    const end = sentence.end;
    for (let index = first; index < end; index++) {
      const word = words[index]!;
      // A plain token ("said", "of", ",") after no name opens none: outside, unscored (tagging, not learning).
      if (!learner && previous === 0 && word.plain) {
        previous2 = 0;
        continue;
      }
      const historyKind = word.capitalised ? historyOf(table, word) : 0;
      let count: number;
      if (perToken) {
        const { window, context, afterOutside } = perToken;
        perToken.fill(index, first, end);
        const row = index * TAG_COUNT;
        const pairRow = (previous * TAG_COUNT + previous2) * TAG_COUNT;
        const historyRow = (historyKind * 2 + (word.capitalised ? 1 : 0)) * TAG_COUNT;
        for (let tag = 0; tag < TAG_COUNT; tag++) {
          scores[tag] = window[row + tag]! + tagPairScores![pairRow + tag]! + historyScores![historyRow + tag]! + context[row + tag]!;
        }
        count = pairFeatures(table, index, first, end, features, 0);
        if (previous === 0) for (let tag = 0; tag < TAG_COUNT; tag++) scores[tag]! += afterOutside[row + tag]!;
        else count = previousTagWordFeatures(word, previous, features, count);
        features[count++] = previousTagBeforeFeature(table, index, first, previous);
      } else {
        scores.fill(0);
        count = allFeatures(table, index, first, end, previous, previous2, historyKind, features);
      }
      model.addScores(features, count, scores);
      let best = 0;
      let bestScore = -Infinity;
      for (let tag = 0; tag < TAG_COUNT; tag++) {
        if (scores[tag]! > bestScore && allowedAfter(previous, tag)) {
          best = tag;
          bestScore = scores[tag]!;
        }
      }
      if (learner) {
        const gold = learner.gold[index]!;
        if (gold !== best) learner.update(features, count, gold, best);
      }
      tags[index] = best;
      if (word.capitalised) recordHistory(table, word, tagKind(best));
      previous2 = previous;
      previous = best;
    }
  }
  return tags;
}

/** A typed span found by the tagger, in token indices (end exclusive). */
export interface TaggedSpan {
  kind: number;
  first: number;
  end: number;
}

/** Reads BIO tags back into spans. */
export function spansFromTags(tags: ArrayLike<number>): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let current: TaggedSpan | null = null;
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index]!;
    const kind = tagKind(tag);
    if (tag === 0 || tag % 2 === 1 || !current || current.kind !== kind) {
      if (current) spans.push(current);
      current = tag === 0 ? null : { kind, first: index, end: index + 1 };
    } else {
      current.end = index + 1;
    }
  }
  if (current) spans.push(current);
  return spans;
}
