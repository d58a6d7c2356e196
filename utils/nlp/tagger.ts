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
    // Byte rows are summed as integers in locals (registers) and scaled once: TAG_COUNT is 9.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = 0; f < count; f++) {
      const bucket = features[f]! & mask;
      if ((exactBits[bucket >>> 5]! >>> (bucket & 31)) & 1) {
        const base = exactIndex[bucket]! * TAG_COUNT;
        for (let tag = 0; tag < TAG_COUNT; tag++) scores[tag]! += exactValues[base + tag]!;
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
    scores[0]! += s0 * scale;
    scores[1]! += s1 * scale;
    scores[2]! += s2 * scale;
    scores[3]! += s3 * scale;
    scores[4]! += s4 * scale;
    scores[5]! += s5 * scale;
    scores[6]! += s6 * scale;
    scores[7]! += s7 * scale;
    scores[8]! += s8 * scale;
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
  tables = { tagPairs, history };
  modelTables.set(model, tables);
  return tables;
}

const HISTORY_KINDS = 5;

/** Scores of the features a word fires from each position, cached on the word for a frozen model. */
function positionScores(model: TaggerWeights, word: WordFacts, wordClass: number, features: Uint32Array): Float32Array {
  // A word's class comes from fixed lists, so it is a fact of the word like its spelling.
  if (word.scoresFor === model) return word.scores!;
  const scores = new Float32Array(POSITIONS * TAG_COUNT);
  for (let position = 0; position < POSITIONS; position++) {
    const count = positionFeatures(word, wordClass, position, features, 0);
    model.addScores(features, count, scores.subarray(position * TAG_COUNT, (position + 1) * TAG_COUNT));
  }
  word.scores = scores;
  word.scoresFor = model;
  word.contextKey = -1;
  return scores;
}

/** Scores of a word's document-level features in `context`, cached on the word for its latest context (which seldom changes within a text). */
function documentScores(model: TaggerWeights, word: WordFacts, wordClass: number, context: number, features: Uint32Array): Float32Array {
  if (word.contextKey === context && word.scoresFor === model && word.contextScores) return word.contextScores;
  const scores = word.contextScores ?? new Float32Array(TAG_COUNT);
  scores.fill(0);
  model.addScores(features, documentFeatures(word, wordClass, context, features, 0), scores);
  word.contextScores = scores;
  word.contextKey = context;
  return scores;
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
  const { words, classes } = table;
  const features = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(TAG_COUNT);
  // A frozen model scores most features from caches: per word and position, per tag pair, per history value.
  const tables = model.frozen ? tablesOf(model) : null;
  const wordScores: Float32Array[] = tables ? new Array<Float32Array>(tokens.length) : [];
  if (tables) for (let index = 0; index < tokens.length; index++) wordScores[index] = positionScores(model, words[index]!, classes[index]!, features);
  const startScores = tables ? positionScores(model, SENTENCE_START_WORD, 0, features) : null;
  const endScores = tables ? positionScores(model, SENTENCE_END_WORD, 0, features) : null;
  const tagPairScores = tables ? tables.tagPairs : null;
  const historyScores = tables ? tables.history : null;
  for (const sentence of sentences) {
    let previous = 0;
    let previous2 = 0;
    const first = sentence.first;
    const end = sentence.end;
    for (let index = first; index < end; index++) {
      const word = words[index]!;
      const historyKind = word.capitalised ? historyOf(table, word) : 0;
      let count: number;
      if (tables) {
        const own = wordScores[index]!;
        const before = index > first ? wordScores[index - 1]! : startScores!;
        const after = index + 1 < end ? wordScores[index + 1]! : endScores!;
        const before2 = index - 1 > first ? wordScores[index - 2]! : startScores!;
        const after2 = index + 2 < end ? wordScores[index + 2]! : endScores!;
        const pairRow = (previous * TAG_COUNT + previous2) * TAG_COUNT;
        const historyRow = (historyKind * 2 + (word.capitalised ? 1 : 0)) * TAG_COUNT;
        const context = documentScores(model, word, classes[index]!, documentContext(table, index), features);
        for (let tag = 0; tag < TAG_COUNT; tag++) {
          scores[tag] =
            own[SELF * TAG_COUNT + tag]! +
            before[AS_PREVIOUS * TAG_COUNT + tag]! +
            after[AS_NEXT * TAG_COUNT + tag]! +
            before2[AS_PREVIOUS2 * TAG_COUNT + tag]! +
            after2[AS_NEXT2 * TAG_COUNT + tag]! +
            tagPairScores![pairRow + tag]! +
            historyScores![historyRow + tag]! +
            context[tag]!;
        }
        count = pairFeatures(table, index, first, end, features, 0);
        if (previous === 0) for (let tag = 0; tag < TAG_COUNT; tag++) scores[tag]! += own[AFTER_OUTSIDE * TAG_COUNT + tag]!;
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
