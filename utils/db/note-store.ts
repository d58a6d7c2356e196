import type { PresslightDatabase } from './schema';
import type { NoteRecord } from './types';

/**
 * Every note of one page, stored as one record. A page's notes are always read together (the page anchors
 * them all at once) and IndexedDB's cost is mostly per record, not per byte: 10,000 notes written as 1,000
 * page records take a fifth of the time of 10,000 note records (`npm run bench -- popup` prints both).
 */
export interface PageNotesRecord {
  /** The page's canonical URL, as in each note's `page`. */
  page: string;
  /** The ids of `notes`, in the same order: a multi-entry index finds a note's page from its id. */
  ids: string[];
  notes: NoteRecord[];
}

/**
 * The functions below read and write notes through page records. They run inside the caller's transaction
 * when there is one (Dexie joins it), so a read-modify-write of a page record is never interleaved with another.
 */

function recordOf(page: string, notes: NoteRecord[]): PageNotesRecord {
  return { page, ids: notes.map((note) => note.id), notes };
}

/** Notes grouped by page, in the order given. */
export function groupByPage(notes: Iterable<NoteRecord>): Map<string, NoteRecord[]> {
  const byPage = new Map<string, NoteRecord[]>();
  for (const note of notes) {
    const list = byPage.get(note.page);
    if (list) list.push(note);
    else byPage.set(note.page, [note]);
  }
  return byPage;
}

/** One record per page for notes not stored yet (an upgrade from one record per note). */
export function pageRecordsOf(notes: Iterable<NoteRecord>): PageNotesRecord[] {
  return [...groupByPage(notes)].map(([page, list]) => recordOf(page, dedupeById(list)));
}

export async function notesOnPage(db: PresslightDatabase, page: string): Promise<NoteRecord[]> {
  return (await db.pageNotes.get(page))?.notes ?? [];
}

export async function findNote(db: PresslightDatabase, id: string): Promise<NoteRecord | undefined> {
  const record = await db.pageNotes.where('ids').equals(id).first();
  return record?.notes.find((note) => note.id === id);
}

/** The notes of page records (some possibly missing) by id. */
export function notesById(records: readonly (PageNotesRecord | undefined)[]): Map<string, NoteRecord> {
  const byId = new Map<string, NoteRecord>();
  for (const record of records) for (const note of record?.notes ?? []) byId.set(note.id, note);
  return byId;
}

export async function allStoredNotes(db: PresslightDatabase): Promise<NoteRecord[]> {
  return (await db.pageNotes.toArray()).flatMap((record) => record.notes);
}

/** One entry per note in the ids index: counted from the index alone, without reading any note. */
export async function countNotes(db: PresslightDatabase): Promise<number> {
  return db.pageNotes.orderBy('ids').count();
}

/**
 * Stores notes, each replacing the stored note with its id on its page, in one transaction. A note whose id is
 * stored under another page (possible only in an imported file) must be removed from there first (`removeNotes`).
 */
export async function putNotes(db: PresslightDatabase, notes: readonly NoteRecord[]): Promise<void> {
  if (notes.length === 0) return;
  const byPage = groupByPage(notes);
  await db.transaction('rw', db.pageNotes, async () => {
    const pages = [...byPage.keys()];
    const stored = await db.pageNotes.bulkGet(pages);
    const records = pages.map((page, index) => {
      const incoming = byPage.get(page)!;
      const current = stored[index];
      if (!current) return recordOf(page, dedupeById(incoming));
      const replaced = new Map(incoming.map((note) => [note.id, note]));
      const kept = current.notes.map((note) => {
        const replacement = replaced.get(note.id);
        if (replacement) replaced.delete(note.id);
        return replacement ?? note;
      });
      return recordOf(page, [...kept, ...replaced.values()]);
    });
    await db.pageNotes.bulkPut(records);
  });
}

/** The last note with each id (as a later put of the same id replaces an earlier one). */
function dedupeById(notes: NoteRecord[]): NoteRecord[] {
  const byId = new Map<string, NoteRecord>();
  for (const note of notes) byId.set(note.id, note);
  return byId.size === notes.length ? notes : [...byId.values()];
}

/** Removes notes by id, wherever they are stored; returns the notes removed. */
export async function removeNotes(db: PresslightDatabase, ids: readonly string[]): Promise<NoteRecord[]> {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  return db.transaction('rw', db.pageNotes, async () => {
    const holding = await db.pageNotes.where('ids').anyOf([...wanted]).distinct().toArray();
    const removed: NoteRecord[] = [];
    const emptied: string[] = [];
    const changed: PageNotesRecord[] = [];
    for (const record of holding) {
      const kept = record.notes.filter((note) => {
        if (!wanted.has(note.id)) return true;
        removed.push(note);
        return false;
      });
      if (kept.length === 0) emptied.push(record.page);
      else changed.push(recordOf(record.page, kept));
    }
    if (emptied.length) await db.pageNotes.bulkDelete(emptied);
    if (changed.length) await db.pageNotes.bulkPut(changed);
    return removed;
  });
}
