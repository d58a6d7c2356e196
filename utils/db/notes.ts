import type { PresslightDatabase } from './schema';
import type { NewNote, NotePatch, NoteRecord } from './types';
import { searchWords } from './search-words';
import { siteOf } from '../url/canonical-url';
import { findNote, notesOnPage, putNotes, removeNotes } from './note-store';

export interface NoteClock {
  now(): number;
  newId(): string;
}

export const systemClock: NoteClock = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

/** A note's search words: those of its body, quote, page title and tags. */
export function wordsOf(note: Pick<NoteRecord, 'body' | 'pageTitle' | 'tags' | 'target'>): string[] {
  return searchWords(note.body, note.target.selector[0].exact, note.pageTitle, ...note.tags);
}

/** Stores a new note; a repeated request with the same client-chosen id returns the note stored the first time. */
export async function createNote(db: PresslightDatabase, input: NewNote, clock: NoteClock = systemClock): Promise<NoteRecord> {
  return db.transaction('rw', db.pageNotes, async () => {
    if (input.id) {
      const existing = await findNote(db, input.id);
      if (existing) return existing;
    }
    return addNote(db, input, clock);
  });
}

async function addNote(db: PresslightDatabase, input: NewNote, clock: NoteClock): Promise<NoteRecord> {
  const now = clock.now();
  const record: NoteRecord = {
    id: input.id ?? clock.newId(),
    page: input.page,
    site: siteOf(input.page),
    pageTitle: input.pageTitle,
    created: now,
    updated: now,
    target: input.target,
    body: input.body,
    color: input.color,
    tags: input.tags,
    words: [],
  };
  record.words = wordsOf(record);
  await putNotes(db, [record]);
  return record;
}

/** Applies a reader's edit; returns the updated note, or null when it no longer exists. */
export async function updateNote(
  db: PresslightDatabase,
  id: string,
  patch: NotePatch,
  clock: NoteClock = systemClock,
): Promise<NoteRecord | null> {
  return db.transaction('rw', db.pageNotes, async () => {
    const existing = await findNote(db, id);
    if (!existing) return null;
    const updated: NoteRecord = {
      ...existing,
      ...(patch.body !== undefined ? { body: patch.body } : {}),
      ...(patch.color !== undefined ? { color: patch.color } : {}),
      ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
      updated: Math.max(clock.now(), existing.updated),
    };
    updated.words = wordsOf(updated);
    await putNotes(db, [updated]);
    return updated;
  });
}

/** Deletes a note and returns it, so the reader can undo. */
export async function deleteNote(db: PresslightDatabase, id: string): Promise<NoteRecord | null> {
  const [removed] = await removeNotes(db, [id]);
  return removed ?? null;
}

/** Puts a deleted note back exactly as it was (undo). */
export async function restoreNote(db: PresslightDatabase, note: NoteRecord): Promise<NoteRecord> {
  const record = { ...note, words: wordsOf(note) };
  // Whatever holds the id now (an import in between may have filed it under another page) gives way: one note per id.
  await db.transaction('rw', db.pageNotes, async () => {
    await removeNotes(db, [record.id]);
    await putNotes(db, [record]);
  });
  return record;
}

export async function notesForPage(db: PresslightDatabase, page: string): Promise<NoteRecord[]> {
  const notes = [...(await notesOnPage(db, page))];
  return notes.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start || a.created - b.created);
}
