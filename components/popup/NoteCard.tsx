import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NOTE_COLORS, type NoteColor, type NotePatch, type NoteRecord } from '@/utils/db/types';
import { parseTags } from '@/utils/db/tags';
import { LIMITS } from '@/utils/messaging/shapes';
import { formatTime } from './format';

type CardNote = Omit<NoteRecord, 'words'>;

export interface NoteCardProps {
  note: CardNote;
  orphan?: boolean;
  /** Scrolls the page to the note. */
  onReveal?(note: CardNote): void;
  onSave(note: CardNote, patch: NotePatch): Promise<void>;
  onDelete(note: CardNote): Promise<void>;
}

/** A note of the current page: its quote (click to scroll to it), text, colour, time, tags; edit and delete. */
export function NoteCard({ note, orphan = false, onReveal, onSave, onDelete }: NoteCardProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const quote = note.target.selector[0].exact;
  const close = () => {
    setEditing(false);
    setTimeout(() => editButton.current?.focus());
  };
  return (
    <li class={`note color-${note.color}`} data-note-id={note.id}>
      {onReveal && !orphan ? (
        <button type="button" class="note-quote as-button" onClick={() => onReveal(note)} title="Show on the page">
          {quote}
        </button>
      ) : (
        <blockquote class="note-quote">{quote}</blockquote>
      )}
      {editing ? (
        <NoteEditForm note={note} onCancel={close} onSave={async (patch) => { await onSave(note, patch); close(); }} />
      ) : (
        <>
          {note.body && <p class="note-body">{note.body}</p>}
          <p class="note-meta">
            <span class="sr-only">Colour: {note.color}.</span>
            <time dateTime={new Date(note.created).toISOString()}>{formatTime(note.created)}</time>
            {note.tags.map((tag) => (
              <span key={tag} class="tag">
                #{tag}
              </span>
            ))}
            {orphan && <span class="orphan">not found on the page</span>}
          </p>
          <p class="note-actions">
            <button type="button" ref={editButton} class="small" onClick={() => setEditing(true)} aria-label={`Edit note on “${quote.slice(0, 40)}”`}>
              Edit
            </button>
            <button type="button" class="small danger" onClick={() => void onDelete(note)} aria-label={`Delete note on “${quote.slice(0, 40)}”`}>
              Delete
            </button>
          </p>
        </>
      )}
    </li>
  );
}

function NoteEditForm({ note, onSave, onCancel }: { note: CardNote; onSave(patch: NotePatch): Promise<void>; onCancel(): void }) {
  const [body, setBody] = useState(note.body);
  const [color, setColor] = useState<NoteColor>(note.color);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => textRef.current?.focus(), []);
  const save = async () => {
    setBusy(true);
    try {
      await onSave({ body, color, tags: parseTags(tags) });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };
  return (
    <form
      class="note-form"
      aria-label="Edit note"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <label class="field">
        <span>Note</span>
        <textarea ref={textRef} rows={3} maxLength={LIMITS.body} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      </label>
      <fieldset class="colors">
        <legend>Colour</legend>
        {NOTE_COLORS.map((name) => (
          <label key={name} class={`swatch color-${name}`}>
            <input type="radio" name={`color-${note.id}`} value={name} checked={color === name} onChange={() => setColor(name)} />
            <span>{name}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>Tags (comma-separated)</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="note-actions">
        <button type="submit" class="small primary" disabled={busy}>
          Save
        </button>
        <button type="button" class="small" onClick={onCancel}>
          Cancel
        </button>
        <span class="hint">Ctrl+Enter saves, Esc cancels</span>
      </p>
    </form>
  );
}
