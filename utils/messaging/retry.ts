import { RequestError } from './client';

/** Failures that pass on their own: the background was restarting, or the database was briefly unavailable. */
const TRANSIENT = new Set(['unavailable', 'storage']);

/**
 * Runs a request, trying again after short pauses when it fails for a transient reason; any other failure,
 * or the last transient one, is thrown for the caller to show (a write is never dropped silently).
 */
export async function withRetry<T>(request: () => Promise<T>, delaysMs: readonly number[] = [150, 600]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const transient = error instanceof RequestError && TRANSIENT.has(error.code);
      if (!transient || attempt >= delaysMs.length) throw error;
      await new Promise((done) => setTimeout(done, delaysMs[attempt]));
    }
  }
}
