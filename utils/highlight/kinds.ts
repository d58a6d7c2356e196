import { NOTE_COLORS, type NoteColor } from '../db/types';

/** What a highlight marks; each kind is one named highlight (`::highlight(presslight-<kind>)`). */
export type EntityHighlightKind = 'company' | 'person' | 'quote';
export type NoteHighlightKind = `note-${NoteColor}`;
export type HighlightKind = EntityHighlightKind | NoteHighlightKind | 'focus';

export const ENTITY_HIGHLIGHT_KINDS: readonly EntityHighlightKind[] = ['company', 'person', 'quote'];
export const NOTE_HIGHLIGHT_KINDS: readonly NoteHighlightKind[] = NOTE_COLORS.map((color) => `note-${color}` as const);
export const ALL_HIGHLIGHT_KINDS: readonly HighlightKind[] = [...ENTITY_HIGHLIGHT_KINDS, ...NOTE_HIGHLIGHT_KINDS, 'focus'];

export function noteHighlightKind(color: NoteColor): NoteHighlightKind {
  return `note-${color}`;
}

export function highlightName(kind: HighlightKind): string {
  return `presslight-${kind}`;
}
