import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partition-point.ts';

describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 3, 7, 9];
  const lowerBound = (value: number): number => partitionPoint(sorted.length, (index) => sorted[index]! < value);
  const upperBound = (value: number): number => partitionPoint(sorted.length, (index) => sorted[index]! <= value);

  it.each([
    [0, 0, 0],
    [1, 0, 1],
    [3, 1, 4],
    [4, 4, 4],
    [9, 5, 6],
    [10, 6, 6],
  ])('finds the lower and upper bounds of %d', (value, lower, upper) => {
    expect(lowerBound(value)).toBe(lower);
    expect(upperBound(value)).toBe(upper);
  });

  it('answers 0 for an empty list and reads no index there', () => {
    expect(partitionPoint(0, () => {
      throw new Error('read');
    })).toBe(0);
  });

  it('agrees with a scan on every value of random sorted lists', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: next() % 20 }, () => next() % 10).sort((a, b) => a - b);
      for (let value = -1; value <= 11; value++) {
        const scan = list.findIndex((item) => item >= value);
        expect(partitionPoint(list.length, (index) => list[index]! < value)).toBe(scan < 0 ? list.length : scan);
      }
    }
  });
});
