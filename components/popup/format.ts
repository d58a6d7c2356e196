const formatters = new Map<string, { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();

/**
 * The formatters for a locale, made once: `toLocaleDateString` with options builds a new formatter on every
 * call, a noticeable part of rendering a screen of Library rows on each keystroke.
 */
function formattersFor(locale: string | undefined) {
  const key = locale ?? '';
  let found = formatters.get(key);
  if (!found) {
    found = {
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
      date: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }),
    };
    formatters.set(key, found);
  }
  return found;
}

/** A note's time as a reader expects it: time of day for today, else the date. */
export function formatTime(epochMs: number, now: Date = new Date(), locale?: string): string {
  const date = new Date(epochMs);
  const sameDay = date.toDateString() === now.toDateString();
  const { time, date: day } = formattersFor(locale);
  return sameDay ? time.format(date) : day.format(date);
}

/** "1 note", "3 notes": a count with its noun (English plurals in -s). */
export function countOf(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
