import type { BackgroundApi, StorageStatus } from '../messaging/protocol';
import type { Handlers } from '../messaging/handler';
import type { PresslightDatabase } from './schema';
import { createNote, deleteNote, findNotes, notesForPage, restoreNote, systemClock, updateNote, type NoteClock } from './notes';
import { entityKey, type SavedPage } from './saved-page';
import { siteOf } from '../url/canonical-url';

export interface ServiceEnvironment {
  db: PresslightDatabase;
  /** Tells every open view that notes on these pages changed. */
  notifyChanged(pages: string[]): void;
  estimateStorage(): Promise<{ usage: number | null; quota: number | null; persisted: boolean | null }>;
  clock?: NoteClock;
}

/** The background's answers to every request: the only code that writes the database. */
export function createBackgroundHandlers<Context>(env: ServiceEnvironment): Handlers<BackgroundApi, Context> {
  const { db, notifyChanged } = env;
  const clock = env.clock ?? systemClock;
  return {
    'notes.create': async ({ note }) => {
      const created = await createNote(db, note, clock);
      notifyChanged([created.page]);
      return created;
    },
    'notes.update': async ({ id, patch }) => {
      const updated = await updateNote(db, id, patch, clock);
      if (updated) notifyChanged([updated.page]);
      return updated;
    },
    'notes.delete': async ({ id }) => {
      const deleted = await deleteNote(db, id);
      if (deleted) notifyChanged([deleted.page]);
      return deleted;
    },
    'notes.restore': async ({ note }) => {
      const restored = await restoreNote(db, note);
      notifyChanged([restored.page]);
      return restored;
    },
    'notes.forPage': ({ page }) => notesForPage(db, page),
    'notes.find': ({ query }) => findNotes(db, query),
    'pages.save': async ({ page }) => {
      const saved: SavedPage = {
        ...page,
        site: siteOf(page.url),
        savedAt: clock.now(),
        entityKeys: [
          ...page.companies.map((c) => entityKey('company', c.name)),
          ...page.people.map((p) => entityKey('person', p.name)),
        ],
      };
      await db.pages.put(saved);
      notifyChanged([saved.url]);
      return saved;
    },
    'pages.list': async () => (await db.pages.orderBy('savedAt').reverse().toArray()),
    'storage.status': async (): Promise<StorageStatus> => ({ ...(await env.estimateStorage()), notes: await db.notes.count() }),
  };
}
