import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { PresslightDatabase } from './schema';
import { createNote, deleteNote, notesForPage, restoreNote, updateNote, type NoteClock } from './notes';
import { sampleNewNote } from './test-notes';
import { countNotes, findNote } from './note-store';

let db: PresslightDatabase;
let clock: NoteClock;
let counter = 0;

beforeEach(async () => {
  db = new PresslightDatabase(`notes-test-${++counter}`);
  let time = 1_700_000_000_000;
  let id = 0;
  clock = { now: () => (time += 1000), newId: () => `note-${++id}` };
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('notes', () => {
  it('creates a note with id, times, site and search words', async () => {
    const note = await createNote(db, sampleNewNote(), clock);
    expect(note).toMatchObject({ id: 'note-1', site: 'news.example', created: note.updated });
    expect(note.words).toEqual(expect.arrayContaining(['worth', 'cybersecurity', 'huawei', 'japan']));
    expect(await findNote(db, 'note-1')).toEqual(note);
  });

  it('stores a retried request with the same client id once', async () => {
    const id = '0b6f7c1e-8f1a-4c1e-9d2b-3a4b5c6d7e8f';
    const first = await createNote(db, sampleNewNote({ id }), clock);
    const again = await createNote(db, sampleNewNote({ id, body: 'retried' }), clock);
    expect(again).toEqual(first);
    expect(await countNotes(db)).toBe(1);
  });

  it('lists a page’s notes in reading order', async () => {
    const later = sampleNewNote();
    later.target.selector[1] = { type: 'TextPositionSelector', start: 900, end: 950 };
    await createNote(db, later, clock);
    await createNote(db, sampleNewNote(), clock);
    await createNote(db, sampleNewNote({ page: 'https://other.example/x' }), clock);
    const notes = await notesForPage(db, 'https://news.example/2018/12/japan-huawei');
    expect(notes.map((n) => n.target.selector[1].start)).toEqual([100, 900]);
  });

  it('updates body, colour and tags, keeps the rest, and reindexes words', async () => {
    const note = await createNote(db, sampleNewNote(), clock);
    const updated = await updateNote(db, note.id, { body: 'Spying claims', color: 'blue', tags: ['security'] }, clock);
    expect(updated).toMatchObject({ body: 'Spying claims', color: 'blue', tags: ['security'], created: note.created });
    expect(updated!.updated).toBeGreaterThan(note.updated);
    expect(updated!.words).toContain('spying');
    expect(updated!.words).not.toContain('worth');
    expect(await updateNote(db, 'missing', { body: 'x' }, clock)).toBeNull();
  });

  it('deletes and restores exactly (undo)', async () => {
    const note = await createNote(db, sampleNewNote(), clock);
    const deleted = await deleteNote(db, note.id);
    expect(deleted).toEqual(note);
    expect(await countNotes(db)).toBe(0);
    await restoreNote(db, deleted!);
    expect(await findNote(db, note.id)).toEqual(note);
    expect(await deleteNote(db, 'missing')).toBeNull();
  });

  it('restores a note once, even when its id was filed under another page in between', async () => {
    const note = await createNote(db, sampleNewNote(), clock);
    await deleteNote(db, note.id);
    const elsewhere = { ...note, page: 'https://other.example/x', target: { ...note.target, source: 'https://other.example/x' } };
    await restoreNote(db, elsewhere);
    await restoreNote(db, note);
    expect(await countNotes(db)).toBe(1);
    expect(await findNote(db, note.id)).toEqual(note);
  });
});
