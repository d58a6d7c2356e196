import type { PresslightDatabase } from './schema';
import type { NoteRecord } from './types';
import type { SavedPage } from './saved-page';
import type { ExportedNote } from '../export/library-file';
import { wordsOf } from './notes';
import { entityKey } from './saved-page';
import { siteOf } from '../url/canonical-url';
import { notesById, putNotes, removeNotes } from './note-store';

export const SKIP_REASONS = {
  same: 'already in your library, unchanged',
  olderOrSame: 'your library has a version edited at the same time or later',
  duplicateContent: 'the same highlight and note are already in your library under another id',
  repeatedInFile: 'appears more than once in the file (the first one was used)',
  olderPage: 'article already saved, with a later or equal analysis',
} as const;

export interface SkipGroup {
  reason: string;
  count: number;
  /** The first few ids (notes) or URLs (articles) skipped for this reason. */
  examples: string[];
}

export interface ImportReport {
  notesAdded: number;
  notesReplaced: number;
  pagesAdded: number;
  pagesReplaced: number;
  skipped: SkipGroup[];
  /** Pages whose notes changed, for the change broadcast. */
  changedPages: string[];
}

const EXAMPLES = 5;

function sameNote(a: Omit<NoteRecord, 'words'>, b: Omit<NoteRecord, 'words'>): boolean {
  const [qa, pa] = a.target.selector;
  const [qb, pb] = b.target.selector;
  return (
    a.page === b.page && a.site === b.site && a.pageTitle === b.pageTitle && a.created === b.created && a.updated === b.updated &&
    a.body === b.body && a.color === b.color && a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]) &&
    a.target.source === b.target.source && qa.exact === qb.exact && qa.prefix === qb.prefix && qa.suffix === qb.suffix &&
    pa.start === pb.start && pa.end === pb.end
  );
}

/** What makes two notes the same highlight with the same note, whatever their ids. */
function contentKey(note: Omit<NoteRecord, 'words'>): string {
  const [quote, position] = note.target.selector;
  // Each text prefixed by its length, so no two different notes can make the same key.
  return `${position.start}:${position.end}:${note.page.length}:${note.page}${quote.exact.length}:${quote.exact}${note.body}`;
}

export function recordFromExport(note: ExportedNote, site = siteOf(note.page)): NoteRecord {
  return { ...note, site, words: wordsOf(note) };
}

/** `siteOf` once per page: an import has many notes per page, and parsing a URL is the costly part. */
function siteCache(): (page: string) => string {
  const sites = new Map<string, string>();
  return (page) => {
    let site = sites.get(page);
    if (site === undefined) sites.set(page, (site = siteOf(page)));
    return site;
  };
}

/**
 * Merges checked notes and saved articles into the database in one transaction (all or nothing): new ones are
 * added, newer edits replace older ones, and everything else is skipped with the reason.
 */
export async function mergeLibrary(db: PresslightDatabase, input: { notes: readonly ExportedNote[]; pages: readonly SavedPage[] }): Promise<ImportReport> {
  const skipped = new Map<string, SkipGroup>();
  const skip = (reason: string, example: string) => {
    const group = skipped.get(reason) ?? { reason, count: 0, examples: [] };
    group.count++;
    if (group.examples.length < EXAMPLES) group.examples.push(example);
    skipped.set(reason, group);
  };
  const report: ImportReport = { notesAdded: 0, notesReplaced: 0, pagesAdded: 0, pagesReplaced: 0, skipped: [], changedPages: [] };
  const changed = new Set<string>();
  const siteOfPage = siteCache();

  await db.transaction('rw', db.pageNotes, db.pages, async () => {
    const seenIds = new Set<string>();
    const unique: ExportedNote[] = [];
    for (const note of input.notes) {
      if (seenIds.has(note.id)) skip(SKIP_REASONS.repeatedInFile, note.id);
      else {
        seenIds.add(note.id);
        unique.push(note);
      }
    }
    // Into an empty library (a restore, a new browser) nothing can collide: skip the lookups.
    const empty = (await db.pageNotes.count()) === 0;
    const pageUrls = [...new Set(unique.map((n) => n.page))];
    // The stored notes the file may meet: on the same pages, or with the same ids (on any page).
    const nearby = empty
      ? []
      : [...(await db.pageNotes.bulkGet(pageUrls)), ...(await db.pageNotes.where('ids').anyOf([...seenIds]).distinct().toArray())];
    const storedById = notesById(nearby);
    const contentKeys = new Map<string, string>();
    for (const record of nearby) for (const note of record?.notes ?? []) contentKeys.set(contentKey(note), note.id);
    const toPut: NoteRecord[] = [];
    const moved: string[] = [];
    unique.forEach((note) => {
      const current = storedById.get(note.id);
      if (current) {
        if (sameNote(current, note)) skip(SKIP_REASONS.same, note.id);
        else if (current.updated >= note.updated) skip(SKIP_REASONS.olderOrSame, note.id);
        else {
          toPut.push(recordFromExport(note, siteOfPage(note.page)));
          if (current.page !== note.page) moved.push(note.id);
          report.notesReplaced++;
          changed.add(note.page).add(current.page);
        }
        return;
      }
      const key = contentKey(note);
      const twin = contentKeys.get(key);
      if (twin !== undefined && twin !== note.id) {
        skip(SKIP_REASONS.duplicateContent, note.id);
        return;
      }
      contentKeys.set(key, note.id);
      toPut.push(recordFromExport(note, siteOfPage(note.page)));
      report.notesAdded++;
      changed.add(note.page);
    });
    await removeNotes(db, moved);
    await putNotes(db, toPut);

    const seenUrls = new Set<string>();
    const pages = input.pages.filter((page) => {
      if (seenUrls.has(page.url)) {
        skip(SKIP_REASONS.repeatedInFile, page.url);
        return false;
      }
      seenUrls.add(page.url);
      return true;
    });
    const existingPages = await db.pages.bulkGet(pages.map((p) => p.url));
    const pagesToPut: SavedPage[] = [];
    pages.forEach((page, index) => {
      const current = existingPages[index];
      if (current && current.savedAt >= page.savedAt) {
        skip(SKIP_REASONS.olderPage, page.url);
        return;
      }
      pagesToPut.push({
        ...page,
        site: siteOfPage(page.url),
        entityKeys: [...page.companies.map((c) => entityKey('company', c.name)), ...page.people.map((p) => entityKey('person', p.name))],
      });
      if (current) report.pagesReplaced++;
      else report.pagesAdded++;
      changed.add(page.url);
    });
    if (pagesToPut.length) await db.pages.bulkPut(pagesToPut);
  });

  report.skipped = [...skipped.values()];
  report.changedPages = [...changed];
  return report;
}
