import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorMany } from './anchor.ts';
import { generatePages, judge, tally } from './benchmark.ts';
import { applyEdit, EDIT_KINDS, editPage, followSplice, paragraphs, pickNoteSpans, spliceAll, synthesizeArticle, type EditKind } from './edits.ts';
import { foldForMatching } from './normalize.ts';
import { createRandom } from './random.ts';
import type { TextSpan } from './types.ts';

const seed = readFileSync(new URL('../../e2e/fixtures/article.txt', import.meta.url), 'utf8').trim();

describe('followSplice', () => {
  const note = { start: 10, end: 20 };
  it.each([
    ['replacement before the note shifts it', 2, 5, 6, { start: 13, end: 23 }],
    ['insertion right at its start shifts it', 10, 10, 4, { start: 14, end: 24 }],
    ['replacement ending at its start shifts it', 5, 10, 0, { start: 5, end: 15 }],
    ['change after it leaves it', 20, 25, 0, note],
    ['insertion right at its end leaves it', 20, 20, 9, note],
    ['word replaced inside resizes it', 12, 15, 5, { start: 10, end: 22 }],
    ['deletion covering it removes it', 5, 25, 0, null],
    ['replacement of exactly its text removes it', 10, 20, 10, null],
    ['cut through its start removes it', 5, 12, 0, null],
    ['cut through its end removes it', 18, 30, 3, null],
  ] as [string, number, number, number, TextSpan | null][])('%s', (_name, start, end, insert, expected) => {
    expect(followSplice(note, start, end, insert)).toEqual(expected);
  });
});

describe('spliceAll', () => {
  it('applies many splices at once and moves the notes with them', () => {
    const page = { text: 'He said "yes" - and left...', spans: [{ start: 8, end: 13 }, { start: 16, end: 19 }] as (TextSpan | null)[] };
    spliceAll(page, [
      { start: 8, end: 9, insert: '“' },
      { start: 12, end: 13, insert: '”' },
      { start: 14, end: 15, insert: '—' },
      { start: 24, end: 27, insert: '…' },
      { start: 3, end: 3, insert: 'also ' },
    ]);
    expect(page.text).toBe('He also said “yes” — and left…');
    expect(page.spans.map((s) => s && page.text.slice(s.start, s.end))).toEqual(['“yes”', 'and']);
  });
});

/** Where the notes are after one edit of each kind, compared with their text before it. */
describe('applyEdit keeps track of every note', () => {
  const fold = (s: string) => foldForMatching(s).replace(/\s+/g, ' ').trim();

  it.each(EDIT_KINDS.map((kind) => [kind]))('%s', (kind: EditKind) => {
    const random = createRandom(EDIT_KINDS.indexOf(kind) + 1);
    let applied = 0;
    for (let round = 0; round < 30; round++) {
      const text = synthesizeArticle(seed, 8, random);
      const notes = pickNoteSpans(text, 8, random);
      const page = { text, spans: notes.map((n) => ({ ...n })) as (TextSpan | null)[] };
      const target = random.below(notes.length);
      if (!applyEdit(page, kind, target, random)) continue;
      applied++;
      expect(page.text).not.toBe(text);
      page.spans.forEach((span, i) => {
        const before = notes[i] as TextSpan;
        if (!span) {
          // Only deletions and rewrites remove text, and only the aimed note or notes inside the removed text.
          expect(['delete', 'rewrite-sentence']).toContain(kind);
          return;
        }
        const now = fold(page.text.slice(span.start, span.end));
        const then = fold(text.slice(before.start, before.end));
        if (kind === 'word-inside' && i === target) {
          expect(now).not.toBe(then);
          expect(now.split(' ').length).toBe(then.split(' ').length);
        } else {
          expect(now).toBe(then);
        }
      });
      if (kind === 'delete') expect(page.spans[target]).toBeNull();
    }
    expect(applied).toBeGreaterThan(5);
  });
});

describe('editPage', () => {
  it('is reproducible from its seed', () => {
    const text = synthesizeArticle(seed, 10, createRandom(3));
    const notes = pickNoteSpans(text, 10, createRandom(4));
    expect(editPage(text, notes, createRandom(9))).toEqual(editPage(text, notes, createRandom(9)));
    expect(editPage(text, notes, createRandom(9)).text).not.toBe(editPage(text, notes, createRandom(10)).text);
  });

  it('keeps the page made of blocks separated by blank lines', () => {
    const text = synthesizeArticle(seed, 10, createRandom(5));
    const edited = editPage(text, pickNoteSpans(text, 10, createRandom(6)), createRandom(7)).text;
    expect(paragraphs(edited).length).toBeGreaterThan(5);
    expect(edited).not.toMatch(/\n{3,}/);
  });
});

describe('pickNoteSpans', () => {
  it('picks non-overlapping notes on whole words', () => {
    const text = synthesizeArticle(seed, 10, createRandom(8));
    const notes = pickNoteSpans(text, 20, createRandom(8));
    expect(notes.length).toBe(20);
    const sorted = [...notes].sort((a, b) => a.start - b.start);
    sorted.forEach((note, i) => {
      expect(note.end).toBeGreaterThan(note.start);
      if (i > 0) expect(note.start).toBeGreaterThanOrEqual((sorted[i - 1] as TextSpan).end);
      expect(text[note.start - 1] ?? ' ').toMatch(/\s/);
    });
  });
});

describe('judge', () => {
  it.each([
    ['right place', { start: 10, end: 20 }, { start: 10, end: 20 }, 'right'],
    ['mostly the right place', { start: 10, end: 20 }, { start: 11, end: 21 }, 'right'],
    ['another place', { start: 10, end: 20 }, { start: 40, end: 50 }, 'wrong'],
    ['placed though the text is gone', null, { start: 40, end: 50 }, 'wrong'],
    ['orphaned though the text is there', { start: 10, end: 20 }, null, 'orphan-wrong'],
    ['orphaned as it should', null, null, 'orphan-right'],
  ] as const)('%s', (_name, truth, found, verdict) => {
    expect(judge(truth, found && { ...found, method: 'quote', confidence: 1 })).toBe(verdict);
  });
});

describe('re-anchoring accuracy on edited pages (behaviour, not timing)', () => {
  const random = createRandom(2024);
  const articles = Array.from({ length: 20 }, () => synthesizeArticle(seed, 12, random));
  const pages = generatePages(articles, 200, 7);
  const result = tally(pages, anchorMany);

  it('covers 200 notes, some of them removed by the edits', () => {
    expect(result.notes).toBe(200);
    expect(result.removed).toBeGreaterThan(10);
    for (const kind of EDIT_KINDS) expect(result.byKind[kind].notes).toBeGreaterThan(0);
  });

  it('places at least 98% of the notes whose text is still there on that text', () => {
    expect(result.right / result.present).toBeGreaterThanOrEqual(0.98);
  });

  it('never places a note on wrong text with high confidence', () => {
    expect(result.wrongConfident).toBe(0);
  });

  it('orphans every note whose text was removed', () => {
    expect(result.orphanRight).toBe(result.removed);
  });

  it('does much better than looking the quote up verbatim', () => {
    const baseline = tally(pages, (text, targets) =>
      targets.map((selectors) => {
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
        const at = quote && quote.type === 'TextQuoteSelector' ? text.indexOf(quote.exact) : -1;
        return quote && quote.type === 'TextQuoteSelector' && at >= 0
          ? { start: at, end: at + quote.exact.length, method: 'quote' as const, confidence: 1 }
          : null;
      }),
    );
    expect(result.right).toBeGreaterThan(baseline.right);
  });
});
