/** Every piece of the reader's main-thread work is measured as `presslight:<name>` on the page's performance timeline. */
export const WORK_MEASURE_PREFIX = 'presslight:';

const clock = (): number => globalThis.performance?.now?.() ?? Date.now();

/**
 * Runs `work` and records how long it took as a performance measure, so a benchmark (or the browser's
 * performance panel) can tell which long tasks on a page are Presslight's.
 */
export function timed<T>(name: string, work: () => T): T {
  const start = clock();
  try {
    return work();
  } finally {
    try {
      globalThis.performance?.measure?.(`${WORK_MEASURE_PREFIX}${name}`, { start, end: clock() });
    } catch {
      // Measures are for measuring only.
    }
  }
}

/** Marks a moment (e.g. highlights painted) on the page's performance timeline. */
export function performanceMark(name: string): void {
  try {
    globalThis.performance?.mark?.(name);
  } catch {
    // Marks are for measuring only.
  }
}
