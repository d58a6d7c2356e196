import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMessageHandler } from '../messaging/handler';
import { backgroundParamChecks } from '../messaging/protocol';
import { PresslightDatabase } from './schema';
import { createBackgroundHandlers } from './service';
import { sampleNewNote } from './test-notes';

let db: PresslightDatabase;
let counter = 0;
beforeEach(() => {
  db = new PresslightDatabase(`service-test-${++counter}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function handlerFor(database: PresslightDatabase) {
  return createMessageHandler(
    backgroundParamChecks,
    createBackgroundHandlers({ db: database, notifyChanged: () => {}, estimateStorage: async () => ({ usage: null, quota: null, persisted: null }) }),
  );
}

describe('notes are never lost', () => {
  it('keeps all 1,000 notes when 5 pages save 200 each at once', async () => {
    const handle = handlerFor(db);
    const pages = Array.from({ length: 5 }, (_, i) => `https://news.example/story-${i}`);
    const replies = await Promise.all(
      pages.flatMap((page) =>
        Array.from({ length: 200 }, (_, n) => handle({ type: 'notes.create', params: { note: sampleNewNote({ page, body: `note ${n}` }) } }, {})),
      ),
    );
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(await db.notes.count()).toBe(1000);
    for (const page of pages) expect(await db.notes.where('page').equals(page).count()).toBe(200);
    expect(new Set((await db.notes.toArray()).map((note) => note.id)).size).toBe(1000);
  });

  it('keeps concurrent edits of one note consistent (last write wins, nothing half-written)', async () => {
    const handle = handlerFor(db);
    const created = (await handle({ type: 'notes.create', params: { note: sampleNewNote() } }, {})) as { ok: true; value: { id: string } };
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => handle({ type: 'notes.update', params: { id: created.value.id, patch: { body: `edit ${i}`, tags: [`t${i}`] } } }, {})),
    );
    const note = (await db.notes.get(created.value.id))!;
    const edit = Number(note.body.replace('edit ', ''));
    expect(note.tags).toEqual([`t${edit}`]);
    expect(note.words).toContain(`t${edit}`);
  });

  it('a second connection (another context of the extension) sees every write', async () => {
    const handle = handlerFor(db);
    await Promise.all(Array.from({ length: 20 }, (_, n) => handle({ type: 'notes.create', params: { note: sampleNewNote({ body: `n${n}` }) } }, {})));
    const other = new PresslightDatabase(db.name);
    expect(await other.notes.count()).toBe(20);
    other.close();
  });
});
