import { describe, expect, it } from 'vitest';
import { scrollToShow, visibleRange } from './virtual-range';
import { CHUNK, LibraryPages } from './library-pages';
import type { LibraryRow } from '@/utils/db/library';

describe('visible range', () => {
  it('covers the viewport plus overscan, clamped to the list', () => {
    expect(visibleRange(0, 400, 80, 10_000, 2)).toEqual({ first: 0, last: 7 });
    expect(visibleRange(8000, 400, 80, 10_000, 2)).toEqual({ first: 98, last: 107 });
    expect(visibleRange(1e9, 400, 80, 10, 2)).toEqual({ first: 9, last: 9 });
    expect(visibleRange(0, 400, 80, 0)).toEqual({ first: 0, last: -1 });
  });

  it('scrolls just enough to show a row', () => {
    expect(scrollToShow(5, 0, 400, 80)).toBe(80);
    expect(scrollToShow(2, 400, 400, 80)).toBe(160);
    expect(scrollToShow(6, 400, 400, 80)).toBe(400);
  });
});

describe('Library pages', () => {
  const rows: LibraryRow[] = Array.from({ length: 250 }, (_, i) => ({ kind: 'article', page: `p${i}`, title: `T${i}`, site: 's', latest: i, count: 1 }));
  it('fetches only the chunks the list shows, once', async () => {
    const asked: number[] = [];
    const pages = new LibraryPages({}, async (_q, offset, limit) => {
      asked.push(offset);
      return { total: rows.length, noteCount: 0, articleCount: rows.length, offset, rows: rows.slice(offset, offset + limit) };
    });
    await pages.start();
    expect(pages.total).toBe(250);
    expect(pages.row(5)).toEqual(rows[5]);
    expect(pages.row(CHUNK + 1)).toBeUndefined();
    expect(await pages.ensure(CHUNK - 10, CHUNK + 10)).toBe(true);
    expect(await pages.ensure(CHUNK - 10, CHUNK + 10)).toBe(false);
    expect(pages.row(CHUNK + 1)).toEqual(rows[CHUNK + 1]);
    await pages.ensure(240, 400);
    expect(asked).toEqual([0, CHUNK, Math.floor(240 / CHUNK) * CHUNK]);
    expect(pages.row(249)).toEqual(rows[249]);
  });

  it('retries a chunk whose request failed', async () => {
    let fail = true;
    const pages = new LibraryPages({}, async (_q, offset, limit) => {
      if (fail) throw new Error('busy');
      return { total: 10, noteCount: 10, articleCount: 1, offset, rows: rows.slice(offset, offset + limit) };
    });
    await expect(pages.start()).rejects.toThrow('busy');
    fail = false;
    await pages.start();
    expect(pages.total).toBe(10);
  });
});
