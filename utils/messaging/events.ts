import type { NotesChangedEvent } from './protocol';

export function isNotesChangedEvent(message: unknown): message is NotesChangedEvent {
  if (typeof message !== 'object' || message === null) return false;
  const { type, pages } = message as { type?: unknown; pages?: unknown };
  return type === 'notes.changed' && Array.isArray(pages) && pages.every((page) => typeof page === 'string');
}
