import Dexie, { type EntityTable } from 'dexie';
import type { NoteRecord } from './types';
import type { SavedPage } from './saved-page';

export const DATABASE_NAME = 'presslight';

/**
 * Every schema the database has had, oldest first. Versions only append: a released entry is never
 * edited or removed, so a database made by any earlier release opens and upgrades without loss
 * (checked by `schema.test.ts`, which builds a database at each earlier version).
 */
export const SCHEMA_HISTORY: readonly { version: number; stores: Record<string, string | null> }[] = [
  { version: 1, stores: { notes: 'id, page, site, created, updated, *tags, *words' } },
  { version: 2, stores: { pages: 'url, site, savedAt, *entityKeys' } },
  // Search and the Library's filters are answered from the background's in-memory index (utils/db/library.ts),
  // so the notes keep only the index the pages' own lookups use. Each dropped index was written on every save for
  // nothing: `*words` alone made importing 10,000 notes take seconds (`npm run bench -- popup`).
  { version: 3, stores: { notes: 'id, page' } },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

export class PresslightDatabase extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;
  pages!: EntityTable<SavedPage, 'url'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores } of SCHEMA_HISTORY) this.version(version).stores(stores);
  }
}
