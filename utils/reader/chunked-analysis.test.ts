import { describe, expect, it } from 'vitest';
import type { TextAnalysis } from '../nlp/index';
import { ChunkedAnalyzer, chunkText, mergeAnalyses } from './chunked-analysis';

const paragraphs = (n: number, words = 60) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i} ${'word '.repeat(words).trim()}.`).join('\n\n');

describe('chunkText', () => {
  it('keeps short text whole', () => {
    expect(chunkText('One block.\n\nAnother.', 100)).toEqual([{ start: 0, text: 'One block.\n\nAnother.' }]);
    expect(chunkText('', 100)).toEqual([]);
  });

  it('cuts long text at block breaks, with offsets into the whole text', () => {
    const text = paragraphs(30);
    const chunks = chunkText(text, 1000);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
      expect(chunk.text.startsWith('Paragraph')).toBe(true);
      expect(chunk.text.length).toBeLessThanOrEqual(1000);
    }
    expect(chunks.map((chunk) => chunk.text).join('\n\n')).toBe(text);
  });

  it('keeps a block longer than the chunk size whole', () => {
    const text = `${'a'.repeat(50)}\n\n${'b'.repeat(300)}\n\n${'c'.repeat(50)}`;
    expect(chunkText(text, 100).map((chunk) => chunk.text.length)).toEqual([50, 300, 50]);
  });
});

/** A stand-in for the NLP: every capitalised word "Acme" is a company, "Ann Lee" / "Lee" a quoted person. */
function fakeAnalyze(text: string): TextAnalysis {
  const analysis: TextAnalysis = { entities: [], people: [], quotes: [] };
  for (const match of text.matchAll(/Acme/g)) {
    analysis.entities.push({ type: 'company', start: match.index, end: match.index + 4, text: 'Acme', canonical: 'Acme' });
  }
  for (const match of text.matchAll(/(Ann Lee|Lee)/g)) {
    const name = match[1]!;
    let person = analysis.people.find((p) => p.name === 'Ann Lee' || p.name === name);
    if (!person) analysis.people.push((person = { name, role: name === 'Ann Lee' ? 'chief executive' : null, mentions: [], quoted: true }));
    person.mentions.push({ start: match.index, end: match.index + name.length });
    analysis.entities.push({ type: 'person', start: match.index, end: match.index + name.length, text: name, canonical: person.name });
    analysis.quotes.push({ start: 0, end: 4, text: text.slice(0, 4), kind: 'direct', speaker: { name: person.name, start: match.index, end: match.index + name.length } });
  }
  return analysis;
}

describe('mergeAnalyses', () => {
  it('moves offsets and joins a bare surname to the full name seen in an earlier chunk', () => {
    const first = 'Ann Lee of Acme spoke.';
    const second = 'Lee said Acme would grow.';
    const merged = mergeAnalyses([
      { start: 0, analysis: fakeAnalyze(first) },
      { start: 100, analysis: fakeAnalyze(second) },
    ]);
    expect(merged.entities.filter((e) => e.type === 'company').map((e) => e.start)).toEqual([11, 109]);
    expect(merged.people).toHaveLength(1);
    expect(merged.people[0]).toMatchObject({ name: 'Ann Lee', role: 'chief executive', quoted: true });
    expect(merged.people[0]!.mentions).toEqual([
      { start: 0, end: 7 },
      { start: 100, end: 103 },
    ]);
    expect(merged.quotes.map((q) => [q.start, q.speaker?.name])).toEqual([
      [0, 'Ann Lee'],
      [100, 'Ann Lee'],
    ]);
    expect(merged.entities.filter((e) => e.type === 'person').map((e) => e.canonical)).toEqual(['Ann Lee', 'Ann Lee']);
  });
});

describe('ChunkedAnalyzer', () => {
  it('analyses a short text in one call, exactly as the analyser returns it', async () => {
    const analyzer = new ChunkedAnalyzer(fakeAnalyze, 1000);
    const text = 'Ann Lee of Acme spoke.';
    expect(await analyzer.analyze(text)).toEqual(fakeAnalyze(text));
    expect(analyzer.analysedChunks).toBe(1);
  });

  it('analyses only new chunks when the text grows, and finds the same spans as a whole-text analysis', async () => {
    const analyzer = new ChunkedAnalyzer(fakeAnalyze, 500);
    const base = paragraphs(12).replace(/Paragraph 3 /, 'Paragraph 3 Acme ');
    const first = (await analyzer.analyze(base))!;
    const firstChunks = analyzer.analysedChunks;
    expect(firstChunks).toBe(chunkText(base, 500).length);
    const grown = `${base}\n\nLater, Acme grew.`;
    const second = (await analyzer.analyze(grown))!;
    expect(analyzer.analysedChunks - firstChunks).toBe(1);
    const whole = fakeAnalyze(grown);
    expect(second.entities.map((e) => [e.start, e.end])).toEqual(whole.entities.map((e) => [e.start, e.end]));
    expect(first.entities).toHaveLength(1);
    expect(second.entities).toHaveLength(2);
    // The same text again: nothing to analyse.
    await analyzer.analyze(grown);
    expect(analyzer.analysedChunks - firstChunks).toBe(1);
  });

  it('stops between chunks when the work has become stale', async () => {
    const analyzer = new ChunkedAnalyzer(fakeAnalyze, 300);
    let calls = 0;
    const result = await analyzer.analyze(paragraphs(10), () => ++calls >= 2);
    expect(result).toBeNull();
    expect(analyzer.analysedChunks).toBe(2);
  });
});
