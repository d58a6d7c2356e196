import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { PresslightDatabase } from './schema';
import { mergeLibrary, SKIP_REASONS } from './import';
import { parseLibraryFile, toLibraryFile, libraryFileText } from '../export/library-file';
import { makeLibrary } from '../export/sample-library';
import { allStoredNotes, countNotes, findNote, notesOnPage } from './note-store';

let db: PresslightDatabase;
let counter = 0;
beforeEach(() => {
  db = new PresslightDatabase(`import-test-${++counter}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const fileOf = (library: ReturnType<typeof makeLibrary>) => parseLibraryFile(libraryFileText(toLibraryFile(library.notes, library.pages)));

describe('import', () => {
  it('imports a whole library losslessly (records deep-equal, words rebuilt)', async () => {
    const library = makeLibrary(300, 40);
    const report = await mergeLibrary(db, fileOf(library));
    expect(report).toMatchObject({ notesAdded: 300, notesReplaced: 0, pagesAdded: 40, skipped: [] });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await allStoredNotes(db)).sort(byId)).toEqual([...library.notes].sort(byId));
    expect((await db.pages.toArray()).sort((a, b) => (a.url < b.url ? -1 : 1))).toEqual([...library.pages].sort((a, b) => (a.url < b.url ? -1 : 1)));
  });

  it('merges without duplicates and says what it skipped and why', async () => {
    const library = makeLibrary(10, 3);
    await mergeLibrary(db, fileOf(library));
    const again = fileOf(library);
    again.notes[0] = { ...again.notes[0]!, body: 'edited later', updated: again.notes[0]!.updated + 10_000 };
    again.notes[1] = { ...again.notes[1]!, body: 'edited earlier', updated: again.notes[1]!.updated - 1 };
    again.notes.push({ ...again.notes[2]!, id: 'another-id' });
    again.notes.push({ ...again.notes[3]! });
    const { words: _w, ...fresh } = { ...makeLibrary(11, 3).notes[10]! };
    again.notes.push(fresh);
    const report = await mergeLibrary(db, again);
    expect(report.notesAdded).toBe(1);
    expect(report.notesReplaced).toBe(1);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.reason, s.count]));
    expect(reasons).toEqual({
      [SKIP_REASONS.olderOrSame]: 1,
      [SKIP_REASONS.same]: 8,
      [SKIP_REASONS.duplicateContent]: 1,
      [SKIP_REASONS.repeatedInFile]: 1,
      [SKIP_REASONS.olderPage]: 3,
    });
    expect((await findNote(db, library.notes[0]!.id))!.body).toBe('edited later');
    expect((await findNote(db, library.notes[1]!.id))!.body).toBe(library.notes[1]!.body);
    expect(await countNotes(db)).toBe(11);
  });

  it('moves a note that a newer file files under another page, leaving no copy behind', async () => {
    const library = makeLibrary(6, 2);
    await mergeLibrary(db, fileOf(library));
    const note = library.notes[0]!;
    const other = library.notes.find((n) => n.page !== note.page)!.page;
    const file = fileOf(library);
    file.notes[0] = { ...file.notes[0]!, page: other, target: { ...file.notes[0]!.target, source: other }, updated: note.updated + 1 };
    const report = await mergeLibrary(db, file);
    expect(report.notesReplaced).toBe(1);
    expect(report.changedPages.sort()).toEqual([note.page, other].sort());
    expect(await countNotes(db)).toBe(6);
    expect((await findNote(db, note.id))!.page).toBe(other);
    expect((await notesOnPage(db, note.page)).map((n) => n.id)).not.toContain(note.id);
  });

  it('changes nothing when the transaction fails midway', async () => {
    const library = makeLibrary(20, 2);
    const file = fileOf(library);
    const failing = db.pages.bulkPut.bind(db.pages);
    db.pages.bulkPut = (() => Promise.reject(new Error("disk full"))) as unknown as typeof db.pages.bulkPut;
    await expect(mergeLibrary(db, file)).rejects.toThrow('disk full');
    db.pages.bulkPut = failing;
    expect(await countNotes(db)).toBe(0);
  });
});
