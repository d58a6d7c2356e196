import { MAX_FEATURES, TAG_COUNT, allowedAfter, buildViews, contextFeatures, tagKind, wordFeatures } from './features.ts';
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
    for (let bucket = 0; bucket < buckets; bucket++) {
      const row = this.exactIndex[bucket]!;
      if (row >= 0) for (let tag = 0; tag < TAG_COUNT; tag++) this.exactValues[row * TAG_COUNT + tag] = bytes[bucket * TAG_COUNT + tag]! * scale;
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
    const exactIndex = this.exactIndex;
    const exactValues = this.exactValues;
    // Byte rows are summed as integers in locals (registers) and scaled once: TAG_COUNT is 9.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = 0; f < count; f++) {
      const bucket = features[f]! & mask;
      const exactRow = exactIndex[bucket]!;
      if (exactRow >= 0) {
        const base = exactRow * TAG_COUNT;
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

/**
 * Greedy left-to-right BIO tagging. Each token's features include the two previous tags and the
 * kind the same word was given earlier in the text, so later mentions agree with earlier ones.
 */
export function tagSentences(
  model: TaggerWeights,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  learner?: TaggerLearner,
): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const views = buildViews(tokens);
  const history = new Map<number, number>();
  const features = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(TAG_COUNT);
  for (const sentence of sentences) {
    let previous = 0;
    let previous2 = 0;
    for (let index = sentence.first; index < sentence.end; index++) {
      const view = views[index]!;
      const historyKind = view.capitalised ? history.get(view.lower) ?? 0 : 0;
      scores.fill(0);
      let count: number;
      if (model.frozen) {
        // Word-only features score the same at every occurrence of a word: cached on the word.
        const word = view.word;
        if (word.scoresFor !== model) {
          model.addScores(features, wordFeatures(view, features), scores);
          word.scores = Float32Array.from(scores);
          word.scoresFor = model;
        } else scores.set(word.scores!);
        count = contextFeatures(views, index, sentence.first, sentence.end, previous, previous2, historyKind, features, 0);
      } else {
        count = contextFeatures(views, index, sentence.first, sentence.end, previous, previous2, historyKind, features, wordFeatures(view, features));
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
      if (view.capitalised) {
        const kind = tagKind(best);
        if (kind !== 0 || !history.has(view.lower)) history.set(view.lower, kind);
      }
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
