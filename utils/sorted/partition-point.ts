// Binary search over anything kept in order, read through an index: the one loop the sorted lists of the project share.

/**
 * The first index in 0..length at which `isBefore` turns false, for a predicate true on a prefix of the indexes and
 * false on the rest (a sorted list read against a key): `length` when it never does. A lower bound is
 * `partitionPoint(list.length, (index) => list[index] < value)`; an upper bound, the same with `<=`.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
