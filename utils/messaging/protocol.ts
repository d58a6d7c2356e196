import type { NewNote, NotePatch, NoteRecord } from '../db/types';
import type { SavedPage, SavedPageInput } from '../db/saved-page';
import type { PageSummary } from '../reader/page-summary';
import type { TextAnalysis, TextSpan } from '../nlp/index';
import type { LibraryFacets, LibraryQuery, LibraryWindow, PeopleOverview } from '../db/library';
import type { ImportReport } from '../db/import';
import { MAX_IMPORT_CHARS, type ExportedNote } from '../export/library-file';
import { checkLibraryQuery, checkNewNote, checkNotePatch, checkNoteRecord, checkSavedPageInput, checkTextSpan, LIMITS } from './shapes';
import { READER_COMMANDS, type ReaderCommand } from './commands';
import { array, integer, literal, object, optional, string, type Check } from './validate';

export interface StorageStatus {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
  notes: number;
}

/** What the background answers: every request of the extension's pages and content scripts to the database. */
export interface BackgroundApi {
  'notes.create': { params: { note: NewNote }; result: NoteRecord };
  'notes.update': { params: { id: string; patch: NotePatch }; result: NoteRecord | null };
  'notes.delete': { params: { id: string }; result: NoteRecord | null };
  'notes.restore': { params: { note: NoteRecord }; result: NoteRecord };
  'notes.forPage': { params: { page: string }; result: NoteRecord[] };
  'pages.save': { params: { page: SavedPageInput }; result: SavedPage };
  'pages.list': { params: Record<string, never>; result: SavedPage[] };
  /** The saved analysis of one article, or null when it was never saved. */
  'pages.get': { params: { url: string }; result: SavedPage | null };
  'storage.status': { params: Record<string, never>; result: StorageStatus };
  /** Companies, people and quotes in an article's text, found in the background so pages stay responsive. */
  'text.analyze': { params: { text: string; blockQuotes?: TextSpan[] }; result: TextAnalysis };
  /** Rows of the Library (article headings and notes, newest first) from `offset`, for a list that shows only what is visible. */
  'library.window': { params: { query: LibraryQuery; offset: number; limit: number }; result: LibraryWindow };
  /** The Library's filter choices: sites, tags, colours, companies and people, with counts. */
  'library.facets': { params: Record<string, never>; result: LibraryFacets };
  /** Companies and quoted officials across saved articles. */
  'library.people': { params: Record<string, never>; result: PeopleOverview };
  /** Every note and saved article, for export. */
  'library.export': { params: Record<string, never>; result: { notes: ExportedNote[]; pages: SavedPage[] } };
  /** Merges a Presslight JSON export; a file with any problem changes nothing and says what is wrong. */
  'library.import': { params: { text: string }; result: ImportOutcome };
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; message: string; problems: string[] };

/** What a content script answers, asked by the popup about the page in its tab. */
export interface TabApi {
  'page.summary': { params: Record<string, never>; result: PageSummary };
  'page.reveal': { params: { start: number; end: number; scope: 'article' | 'page' }; result: boolean };
  'page.command': { params: { command: ReaderCommand }; result: boolean };
}

/** Broadcast by the background after every change, so every open view stays current. */
export interface NotesChangedEvent {
  type: 'notes.changed';
  pages: string[];
}

export type RequestOf<Api, K extends keyof Api> = Api[K] extends { params: infer P } ? { type: K; params: P } : never;
export type ResultOf<Api, K extends keyof Api> = Api[K] extends { result: infer R } ? R : never;
export type AnyRequest<Api> = { [K in keyof Api]: RequestOf<Api, K> }[keyof Api];

export type ErrorCode = 'invalid-message' | 'forbidden' | 'not-found' | 'quota' | 'storage' | 'unavailable' | 'internal';
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type ParamChecks<Api> = { [K in keyof Api]: Check<RequestOf<Api, K>['params']> };

const noParams = object({}) as Check<Record<string, never>>;
const checkId = string(100, { nonEmpty: true });

export const backgroundParamChecks: ParamChecks<BackgroundApi> = {
  'notes.create': object({ note: checkNewNote }),
  'notes.update': object({ id: checkId, patch: checkNotePatch }),
  'notes.delete': object({ id: checkId }),
  'notes.restore': object({ note: checkNoteRecord }),
  'notes.forPage': object({ page: string(LIMITS.url, { nonEmpty: true }) }),
  'pages.save': object({ page: checkSavedPageInput }),
  'pages.list': noParams,
  'pages.get': object({ url: string(LIMITS.url, { nonEmpty: true }) }),
  'storage.status': noParams,
  'text.analyze': object({ text: string(LIMITS.analysedText), blockQuotes: optional(array(checkTextSpan, LIMITS.blockQuotes)) }),
  'library.window': object({ query: checkLibraryQuery, offset: integer(0, 10_000_000), limit: integer(1, 1000) }),
  'library.facets': noParams,
  'library.people': noParams,
  'library.export': noParams,
  'library.import': object({ text: string(MAX_IMPORT_CHARS) }),
};

export const tabParamChecks: ParamChecks<TabApi> = {
  'page.summary': noParams,
  'page.reveal': object({ start: integer(0, LIMITS.position), end: integer(0, LIMITS.position), scope: literal('article', 'page') }),
  'page.command': object({ command: literal(...READER_COMMANDS) }),
};
