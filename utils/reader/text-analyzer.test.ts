import { describe, expect, it } from 'vitest';
import type { TextAnalysis } from '../nlp/index';
import { TextAnalyzer } from './text-analyzer';

const analysisOf = (text: string): TextAnalysis => ({
  entities: [{ type: 'company', start: 0, end: text.length, text, canonical: text }],
  people: [],
  quotes: [],
});

describe('TextAnalyzer', () => {
  it('analyses a text once and answers again from memory', async () => {
    const asked: string[] = [];
    const analyzer = new TextAnalyzer(async (text) => (asked.push(text), analysisOf(text)));
    expect(await analyzer.analyze('Acme')).toEqual(analysisOf('Acme'));
    expect(await analyzer.analyze('Acme')).toEqual(analysisOf('Acme'));
    expect(asked).toEqual(['Acme']);
    expect(analyzer.analysedTexts).toBe(1);
  });

  it('forgets the least recently used text beyond its memory', async () => {
    const asked: string[] = [];
    const analyzer = new TextAnalyzer(async (text) => (asked.push(text), analysisOf(text)), 2);
    await analyzer.analyze('a');
    await analyzer.analyze('b');
    await analyzer.analyze('a');
    await analyzer.analyze('c');
    await analyzer.analyze('a');
    await analyzer.analyze('b');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('asks again after a failure', async () => {
    let fail = true;
    const analyzer = new TextAnalyzer(async (text) => {
      if (fail) throw new Error('background restarting');
      return analysisOf(text);
    });
    await expect(analyzer.analyze('Acme')).rejects.toThrow('background restarting');
    fail = false;
    expect(await analyzer.analyze('Acme')).toEqual(analysisOf('Acme'));
    expect(analyzer.analysedTexts).toBe(2);
  });
});

describe('TextAnalyzer and block quotes', () => {
  it('hands the block quotes on, and analyses a text again when its block quotes change', async () => {
    const asked: [string, string][] = [];
    const analyzer = new TextAnalyzer(async (text, blockQuotes) => (asked.push([text, JSON.stringify(blockQuotes)]), analysisOf(text)));
    await analyzer.analyze('Jason:\n\nNever.', [{ start: 8, end: 14 }]);
    await analyzer.analyze('Jason:\n\nNever.', [{ start: 8, end: 14 }]);
    await analyzer.analyze('Jason:\n\nNever.');
    expect(asked).toEqual([
      ['Jason:\n\nNever.', '[{"start":8,"end":14}]'],
      ['Jason:\n\nNever.', '[]'],
    ]);
  });
});
