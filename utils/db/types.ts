import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';

/** The colours a note can have; the names are stable (they are stored and exported). */
export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];
export const DEFAULT_NOTE_COLOR: NoteColor = 'yellow';

/** Where a note sits: W3C Web Annotation `target` with its two selectors. */
export interface NoteTarget {
  /** The page's canonical URL (the annotation's `source`). */
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

/** A note on a page, shaped after the W3C Web Annotation model. */
export interface NoteRecord {
  /** UUID. */
  id: string;
  /** Canonical URL of the page (same as `target.source`): the index notes are looked up by. */
  page: string;
  /** Host name of the page, for grouping and filters. */
  site: string;
  pageTitle: string;
  /** Epoch milliseconds. */
  created: number;
  updated: number;
  target: NoteTarget;
  /** The reader's note; may be empty (a plain highlight). */
  body: string;
  color: NoteColor;
  tags: string[];
  /** Lower-cased words of body, quote, title and tags: a multi-entry index for search. */
  words: string[];
}

/** What a client sends to create a note; the background fills in id, times, site and words. */
export interface NewNote {
  /**
   * Chosen by the client (a UUID), so that a request retried after a lost answer stores the note once, not
   * twice; the background makes one when it is missing.
   */
  id?: string;
  page: string;
  pageTitle: string;
  target: NoteTarget;
  body: string;
  color: NoteColor;
  tags: string[];
}

/** The fields a reader can change after a note is made. */
export interface NotePatch {
  body?: string;
  color?: NoteColor;
  tags?: string[];
}
