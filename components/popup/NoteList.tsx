import type { NoteRecord } from '@/utils/db/types';
import { formatTime } from './format';

export interface NoteListProps {
  notes: readonly NoteRecord[];
  showPage?: boolean;
  orphanIds?: ReadonlySet<string>;
  onOpen?(note: NoteRecord): void;
}

export function NoteList({ notes, showPage = false, orphanIds, onOpen }: NoteListProps) {
  return (
    <ul class="notes">
      {notes.map((note) => (
        <li key={note.id} class={`note color-${note.color}`} data-note-id={note.id}>
          <blockquote class="note-quote">{note.target.selector[0].exact}</blockquote>
          {note.body && <p class="note-body">{note.body}</p>}
          <p class="note-meta">
            {showPage && (
              <button type="button" class="link note-page" onClick={() => onOpen?.(note)} title={note.page}>
                {note.pageTitle || note.page}
              </button>
            )}
            <time dateTime={new Date(note.created).toISOString()}>{formatTime(note.created)}</time>
            {note.tags.map((tag) => (
              <span key={tag} class="tag">
                #{tag}
              </span>
            ))}
            {orphanIds?.has(note.id) && <span class="orphan">not found on the page</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
