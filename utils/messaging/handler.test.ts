import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PresslightDatabase } from '../db/schema';
import { createBackgroundHandlers } from '../db/service';
import { sampleNewNote } from '../db/test-notes';
import { createMessageHandler, describeError } from './handler';
import { backgroundParamChecks, type Reply } from './protocol';
import { isOwnSender } from './sender';
import { backgroundClient, RequestError } from './client';
import { allStoredNotes, countNotes } from '../db/note-store';

let db: PresslightDatabase;
let changed: string[][];
let handle: (message: unknown, context: unknown) => Promise<Reply<unknown>>;
let counter = 0;

beforeEach(() => {
  db = new PresslightDatabase(`handler-test-${++counter}`);
  changed = [];
  handle = createMessageHandler(
    backgroundParamChecks,
    createBackgroundHandlers({
      db,
      notifyChanged: (pages) => changed.push(pages),
      estimateStorage: async () => ({ usage: 10, quota: 100, persisted: true }),
    }),
  );
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const validCreate = () => ({ type: 'notes.create', params: { note: sampleNewNote() } });

describe('background message handler', () => {
  it('creates a note and tells open views', async () => {
    const reply = await handle(validCreate(), {});
    expect(reply.ok).toBe(true);
    expect(await countNotes(db)).toBe(1);
    expect(changed).toEqual([['https://news.example/2018/12/japan-huawei']]);
  });

  const malformed: [string, unknown][] = [
    ['not an object', 'notes.create'],
    ['null', null],
    ['an array', [1, 2]],
    ['an unknown type', { type: 'notes.dropAll', params: {} }],
    ['a prototype key as type', { type: '__proto__', params: {} }],
    ['missing params', { type: 'notes.create' }],
    ['a note without target', { type: 'notes.create', params: { note: { ...sampleNewNote(), target: undefined } } }],
    ['a colour outside the palette', { type: 'notes.create', params: { note: { ...sampleNewNote(), color: 'red; background:url(x)' } } }],
    ['tags that are not strings', { type: 'notes.create', params: { note: { ...sampleNewNote(), tags: [{}] } } }],
    ['too many tags', { type: 'notes.create', params: { note: { ...sampleNewNote(), tags: Array.from({ length: 100 }, (_, i) => `t${i}`) } } }],
    ['a body over the limit', { type: 'notes.create', params: { note: { ...sampleNewNote(), body: 'x'.repeat(20_001) } } }],
    ['an empty quote', { type: 'notes.create', params: { note: sampleNewNote({}, '') } }],
    [
      'a position ending before it starts',
      {
        type: 'notes.create',
        params: {
          note: {
            ...sampleNewNote(),
            target: {
              source: 'https://news.example/a',
              selector: [sampleNewNote().target.selector[0], { type: 'TextPositionSelector', start: 10, end: 2 }],
            },
          },
        },
      },
    ],
    ['a fractional position', { type: 'notes.delete', params: { id: 1.5 } }],
    ['an update with a bad patch', { type: 'notes.update', params: { id: 'x', patch: { color: 42 } } }],
  ];

  it.each(malformed)('answers %s with an error and writes nothing', async (_name, message) => {
    const reply = await handle(message, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await countNotes(db)).toBe(0);
    expect(changed).toEqual([]);
  });

  it('drops unknown fields instead of storing them', async () => {
    const message = validCreate();
    (message.params.note as unknown as Record<string, unknown>).evil = '<img src=x onerror=alert(1)>';
    const reply = (await handle(message, {})) as { ok: true; value: Record<string, unknown> };
    expect(reply.ok).toBe(true);
    const stored = (await allStoredNotes(db))[0] as unknown as Record<string, unknown>;
    expect(stored.evil).toBeUndefined();
  });

  it('reports a closed database as a storage error the reader can retry', async () => {
    db.close({ disableAutoOpen: true });
    const reply = await handle(validCreate(), {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage' } });
  });

  it('maps a quota failure to advice', () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(describeError(quota)).toMatchObject({ code: 'quota' });
    const wrapped = Object.assign(new Error('abort'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(describeError(wrapped)).toMatchObject({ code: 'quota' });
  });

  it('answers the storage status', async () => {
    await handle(validCreate(), {});
    expect(await handle({ type: 'storage.status', params: {} }, {})).toEqual({
      ok: true,
      value: { usage: 10, quota: 100, persisted: true, notes: 1 },
    });
  });
});

describe('sender check', () => {
  it('accepts only this extension', () => {
    expect(isOwnSender({ id: 'self' }, 'self')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'self')).toBe(false);
    expect(isOwnSender({}, 'self')).toBe(false);
    expect(isOwnSender(undefined, 'self')).toBe(false);
  });
});

describe('client', () => {
  it('returns the value of a good reply and throws the error of a bad one', async () => {
    const call = backgroundClient((message) => handle(message, {}));
    const note = await call('notes.create', { note: sampleNewNote() });
    expect(note.id).toBeTruthy();
    await expect(call('notes.update', { id: note.id, patch: { color: 'mauve' as never } })).rejects.toMatchObject({ code: 'invalid-message' });
  });

  it('turns a missing background into an "unavailable" error', async () => {
    const silent = backgroundClient(async () => undefined);
    await expect(silent('notes.forPage', { page: 'https://example.com/a' })).rejects.toBeInstanceOf(RequestError);
    const broken = backgroundClient(async () => {
      throw new Error('Could not establish connection');
    });
    await expect(broken('notes.forPage', { page: 'https://example.com/a' })).rejects.toMatchObject({ code: 'unavailable' });
  });
});
