import { ENTITY_KINDS, type EntityKind } from './features.ts';
import { bundledNameWordClasses } from './lexicon.ts';
import { loadNerWeights } from './model/load.ts';
import { spansFromTags, tagSentences } from './tagger.ts';
import type { TokenizedText } from './tokenize.ts';

/** A CoNLL-typed name found by the sequence model, in token indices (end exclusive). */
export interface NameSpan {
  kind: EntityKind;
  first: number;
  end: number;
}

/** Runs the learned tagger over tokenized text. */
export function findNames(tokenized: TokenizedText): NameSpan[] {
  const tags = tagSentences(loadNerWeights(), tokenized.tokens, tokenized.sentences, bundledNameWordClasses());
  return spansFromTags(tags).map((span) => ({ kind: ENTITY_KINDS[span.kind - 1]!, first: span.first, end: span.end }));
}
