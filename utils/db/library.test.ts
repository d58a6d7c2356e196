import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { PresslightDatabase } from './schema';
import { LibraryIndex, peopleOverview, WordIndex, type LibraryRow } from './library';
import { makeLibrary } from '../export/sample-library';
import { queryWords } from './search-words';
import { putNotes, removeNotes } from './note-store';

let db: PresslightDatabase;
let counter = 0;
beforeEach(() => {
  db = new PresslightDatabase(`library-test-${++counter}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function seed(notes = 60, articles = 6) {
  const library = makeLibrary(notes, articles);
  await putNotes(db, library.notes);
  await db.pages.bulkAdd(library.pages);
  return library;
}

const noteIds = (rows: LibraryRow[]) => rows.flatMap((row) => (row.kind === 'note' ? [row.note.id] : []));

describe('Library index', () => {
  it('lists every note grouped by article, newest first, in windows', async () => {
    const library = await seed();
    const index = new LibraryIndex(db);
    const all = await index.window({}, 0, 1000);
    expect(all).toMatchObject({ total: 66, noteCount: 60, articleCount: 6, offset: 0 });
    expect(all.rows[0]).toMatchObject({ kind: 'article', page: library.pages[5]!.url, count: 10 });
    const firstNotes = all.rows.slice(1, 11).map((row) => (row.kind === 'note' ? row.note.created : -1));
    expect(firstNotes).toEqual([...firstNotes].sort((a, b) => b - a));
    expect(all.rows[1]!.kind === 'note' && 'words' in all.rows[1]!.note).toBe(false);
    const slice = await index.window({}, 10, 5);
    expect(slice.rows).toEqual(all.rows.slice(10, 15));
  });

  it('searches words (last as prefix) over body, quote, title and tags, and filters', async () => {
    const library = await seed();
    const index = new LibraryIndex(db);
    const ids = async (query: Parameters<LibraryIndex['window']>[0]) => noteIds((await index.window(query, 0, 1000)).rows).sort();
    const expected = (test: (n: (typeof library.notes)[number]) => boolean) => library.notes.filter(test).map((n) => n.id).sort();
    expect(await ids({ text: 'Passage 1' })).toEqual(expected((n) => n.words.includes('passage') && n.words.some((w) => w.startsWith('1'))));
    expect(await ids({ text: 'note 13' })).toEqual([library.notes[13]!.id]);
    expect(await ids({ text: 'zür' })).toEqual(expected((n) => n.words.some((w) => w.startsWith('zür'))));
    expect(await ids({ text: 'follow' })).toEqual(expected((n) => n.tags.includes('follow up')));
    expect(await ids({ site: 'news3.example' })).toEqual(expected((n) => n.site === 'news3.example'));
    expect(await ids({ tag: 'tag2', color: 'blue' })).toEqual(expected((n) => n.tags.includes('tag2') && n.color === 'blue'));
    const huaweiPages = new Set(library.pages.filter((p) => p.companies.some((c) => c.name === 'Huawei')).map((p) => p.url));
    expect(huaweiPages.size).toBeGreaterThan(0);
    expect(await ids({ entity: 'company:huawei' })).toEqual(expected((n) => huaweiPages.has(n.page)));
    expect(await ids({ text: 'nothingmatches' })).toEqual([]);
  });

  it('stays current after writes it is told about', async () => {
    const library = await seed(10, 2);
    const index = new LibraryIndex(db);
    expect((await index.window({}, 0, 100)).noteCount).toBe(10);
    const removed = library.notes[0]!;
    await removeNotes(db, [removed.id]);
    index.noteDeleted(removed.id);
    expect(noteIds((await index.window({}, 0, 100)).rows)).not.toContain(removed.id);
    await putNotes(db, [removed]);
    index.noteSaved(removed);
    expect((await index.window({}, 0, 100)).noteCount).toBe(10);
  });

  it('offers sites, tags, colours and entities as filters, with counts', async () => {
    await seed();
    const facets = await new LibraryIndex(db).facets();
    expect(facets.noteCount).toBe(60);
    expect(facets.sites.reduce((sum, f) => sum + f.count, 0)).toBe(60);
    expect(facets.colors.map((c) => c.value).sort()).toEqual(['blue', 'green', 'pink', 'purple', 'yellow']);
    expect(facets.entities.find((e) => e.value === 'company:huawei')).toMatchObject({ kind: 'company', label: 'Huawei' });
  });
});

describe('people overview', () => {
  it('lists each company and official with their articles and every saved quote', () => {
    const { pages } = makeLibrary(0, 9);
    const overview = peopleOverview(pages, new Map([[pages[0]!.url, 4]]));
    expect(overview.articleCount).toBe(9);
    const suga = overview.people.find((p) => p.name === 'Yoshihide Suga')!;
    expect(suga.articles.map((a) => a.url)).toEqual([pages[6]!.url, pages[3]!.url, pages[0]!.url]);
    expect(suga.quoteCount).toBe(3);
    expect(suga.roles).toEqual(['Chief Cabinet Secretary']);
    expect(suga.articles[2]).toMatchObject({ notes: 4, quotes: [pages[0]!.people[0]!.quotes[0]] });
    const huawei = overview.companies.find((c) => c.name === 'Huawei')!;
    expect(huawei.articles.length).toBe(pages.filter((p) => p.companies.some((c) => c.name === 'Huawei')).length);
  });
});

describe('in-memory word index', () => {
  it('matches every word whole and the last as a prefix, like a scan of every note, and follows edits', async () => {
    const library = await seed(200, 20);
    const words = new WordIndex();
    for (const note of library.notes) words.add(note.id, note.words);
    const scan = (text: string): Set<string> | null => {
      const query = queryWords(text);
      if (query.length === 0) return null;
      const last = query[query.length - 1]!;
      const whole = query.slice(0, -1);
      return new Set(
        library.notes.filter((note) => whole.every((w) => note.words.includes(w)) && note.words.some((w) => w.startsWith(last))).map((note) => note.id),
      );
    };
    for (const text of ['h', 'hua', 'huawei n', 'passage 1', 'zür', 'café angle', 'follow up', 'nothing here', '', '  ']) {
      const scanned = scan(text);
      const inMemory = words.match(text);
      expect(inMemory && [...inMemory].sort(), text).toEqual(scanned && [...scanned].sort());
    }
    const note = library.notes[0]!;
    words.remove(note.id, note.words);
    expect(words.match('passage 0')!.has(note.id)).toBe(false);
    words.add(note.id, ['renamed']);
    expect([...words.match('renam')!]).toEqual([note.id]);
  });
});
