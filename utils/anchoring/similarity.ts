/**
 * How well a stored context (the characters before or after a quote) agrees with the page around
 * a candidate. The context is aligned from the quote outwards, so words inserted or changed far
 * from the quote cost only what they change, and the alignment may end anywhere in the page window.
 */

/** Extra page characters read beyond the context's length, so insertions near the quote can be aligned. */
const WINDOW_SLACK = 16;
/** Contexts are compared on at most this many characters next to the quote (one machine word). */
export const MAX_CONTEXT = 32;

/**
 * A context ready to be compared many times: its characters read outwards from the quote
 * (a prefix backwards), as bit masks for the bit-parallel edit distance (Myers 1999, Hyyrö 2001).
 */
export interface OutwardContext {
  readonly length: number;
  readonly direction: 1 | -1;
  readonly masks: ReadonlyMap<number, number>;
}

export function prepareContext(context: string, direction: 1 | -1): OutwardContext {
  const near = direction > 0 ? context.slice(0, MAX_CONTEXT) : context.slice(-MAX_CONTEXT);
  const masks = new Map<number, number>();
  const m = near.length;
  for (let i = 0; i < m; i++) {
    const code = direction > 0 ? near.charCodeAt(i) : near.charCodeAt(m - 1 - i);
    masks.set(code, (masks.get(code) ?? 0) | (1 << i));
  }
  return { length: m, direction, masks };
}

/**
 * Fewest edits turning the context into page text that starts next to the quote at `from`
 * (reading forwards, or backwards from `from - 1` for a prefix) and ends anywhere within the window.
 */
export function outwardEditDistance(context: OutwardContext, text: string, from: number): number {
  const m = context.length;
  if (m === 0) return 0;
  const available = context.direction > 0 ? text.length - from : from;
  const n = Math.max(0, Math.min(available, m + WINDOW_SLACK));
  const high = 1 << (m - 1);
  let positive = m === 32 ? -1 : (1 << m) - 1;
  let negative = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < n; j++) {
    const code = context.direction > 0 ? text.charCodeAt(from + j) : text.charCodeAt(from - 1 - j);
    const equal = context.masks.get(code) ?? 0;
    const xv = equal | negative;
    const xh = (((equal & positive) + positive) ^ positive) | equal;
    let horizontalPositive = negative | ~(xh | positive);
    let horizontalNegative = positive & xh;
    if (horizontalPositive & high) score++;
    else if (horizontalNegative & high) score--;
    // The first row grows by one per column: the alignment must start right next to the quote.
    horizontalPositive = (horizontalPositive << 1) | 1;
    horizontalNegative = horizontalNegative << 1;
    positive = horizontalNegative | ~(xv | horizontalPositive);
    negative = horizontalPositive & xv;
    if (score < best) best = score;
  }
  return best;
}

/**
 * Unrelated English contexts of 32 characters still share about a third of their characters under
 * this alignment; agreement is measured above that floor so that unrelated text scores near 0.
 */
const CHANCE_AGREEMENT = 0.4;

/** 0..1 agreement of a prepared context with the page next to a candidate (1 = identical). */
export function contextAgreement(context: OutwardContext, text: string, from: number): number {
  if (context.length === 0) return 0;
  const similarity = 1 - outwardEditDistance(context, text, from) / context.length;
  return Math.max(0, Math.min(1, (similarity - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT)));
}

/** Number of equal characters read outwards from `from` in `text` and from the quote side of `context`. */
export function sharedRunLength(context: string, text: string, from: number, direction: 1 | -1): number {
  const m = context.length;
  let count = 0;
  if (direction > 0) {
    while (count < m && from + count < text.length && context.charCodeAt(count) === text.charCodeAt(from + count)) count++;
  } else {
    while (count < m && from - count - 1 >= 0 && context.charCodeAt(m - count - 1) === text.charCodeAt(from - count - 1)) count++;
  }
  return count;
}
