// Bag-of-words comparison of two texts: precision, recall and F1 over lower-cased word tokens (multiset).

const WORD = /[\p{L}\p{N}]+/gu;

export function tokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function bagOfWords(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of tokens(text)) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Multiset word overlap of `predicted` against `truth`. Two empty texts score 1; one empty text scores 0. */
export function bowPrf(predicted: string, truth: string): Prf {
  const p = bagOfWords(predicted);
  const t = bagOfWords(truth);
  let np = 0;
  let nt = 0;
  let common = 0;
  for (const c of p.values()) np += c;
  for (const [w, c] of t) {
    nt += c;
    const q = p.get(w);
    if (q) common += Math.min(c, q);
  }
  if (np === 0 && nt === 0) return { precision: 1, recall: 1, f1: 1 };
  if (np === 0 || nt === 0) return { precision: np === 0 ? 1 : 0, recall: nt === 0 ? 1 : 0, f1: 0 };
  const precision = common / np;
  const recall = common / nt;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Precision, recall and F1 of a binary classifier from counts. */
export function classPrf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
