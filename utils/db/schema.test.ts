import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, declareSchema, PresslightDatabase, SCHEMA_HISTORY } from './schema';
import { createNote, notesForPage } from './notes';
import { allStoredNotes, findNote } from './note-store';
import { sampleNewNote } from './test-notes';

let counter = 0;
const openDatabases: Dexie[] = [];
afterEach(async () => {
  for (const db of openDatabases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database exactly as the release with `version` made it. */
function databaseAtVersion(name: string, version: number): Dexie {
  const db = new Dexie(name);
  declareSchema(db, version);
  openDatabases.push(db);
  return db;
}

describe('schema history', () => {
  it('only appends: versions strictly increase and the current one is the last', () => {
    const versions = SCHEMA_HISTORY.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it.each(SCHEMA_HISTORY.map((entry) => entry.version))('keeps every note made by a database at version %i', async (version) => {
    const name = `upgrade-${version}-${++counter}`;
    const old = databaseAtVersion(name, version);
    await old.open();
    const notes = new PresslightDatabase(name);
    // Write through the current code's record shape, but into the old database.
    const records = [];
    for (let i = 0; i < 50; i++) {
      records.push({ ...(await fakeRecord(i)) });
    }
    // Notes were one record each until version 4, then one record per page.
    if (old.tables.some((table) => table.name === 'pageNotes')) await old.table('pageNotes').add({ page: records[0]!.page, ids: records.map((r) => r.id), notes: records });
    else await old.table('notes').bulkAdd(records);
    old.close();

    await notes.open();
    openDatabases.push(notes);
    expect(notes.verno).toBe(CURRENT_SCHEMA_VERSION);
    const after = await allStoredNotes(notes);
    expect(after).toHaveLength(50);
    expect(after.sort((a, b) => a.created - b.created)).toEqual(records.sort((a, b) => a.created - b.created));
    // Indexes declared by later versions work on the upgraded data.
    expect(await notesForPage(notes, records[7]!.page)).toHaveLength(50);
    expect(await findNote(notes, records[7]!.id)).toEqual(records[7]);
    expect(notes.tables.map((table) => table.name).sort()).toEqual(['pageNotes', 'pages']);
    expect(await notes.pages.count()).toBe(0);
  });
});

async function fakeRecord(i: number) {
  const scratch = new PresslightDatabase(`scratch-${++counter}`);
  openDatabases.push(scratch);
  let tick = 1_700_000_000_000 + i * 1000;
  return createNote(scratch, sampleNewNote({ body: `note ${i} body` }), { now: () => tick++, newId: () => `id-${i}` });
}

describe('durability', () => {
  it('writes notes in transactions that complete only once their data is on disk', async () => {
    const db = new PresslightDatabase(`durability-${++counter}`);
    openDatabases.push(db);
    const durabilities: string[] = [];
    await db.transaction('rw', db.pageNotes, (transaction) => {
      durabilities.push((transaction.idbtrans as IDBTransaction & { durability: string }).durability);
    });
    expect(durabilities).toEqual(['strict']);
  });
});
