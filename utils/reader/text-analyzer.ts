import type { TextAnalysis } from '../nlp/index';

/**
 * Asks for the analysis of an article's text (done by the background, off the page's main thread) and
 * remembers the last few answers by text, so text that did not change is never analysed twice: a page that
 * re-renders, or an SPA that comes back to a story, costs nothing more.
 */
export class TextAnalyzer {
  private readonly cache = new Map<string, Promise<TextAnalysis>>();
  /** Texts actually sent for analysis since this analyzer was made (for tests and measurements). */
  analysedTexts = 0;

  constructor(
    private readonly analyzeText: (text: string) => Promise<TextAnalysis>,
    private readonly remember = 4,
  ) {}

  analyze(text: string): Promise<TextAnalysis> {
    const known = this.cache.get(text);
    if (known) {
      // Most recently used last.
      this.cache.delete(text);
      this.cache.set(text, known);
      return known;
    }
    this.analysedTexts++;
    const pending = this.analyzeText(text);
    this.cache.set(text, pending);
    // A failed analysis is not remembered: the next refresh asks again.
    pending.catch(() => this.cache.get(text) === pending && this.cache.delete(text));
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
