import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { PresslightDatabase } from './schema';
import { allStoredNotes, countNotes, findNote, notesOnPage, putNotes, removeNotes } from './note-store';
import { makeLibrary } from '../export/sample-library';
import type { NoteRecord } from './types';

let db: PresslightDatabase;
let counter = 0;
beforeEach(() => {
  db = new PresslightDatabase(`note-store-test-${++counter}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const byId = (a: NoteRecord, b: NoteRecord) => (a.id < b.id ? -1 : 1);

describe('note store (one record per page)', () => {
  it('stores notes under their pages, one record each, and finds every note by id', async () => {
    const { notes } = makeLibrary(30, 4);
    await putNotes(db, notes);
    expect(await db.pageNotes.count()).toBe(4);
    expect(await countNotes(db)).toBe(30);
    expect((await allStoredNotes(db)).sort(byId)).toEqual([...notes].sort(byId));
    for (const note of notes) expect(await findNote(db, note.id)).toEqual(note);
    const page = notes[5]!.page;
    expect((await notesOnPage(db, page)).map((n) => n.id).sort()).toEqual(notes.filter((n) => n.page === page).map((n) => n.id).sort());
    expect(await findNote(db, 'missing')).toBeUndefined();
    expect(await notesOnPage(db, 'https://nowhere.example/')).toEqual([]);
  });

  it('replaces a note with the same id in place and keeps the page’s other notes', async () => {
    const { notes } = makeLibrary(6, 1);
    await putNotes(db, notes);
    const edited = { ...notes[2]!, body: 'edited' };
    await putNotes(db, [edited, { ...edited, body: 'edited twice' }]);
    expect(await countNotes(db)).toBe(6);
    expect((await findNote(db, edited.id))!.body).toBe('edited twice');
    const record = (await db.pageNotes.get(edited.page))!;
    expect(record.ids).toEqual(record.notes.map((n) => n.id));
    expect(record.ids).toEqual(notes.map((n) => n.id));
  });

  it('removes notes wherever they are, drops emptied pages, and says what it removed', async () => {
    const { notes } = makeLibrary(8, 2);
    await putNotes(db, notes);
    const onFirst = notes.filter((n) => n.page === notes[0]!.page);
    const removed = await removeNotes(db, [...onFirst.map((n) => n.id), notes.find((n) => n.page !== notes[0]!.page)!.id, 'missing']);
    expect(removed).toHaveLength(onFirst.length + 1);
    expect(await db.pageNotes.get(notes[0]!.page)).toBeUndefined();
    expect(await countNotes(db)).toBe(8 - removed.length);
    expect(await removeNotes(db, [])).toEqual([]);
  });

  it('keeps every note when many are saved on one page at once', async () => {
    const { notes } = makeLibrary(1, 1);
    const many = Array.from({ length: 100 }, (_, i) => ({ ...notes[0]!, id: `note-${i}` }));
    await Promise.all(many.map((note) => putNotes(db, [note])));
    expect(await countNotes(db)).toBe(100);
    expect(await db.pageNotes.count()).toBe(1);
  });
});
