import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NOTE_COLORS, type NoteColor } from '@/utils/db/types';
import { parseTags } from '@/utils/db/tags';
import type { NoteDraft } from '@/utils/reader/ui';

export interface NoteEditorProps {
  mode: 'create' | 'edit';
  quote: string;
  initial: NoteDraft;
  /** Rejects with a message the editor shows; the draft stays so nothing typed is lost. */
  onSave(draft: NoteDraft): Promise<void>;
  onCancel(): void;
  onDelete?: () => Promise<void>;
}

const QUOTE_PREVIEW = 220;

export function NoteEditor({ mode, quote, initial, onSave, onCancel, onDelete }: NoteEditorProps) {
  const [body, setBody] = useState(initial.body);
  const [color, setColor] = useState<NoteColor>(initial.color);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);

  // In the same task that shows the editor: keys typed right after the shortcut or the click land in the note.
  useLayoutEffect(() => textarea.current?.focus(), []);

  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const save = () => run(() => onSave({ body: body.trim(), color, tags: parseTags(tags) }));

  function onKeyDown(event: KeyboardEvent) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && (event.target as Element).localName !== 'button') {
      event.preventDefault();
      void save();
    }
  }

  const shownQuote = quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote;
  return (
    <form
      class="surface editor"
      role="dialog"
      aria-label={mode === 'create' ? 'Add a note' : 'Edit note'}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>{mode === 'create' ? 'New note' : 'Edit note'}</h2>
      <blockquote class="quote">{shownQuote}</blockquote>
      <textarea
        ref={textarea}
        aria-label="Note text"
        placeholder="Write a note (optional)…"
        value={body}
        maxLength={20000}
        onInput={(event) => setBody(event.currentTarget.value)}
      />
      <div class="row">
        <div class="colors" role="radiogroup" aria-label="Colour">
          {NOTE_COLORS.map((option) => (
            <button
              type="button"
              key={option}
              class={`swatch ${option}`}
              role="radio"
              aria-checked={option === color}
              aria-label={option}
              title={option}
              onClick={() => setColor(option)}
            />
          ))}
        </div>
        <input
          class="tags"
          aria-label="Tags, separated by commas"
          placeholder="tags, comma separated"
          value={tags}
          onInput={(event) => setTags(event.currentTarget.value)}
        />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        {onDelete && (
          <button type="button" class="button danger" disabled={busy} onClick={() => void run(onDelete)}>
            Delete
          </button>
        )}
        <span class="hint">Enter saves · Shift+Enter new line · Esc cancels</span>
        <span class="spacer" />
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Saving…' : error ? 'Try again' : 'Save'}
        </button>
      </div>
    </form>
  );
}
