import { describe, expect, it } from 'vitest';
import { countOf, formatTime } from './format';

describe('formatTime', () => {
  const now = new Date(2026, 10, 25, 18, 30);
  it.each([
    ['today: the time of day', new Date(2026, 10, 25, 9, 5), (d: Date) => d.toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' })],
    ['another day: the date', new Date(2025, 0, 3, 9, 5), (d: Date) => d.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' })],
  ])('%s', (_case, when, expected) => {
    expect(formatTime(when.getTime(), now, 'en-US')).toBe(expected(when));
    // Again with the formatter already made, and in another locale.
    expect(formatTime(when.getTime(), now, 'en-US')).toBe(expected(when));
    expect(formatTime(when.getTime(), now, 'de-DE')).not.toBe(formatTime(when.getTime(), now, 'en-US'));
  });
});

describe('countOf', () => {
  it.each([
    [0, '0 notes'],
    [1, '1 note'],
    [2, '2 notes'],
  ])('%i', (n, text) => expect(countOf(n, 'note')).toBe(text));
});
