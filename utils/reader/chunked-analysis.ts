import type { EntityMention, Person, Quote, TextAnalysis } from '../nlp/index';

/** A piece of the article's text made of whole blocks, analysed on its own in one short task. */
export interface TextChunk {
  start: number;
  text: string;
}

/** Text longer than this is analysed a few blocks at a time, so no single task keeps the page busy for long. */
export const CHUNK_CHARS = 2500;

/** Splits text at block breaks ("\n\n") into chunks of about `size` characters (a longer block stays whole). */
export function chunkText(text: string, size = CHUNK_CHARS): TextChunk[] {
  if (text.length <= size) return text ? [{ start: 0, text }] : [];
  const chunks: TextChunk[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const breakAfter = text.indexOf('\n\n', end);
      const breakBefore = text.lastIndexOf('\n\n', end);
      end = breakBefore > start ? breakBefore : breakAfter >= 0 ? breakAfter : text.length;
    }
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
    while (start < text.length && text[start] === '\n') start++;
  }
  return chunks;
}

function shift<T extends { start: number; end: number }>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

function lastWord(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1] ?? name;
}

/**
 * Joins the analyses of consecutive chunks into one analysis of the whole text: offsets are moved to the whole
 * text's, and a person named in several chunks is one person (a bare surname joins the full name seen before).
 */
export function mergeAnalyses(parts: readonly { start: number; analysis: TextAnalysis }[]): TextAnalysis {
  const entities: EntityMention[] = [];
  const quotes: Quote[] = [];
  const people = new Map<string, Person>();
  const bySurname = new Map<string, string>();
  const rename = new Map<string, string>();
  for (const { start, analysis } of parts) {
    rename.clear();
    for (const person of analysis.people) {
      const known = people.has(person.name) ? person.name : !/\s/.test(person.name) ? bySurname.get(person.name) : undefined;
      const name = known ?? person.name;
      rename.set(person.name, name);
      const mentions = person.mentions.map((mention) => shift(mention, start));
      const existing = people.get(name);
      if (existing) {
        existing.mentions.push(...mentions);
        existing.role ??= person.role;
        existing.quoted ||= person.quoted;
      } else {
        people.set(name, { name, role: person.role, mentions, quoted: person.quoted });
        if (/\s/.test(name)) bySurname.set(lastWord(name), name);
      }
    }
    for (const entity of analysis.entities) {
      const moved = shift(entity, start);
      if (entity.type === 'person') moved.canonical = rename.get(entity.canonical) ?? entity.canonical;
      entities.push(moved);
    }
    for (const quote of analysis.quotes) {
      const speaker = quote.speaker ? { ...shift(quote.speaker, start), name: rename.get(quote.speaker.name) ?? quote.speaker.name } : null;
      quotes.push({ ...shift(quote, start), speaker });
    }
  }
  return { entities, people: [...people.values()], quotes };
}

/** Waits for the next task, so the page can handle input and paint between two pieces of work. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Analyses text chunk by chunk, a task each, remembering each chunk's analysis by its text: when a live page
 * grows (infinite scroll, late-loading paragraphs), only the new chunks are analysed again.
 */
export class ChunkedAnalyzer {
  private cache = new Map<string, TextAnalysis>();
  /** Chunks analysed (not taken from the cache) since this analyzer was made; for tests and measurements. */
  analysedChunks = 0;

  constructor(
    private readonly analyzeText: (text: string) => TextAnalysis,
    private readonly chunkSize = CHUNK_CHARS,
  ) {}

  /** Resolves with the whole text's analysis, or null when `isStale()` turns true between two chunks. */
  async analyze(text: string, isStale: () => boolean = () => false): Promise<TextAnalysis | null> {
    const chunks = chunkText(text, this.chunkSize);
    const next = new Map<string, TextAnalysis>();
    const parts: { start: number; analysis: TextAnalysis }[] = [];
    let worked = false;
    for (const chunk of chunks) {
      let analysis = this.cache.get(chunk.text) ?? next.get(chunk.text);
      if (!analysis) {
        if (worked) {
          await nextTask();
          if (isStale()) return null;
        }
        analysis = this.analyzeText(chunk.text);
        this.analysedChunks++;
        worked = true;
      }
      next.set(chunk.text, analysis);
      parts.push({ start: chunk.start, analysis });
    }
    this.cache = next;
    return parts.length === 1 && parts[0]!.start === 0 ? parts[0]!.analysis : mergeAnalyses(parts);
  }
}
