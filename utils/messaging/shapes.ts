import { NOTE_COLORS, type NewNote, type NotePatch, type NoteRecord } from '../db/types';
import type { SavedPageInput } from '../db/saved-page';
import type { LibraryQuery } from '../db/library';
import { array, integer, literal, nullable, object, optional, ShapeError, string, tuple, type Check } from './validate';

/** Limits on what the background stores; larger input is refused with a clear error, never truncated. */
export const LIMITS = {
  url: 4096,
  title: 1000,
  body: 20_000,
  quote: 50_000,
  context: 500,
  tag: 64,
  tags: 32,
  position: 50_000_000,
  search: 500,
  entities: 2000,
  /** Characters of article text analysed in one request (longer bodies are cut by the analysis itself). */
  analysedText: 2_000_000,
  /** Block quotes of one article text sent for analysis. */
  blockQuotes: 10_000,
} as const;

const MAX_TIME = 8_640_000_000_000_000;

export const checkColor = literal(...NOTE_COLORS);
const checkTags = array(string(LIMITS.tag, { nonEmpty: true }), LIMITS.tags);
const checkUrl = string(LIMITS.url, { nonEmpty: true });

const checkQuoteSelector = object({
  type: literal('TextQuoteSelector'),
  exact: string(LIMITS.quote, { nonEmpty: true }),
  prefix: string(LIMITS.context),
  suffix: string(LIMITS.context),
});

/** A span's check: its shape, then its end not before its start. */
function orderedSpan<T extends { start: number; end: number }>(check: Check<T>): Check<T> {
  return (value, path) => {
    const span = check(value, path);
    if (span.end < span.start) throw new ShapeError(`${path}: end is before start`);
    return span;
  };
}

const checkPositionSelector = orderedSpan(
  object({
    type: literal('TextPositionSelector'),
    start: integer(0, LIMITS.position),
    end: integer(0, LIMITS.position),
  }),
);

/** A span of an analysed text, `[start, end)`. */
export const checkTextSpan = orderedSpan(object({ start: integer(0, LIMITS.analysedText), end: integer(0, LIMITS.analysedText) }));

const checkTarget = object({ source: checkUrl, selector: tuple(checkQuoteSelector, checkPositionSelector) });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const checkUuid: Check<string> = (value, path) => {
  const id = string(36)(value, path);
  if (!UUID.test(id)) throw new ShapeError(`${path}: expected a UUID`);
  return id;
};

export const checkNewNote: Check<NewNote> = object({
  id: optional(checkUuid),
  page: checkUrl,
  pageTitle: string(LIMITS.title),
  target: checkTarget,
  body: string(LIMITS.body),
  color: checkColor,
  tags: checkTags,
});

export const checkNotePatch: Check<NotePatch> = object({
  body: optional(string(LIMITS.body)),
  color: optional(checkColor),
  tags: optional(checkTags),
});

/** A stored note's fields, but its derived search words. */
const noteFields = {
  id: string(100, { nonEmpty: true }),
  page: checkUrl,
  site: string(LIMITS.url),
  pageTitle: string(LIMITS.title),
  created: integer(0, MAX_TIME),
  updated: integer(0, MAX_TIME),
  target: checkTarget,
  body: string(LIMITS.body),
  color: checkColor,
  tags: checkTags,
};

/** A note as exported (and imported): the stored note without its derived search words. */
export const checkNoteWithoutWords: Check<Omit<NoteRecord, 'words'>> = object(noteFields);

export const checkNoteRecord: Check<NoteRecord> = object({ ...noteFields, words: array(string(LIMITS.quote), 100_000) });

const checkEntityName = string(LIMITS.title, { nonEmpty: true });
export const checkSavedPageInput: Check<SavedPageInput> = object({
  url: checkUrl,
  title: string(LIMITS.title),
  companies: array(object({ name: checkEntityName, mentions: integer(0, 1_000_000) }), LIMITS.entities),
  people: array(
    object({ name: checkEntityName, role: nullable(string(LIMITS.title)), quotes: array(string(LIMITS.quote), 1000) }),
    LIMITS.entities,
  ),
});

export const checkLibraryQuery: Check<LibraryQuery> = object({
  text: optional(string(LIMITS.search)),
  site: optional(string(LIMITS.url)),
  tag: optional(string(LIMITS.tag)),
  color: optional(checkColor),
  entity: optional(string(LIMITS.title + 10)),
});
