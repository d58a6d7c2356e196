import type { NewNote, NotePatch, NoteRecord } from '../db/types';
import type { NoteQuery } from '../db/notes';
import type { SavedPage } from '../db/saved-page';
import type { PageSummary } from '../reader/page-summary';
import { checkNewNote, checkNotePatch, checkNoteQuery, checkNoteRecord, checkSavedPageInput, LIMITS } from './shapes';
import { COMMAND_ADD_NOTE, COMMAND_TOGGLE_HIGHLIGHTS, type ReaderCommand } from './commands';
import { integer, literal, object, string, type Check } from './validate';

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
  'notes.find': { params: { query: NoteQuery }; result: NoteRecord[] };
  'pages.save': { params: { page: Omit<SavedPage, 'savedAt' | 'site' | 'entityKeys'> }; result: SavedPage };
  'pages.list': { params: Record<string, never>; result: SavedPage[] };
  'storage.status': { params: Record<string, never>; result: StorageStatus };
}

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
  'notes.find': object({ query: checkNoteQuery }),
  'pages.save': object({ page: checkSavedPageInput }),
  'pages.list': noParams,
  'storage.status': noParams,
};

export const tabParamChecks: ParamChecks<TabApi> = {
  'page.summary': noParams,
  'page.reveal': object({ start: integer(0, LIMITS.position), end: integer(0, LIMITS.position), scope: literal('article', 'page') }),
  'page.command': object({ command: literal(COMMAND_ADD_NOTE, COMMAND_TOGGLE_HIGHLIGHTS) }),
};
