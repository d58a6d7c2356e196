/** A note's time as a reader expects it: time of day for today, else the date. */
export function formatTime(epochMs: number, now: Date = new Date(), locale?: string): string {
  const date = new Date(epochMs);
  const sameDay = date.toDateString() === now.toDateString();
  return sameDay
    ? date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "1 note", "3 notes": a count with its noun (English plurals in -s). */
export function countOf(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
