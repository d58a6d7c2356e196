import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMessageHandler } from '../messaging/handler';
import { backgroundParamChecks } from '../messaging/protocol';
import { PresslightDatabase } from './schema';
import { createBackgroundHandlers } from './service';
import { sampleNewNote } from './test-notes';
import { allStoredNotes, countNotes, findNote, notesOnPage } from './note-store';

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
  it('keeps all 1,000 notes when 5 pages save 200 each at once', { timeout: 30_000 }, async () => {
    const handle = handlerFor(db);
    const pages = Array.from({ length: 5 }, (_, i) => `https://news.example/story-${i}`);
    const replies = await Promise.all(
      pages.flatMap((page) =>
        Array.from({ length: 200 }, (_, n) => handle({ type: 'notes.create', params: { note: sampleNewNote({ page, body: `note ${n}` }) } }, {})),
      ),
    );
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(await countNotes(db)).toBe(1000);
    for (const page of pages) expect((await notesOnPage(db, page)).length).toBe(200);
    expect(new Set((await allStoredNotes(db)).map((note) => note.id)).size).toBe(1000);
  });

  it('keeps concurrent edits of one note consistent (last write wins, nothing half-written)', async () => {
    const handle = handlerFor(db);
    const created = (await handle({ type: 'notes.create', params: { note: sampleNewNote() } }, {})) as { ok: true; value: { id: string } };
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => handle({ type: 'notes.update', params: { id: created.value.id, patch: { body: `edit ${i}`, tags: [`t${i}`] } } }, {})),
    );
    const note = (await findNote(db, created.value.id))!;
    const edit = Number(note.body.replace('edit ', ''));
    expect(note.tags).toEqual([`t${edit}`]);
    expect(note.words).toContain(`t${edit}`);
  });

  it('a second connection (another context of the extension) sees every write', async () => {
    const handle = handlerFor(db);
    await Promise.all(Array.from({ length: 20 }, (_, n) => handle({ type: 'notes.create', params: { note: sampleNewNote({ body: `n${n}` }) } }, {})));
    const other = new PresslightDatabase(db.name);
    expect(await countNotes(other)).toBe(20);
    other.close();
  });
});

describe('export', () => {
  it('exports exactly what the database holds, after edits, deletes, restores and concurrent saves with the Library loaded', async () => {
    const handle = handlerFor(db);
    const call = async (type: string, params: object) => {
      const reply = (await handle({ type, params }, {})) as { ok: boolean; value: unknown };
      expect(reply.ok).toBe(true);
      return reply.value;
    };
    const ids: string[] = [];
    for (let n = 0; n < 12; n++) ids.push(((await call('notes.create', { note: sampleNewNote({ body: `n${n}` }) })) as { id: string }).id);
    await call('library.window', { query: {}, offset: 0, limit: 5 });
    await Promise.all([
      call('notes.update', { id: ids[0], patch: { body: 'edited' } }),
      call('notes.delete', { id: ids[1] }),
      call('notes.create', { note: sampleNewNote({ body: 'late' }) }),
      call('library.window', { query: { text: 'n' }, offset: 0, limit: 5 }),
    ]);
    const removed = (await call('notes.delete', { id: ids[2] })) as object;
    await call('notes.restore', { note: removed });
    const exported = (await call('library.export', {})) as { notes: { id: string }[] };
    const stored = (await allStoredNotes(db)).map(({ words: _words, ...note }) => note).sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
    expect(exported.notes).toEqual(stored);
    expect(exported.notes.map((note) => note.id)).not.toContain(ids[1]);
  });
});

describe('article analysis requests', () => {
  it('hands the text and its block quotes to the analysis, and refuses malformed block quotes with the field at fault', async () => {
    const asked: unknown[] = [];
    const handle = createMessageHandler(
      backgroundParamChecks,
      createBackgroundHandlers({
        db,
        notifyChanged: () => {},
        estimateStorage: async () => ({ usage: null, quota: null, persisted: null }),
        analyzeText: (text, options) => (asked.push([text, options?.blockQuotes]), { entities: [], people: [], quotes: [] }),
      }),
    );
    expect(await handle({ type: 'text.analyze', params: { text: 'Jason:\n\nNever.', blockQuotes: [{ start: 8, end: 14 }] } }, {})).toEqual({
      ok: true,
      value: { entities: [], people: [], quotes: [] },
    });
    expect(await handle({ type: 'text.analyze', params: { text: 'No quotes.' } }, {})).toMatchObject({ ok: true });
    expect(asked).toEqual([
      ['Jason:\n\nNever.', [{ start: 8, end: 14 }]],
      ['No quotes.', undefined],
    ]);
    for (const blockQuotes of [[{ start: 9, end: 3 }], [{ start: -1, end: 3 }], [{ start: 0 }], 'all', Array.from({ length: 10_001 }, () => ({ start: 0, end: 1 }))]) {
      const reply = await handle({ type: 'text.analyze', params: { text: 'x', blockQuotes } }, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringContaining('params.blockQuotes') } });
    }
    expect(asked).toHaveLength(2);
  });
});
