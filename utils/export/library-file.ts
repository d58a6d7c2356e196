import type { NoteRecord } from '../db/types';
import type { SavedPage } from '../db/saved-page';
import { checkNoteWithoutWords, checkSavedPageInput, LIMITS } from '../messaging/shapes';
import { array, integer, object, string, type Check } from '../messaging/validate';

/**
 * Presslight's own file: every note and saved article, lossless and versioned, re-importable.
 * A note is stored as in the database but without `words` (derived; rebuilt on import).
 */
export const LIBRARY_FILE_FORMAT = 'presslight-library';
export const LIBRARY_FILE_VERSION = 1;
/** Larger files are refused before parsing (about 50,000 long notes). */
export const MAX_IMPORT_CHARS = 50_000_000;
export const MAX_IMPORT_NOTES = 200_000;
export const MAX_IMPORT_PAGES = 50_000;
/** How many individual problems an import report lists before summing up the rest. */
export const MAX_LISTED_PROBLEMS = 20;

export type ExportedNote = Omit<NoteRecord, 'words'>;

export interface LibraryFile {
  format: typeof LIBRARY_FILE_FORMAT;
  version: typeof LIBRARY_FILE_VERSION;
  exportedAt: string;
  notes: ExportedNote[];
  pages: SavedPage[];
}

export function toLibraryFile(notes: readonly (NoteRecord | ExportedNote)[], pages: readonly SavedPage[], now = new Date()): LibraryFile {
  return {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: now.toISOString(),
    notes: notes.map((note) => {
      const { words: _words, ...rest } = note as NoteRecord;
      return rest;
    }),
    pages: pages.map((page) => ({ ...page })),
  };
}

/**
 * The file's text: one note, one article per line. Nearly as small and quick to write and read as compact JSON
 * (a fifth smaller than indented JSON for a large library), and still easy to read, grep and diff.
 */
export function libraryFileText(file: LibraryFile): string {
  const list = (items: readonly unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`);
  const head = `"format": ${JSON.stringify(file.format)}, "version": ${file.version}, "exportedAt": ${JSON.stringify(file.exportedAt)}`;
  return `{${head},\n"notes": ${list(file.notes)},\n"pages": ${list(file.pages)}\n}\n`;
}

const checkExportedNote: Check<ExportedNote> = (value, path) => {
  const note = checkNoteWithoutWords(value, path);
  if (note.target.source !== note.page) throw new Error(`${path}.target.source: differs from the note's page`);
  if (note.updated < note.created) throw new Error(`${path}.updated: earlier than created`);
  return note;
};

const MAX_TIME = 8_640_000_000_000_000;
const checkSavedPage: Check<SavedPage> = (value, path) => {
  const base = checkSavedPageInput(value, path);
  const extra = object({ site: string(LIMITS.url), savedAt: integer(0, MAX_TIME), entityKeys: array(string(LIMITS.title + 10), LIMITS.entities * 2) })(value, path);
  return { ...base, ...extra };
};

/** Why a file cannot be imported; nothing is changed when this is thrown. */
export class LibraryFileError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'LibraryFileError';
  }
}

/**
 * Reads a Presslight file. Every entry is checked before anything is stored: a file that is not ours, from a
 * newer version, too large, or with any malformed entry is refused as a whole, with what is wrong.
 */
export function parseLibraryFile(text: string): { notes: ExportedNote[]; pages: SavedPage[] } {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new LibraryFileError(`The file is too large (${Math.round(text.length / 1e6)} MB; at most ${MAX_IMPORT_CHARS / 1e6} MB). Split it or export fewer notes.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LibraryFileError(`The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}). Choose a file exported by Presslight as “JSON”.`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new LibraryFileError('The file is not a Presslight export: expected a JSON object.');
  const { format, version, notes, pages } = data as Record<string, unknown>;
  if (format !== LIBRARY_FILE_FORMAT) {
    throw new LibraryFileError('The file is not a Presslight JSON export (its “format” field is missing or different). Markdown and JSON-LD exports cannot be imported.');
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new LibraryFileError('The file’s “version” field is missing or invalid.');
  if (version > LIBRARY_FILE_VERSION) {
    throw new LibraryFileError(`The file was made by a newer Presslight (format version ${version}; this one reads up to ${LIBRARY_FILE_VERSION}). Update Presslight, then import again.`);
  }
  if (!Array.isArray(notes)) throw new LibraryFileError('The file has no “notes” list.');
  if (pages !== undefined && !Array.isArray(pages)) throw new LibraryFileError('The file’s “pages” field is not a list.');
  if (notes.length > MAX_IMPORT_NOTES) throw new LibraryFileError(`The file has ${notes.length} notes; at most ${MAX_IMPORT_NOTES} can be imported at once.`);
  if ((pages?.length ?? 0) > MAX_IMPORT_PAGES) throw new LibraryFileError(`The file has ${pages!.length} articles; at most ${MAX_IMPORT_PAGES} can be imported at once.`);

  const problems: string[] = [];
  let problemCount = 0;
  const checked = <T>(items: readonly unknown[], check: Check<T>, label: string): T[] => {
    const result: T[] = [];
    items.forEach((item, index) => {
      try {
        result.push(check(item, `${label}[${index}]`));
      } catch (error) {
        problemCount++;
        if (problems.length < MAX_LISTED_PROBLEMS) problems.push(error instanceof Error ? error.message : String(error));
      }
    });
    return result;
  };
  const goodNotes = checked(notes, checkExportedNote, 'notes');
  const goodPages = checked((pages as unknown[] | undefined) ?? [], checkSavedPage, 'pages');
  if (problemCount > 0) {
    const more = problemCount > problems.length ? ` (and ${problemCount - problems.length} more)` : '';
    throw new LibraryFileError(`${problemCount} ${problemCount === 1 ? 'entry is' : 'entries are'} malformed${more}, so nothing was imported.`, problems);
  }
  return { notes: goodNotes, pages: goodPages };
}
