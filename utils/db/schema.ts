import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { NoteRecord } from './types';
import type { SavedPage } from './saved-page';
import { pageRecordsOf, type PageNotesRecord } from './note-store';

export const DATABASE_NAME = 'presslight';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Moves the data of the previous version into this one's stores (run once, inside the upgrade). */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/** Notes stored one per record (versions 1–3) become one record per page (version 4). */
async function groupNotesByPage(transaction: Transaction): Promise<void> {
  const notes = await transaction.table<NoteRecord, string>('notes').toArray();
  await transaction.table<PageNotesRecord, string>('pageNotes').bulkPut(pageRecordsOf(notes));
}

/**
 * Every schema the database has had, oldest first. Versions only append: a released entry is never
 * edited or removed, so a database made by any earlier release opens and upgrades without loss
 * (checked by `schema.test.ts`, which builds a database at each earlier version).
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  { version: 1, stores: { notes: 'id, page, site, created, updated, *tags, *words' } },
  { version: 2, stores: { pages: 'url, site, savedAt, *entityKeys' } },
  // Search and the Library's filters are answered from the background's in-memory index (utils/db/library.ts),
  // so the notes keep only the index the pages' own lookups use. Each dropped index was written on every save for
  // nothing: `*words` alone made importing 10,000 notes take seconds (`npm run bench -- popup`).
  { version: 3, stores: { notes: 'id, page' } },
  // One record per page holding its notes (see note-store.ts): IndexedDB's cost is per record.
  { version: 4, stores: { pageNotes: 'page, *ids' }, upgrade: groupNotesByPage },
  // The old store goes only once its notes are in the new one (a version of its own, so the upgrade above can read it).
  { version: 5, stores: { notes: null } },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** Declares every version of the schema on `db`, with its upgrades. */
export function declareSchema(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

/**
 * The notes database. Its writes ask for strict durability: a transaction completes only once its data is on disk, so a
 * note the reader was told is saved survives a crash, a killed browser or a power cut (browsers may otherwise report a
 * write done while it is still in a cache; notes are written seldom, so the wait costs nothing the reader notices).
 */
export class PresslightDatabase extends Dexie {
  pageNotes!: EntityTable<PageNotesRecord, 'page'>;
  pages!: EntityTable<SavedPage, 'url'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    declareSchema(this);
  }
}
