import type { BackgroundApi, ImportOutcome, StorageStatus } from '../messaging/protocol';
import type { Handlers } from '../messaging/handler';
import type { PresslightDatabase } from './schema';
import type { TextAnalysis, TextAnalysisOptions } from '../nlp/index';
import { HandledError } from '../messaging/handler';
import { createNote, deleteNote, notesForPage, restoreNote, systemClock, updateNote, type NoteClock } from './notes';
import { entityKey, type SavedPage } from './saved-page';
import { siteOf } from '../url/canonical-url';
import { LibraryIndex, peopleOverview } from './library';
import { mergeLibrary } from './import';
import { countNotes } from './note-store';
import { LibraryFileError, parseLibraryFile } from '../export/library-file';

export interface ServiceEnvironment {
  db: PresslightDatabase;
  /** Tells every open view that notes on these pages changed. */
  notifyChanged(pages: string[]): void;
  estimateStorage(): Promise<{ usage: number | null; quota: number | null; persisted: boolean | null }>;
  clock?: NoteClock;
  /** The article analysis (the NLP model), kept in the background so pages' main threads stay free. */
  analyzeText?(text: string, options?: TextAnalysisOptions): TextAnalysis;
}

/** The background's answers to every request: the only code that writes the database. */
export function createBackgroundHandlers<Context>(env: ServiceEnvironment): Handlers<BackgroundApi, Context> {
  const { db, notifyChanged } = env;
  const clock = env.clock ?? systemClock;
  const library = new LibraryIndex(db);
  return {
    'text.analyze': async ({ text, blockQuotes }) => {
      if (!env.analyzeText) throw new HandledError('unavailable', 'Article analysis is not available here.');
      return env.analyzeText(text, { blockQuotes });
    },
    'notes.create': async ({ note }) => {
      const created = await createNote(db, note, clock);
      library.noteSaved(created);
      notifyChanged([created.page]);
      return created;
    },
    'notes.update': async ({ id, patch }) => {
      const updated = await updateNote(db, id, patch, clock);
      if (updated) {
        library.noteSaved(updated);
        notifyChanged([updated.page]);
      }
      return updated;
    },
    'notes.delete': async ({ id }) => {
      const deleted = await deleteNote(db, id);
      if (deleted) {
        library.noteDeleted(deleted.id);
        notifyChanged([deleted.page]);
      }
      return deleted;
    },
    'notes.restore': async ({ note }) => {
      const restored = await restoreNote(db, note);
      library.noteSaved(restored);
      notifyChanged([restored.page]);
      return restored;
    },
    'notes.forPage': ({ page }) => notesForPage(db, page),
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
      library.pagesChanged();
      notifyChanged([saved.url]);
      return saved;
    },
    'pages.get': async ({ url }) => (await db.pages.get(url)) ?? null,
    'pages.list': async () => (await db.pages.orderBy('savedAt').reverse().toArray()),
    'storage.status': async (): Promise<StorageStatus> => ({ ...(await env.estimateStorage()), notes: await countNotes(db) }),
    'library.window': ({ query, offset, limit }) => library.window(query, offset, limit),
    'library.facets': () => library.facets(),
    'library.people': async () => peopleOverview(await db.pages.toArray(), await library.noteCountsByPage()),
    'library.export': async () => {
      // The notes as the Library's index holds them (kept equal to the database by every write), sorted in memory.
      const [notes, pages] = await Promise.all([library.allNotes(), db.pages.toArray()]);
      return {
        notes: notes.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1)),
        pages: pages.sort((a, b) => a.savedAt - b.savedAt || (a.url < b.url ? -1 : 1)),
      };
    },
    'library.import': async ({ text }): Promise<ImportOutcome> => {
      let parsed;
      try {
        parsed = parseLibraryFile(text);
      } catch (error) {
        if (error instanceof LibraryFileError) return { ok: false, message: error.message, problems: error.problems };
        throw error;
      }
      const report = await mergeLibrary(db, parsed);
      library.invalidate();
      if (report.changedPages.length) notifyChanged(report.changedPages);
      return { ok: true, report };
    },
  };
}
