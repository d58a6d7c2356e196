import type { NoteRecord } from '../db/types';

/** W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), serialised as JSON-LD. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; format?: 'text/plain'; purpose: 'commenting' | 'tagging' }[];
  target: NoteRecord['target'];
  /** The note's colour name, kept so other tools can show it. */
  'presslight:color': string;
}

export function noteToAnnotation(note: Omit<NoteRecord, 'words'>): WebAnnotation {
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: note.body.trim() ? 'commenting' : 'highlighting',
    created: new Date(note.created).toISOString(),
    modified: new Date(note.updated).toISOString(),
    body: [
      ...(note.body ? [{ type: 'TextualBody' as const, value: note.body, format: 'text/plain' as const, purpose: 'commenting' as const }] : []),
      ...note.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
    ],
    target: { source: note.target.source, selector: [{ ...note.target.selector[0] }, { ...note.target.selector[1] }] },
    'presslight:color': note.color,
  };
}

/** Every note as one `AnnotationCollection` with its first page holding all items. */
export function notesToAnnotationCollection(notes: readonly Omit<NoteRecord, 'words'>[], now = new Date()) {
  return {
    '@context': [ANNOTATION_CONTEXT, { presslight: 'https://presslight.app/ns#' }],
    type: 'AnnotationCollection',
    label: `Presslight notes, exported ${now.toISOString()}`,
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(noteToAnnotation) },
  };
}
