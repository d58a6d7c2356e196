import type { TextAnalysis, TextSpan } from '../nlp/index';

/** What an analysis is asked for: an article's text and the spans of it the page sets off as block quotes. */
export function analysisKey(text: string, blockQuotes: readonly TextSpan[]): string {
  return blockQuotes.length === 0 ? text : `${text}\u0000${blockQuotes.map((span) => `${span.start}-${span.end}`).join(',')}`;
}

/**
 * Asks for the analysis of an article's text (done by the background, off the page's main thread) and
 * remembers the last few answers by text (and block quotes), so text that did not change is never analysed twice: a page that
 * re-renders, or an SPA that comes back to a story, costs nothing more.
 */
export class TextAnalyzer {
  private readonly cache = new Map<string, Promise<TextAnalysis>>();
  /** Texts actually sent for analysis since this analyzer was made (for tests and measurements). */
  analysedTexts = 0;

  constructor(
    private readonly analyzeText: (text: string, blockQuotes: readonly TextSpan[]) => Promise<TextAnalysis>,
    private readonly remember = 4,
  ) {}

  analyze(text: string, blockQuotes: readonly TextSpan[] = []): Promise<TextAnalysis> {
    const key = analysisKey(text, blockQuotes);
    const known = this.cache.get(key);
    if (known) {
      // Most recently used last.
      this.cache.delete(key);
      this.cache.set(key, known);
      return known;
    }
    this.analysedTexts++;
    const pending = this.analyzeText(text, blockQuotes);
    this.cache.set(key, pending);
    // A failed analysis is not remembered: the next refresh asks again.
    pending.catch(() => this.cache.get(key) === pending && this.cache.delete(key));
    while (this.cache.size > this.remember) this.cache.delete(this.cache.keys().next().value!);
    return pending;
  }
}

/** Waits for the next task, so the page can handle input and paint between two pieces of work. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
