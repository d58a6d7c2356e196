import { render } from 'preact';
import { createShadowHost, type ShadowHost } from '@/utils/reader/shadow-host';
import type { EditorRequest, ReaderUi } from '@/utils/reader/ui';
import { NoteEditor } from './NoteEditor';
import css from './page-ui.css?inline';

const ADD_BUTTON = { width: 112, height: 34 };
const EDITOR = { width: 360, height: 300 };
const TOAST = { width: 360, height: 48 };
const MARGIN = 8;

/** Keeps a box of the given size inside the viewport, below (or else above) the given rectangle. */
export function placeNear(near: DOMRect | null, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - size.width - MARGIN));
  if (!near) return { top: Math.max(MARGIN, (viewport.height - size.height) / 3), left: clampX((viewport.width - size.width) / 2), ...size };
  const below = near.bottom + MARGIN;
  const top = below + size.height <= viewport.height - MARGIN ? below : Math.max(MARGIN, near.top - size.height - MARGIN);
  return { top, left: clampX(near.right - size.width), ...size };
}

/** Presslight's UI on a page: each piece in its own closed shadow root, so the page's CSS cannot reach it. */
export function createPageUi(doc: Document): ReaderUi {
  const win = doc.defaultView!;
  const viewport = () => ({ width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight });
  let addNote: ShadowHost | null = null;
  let editor: ShadowHost | null = null;
  let toast: ShadowHost | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  let returnFocus: Element | null = null;

  const host = (existing: ShadowHost | null, name: string) => existing ?? createShadowHost(doc, name, css);

  const ui: ReaderUi = {
    showAddNote(near, onActivate) {
      addNote = host(addNote, 'add-note');
      addNote.place(placeNear(near, ADD_BUTTON, viewport()));
      render(
        <button
          type="button"
          class="add-note"
          aria-label="Add a note to the selected text"
          // Keep the page's selection: a mousedown on the button would otherwise clear it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={onActivate}
        >
          ✎ Add note
        </button>,
        addNote.root,
      );
    },
    hideAddNote() {
      addNote?.place(null);
    },
    openEditor(request: EditorRequest) {
      ui.hideAddNote();
      returnFocus = doc.activeElement;
      editor = host(editor, 'editor');
      editor.place(placeNear(request.near, EDITOR, viewport()));
      const close = () => ui.closeEditor();
      render(
        <NoteEditor
          key={Math.random()}
          mode={request.mode}
          quote={request.quote}
          initial={request.initial}
          onCancel={close}
          onSave={async (draft) => {
            await request.onSave(draft);
            close();
          }}
          onDelete={
            request.onDelete &&
            (async () => {
              await request.onDelete!();
              close();
            })
          }
        />,
        editor.root,
      );
    },
    closeEditor() {
      if (!editor) return;
      render(null, editor.root);
      editor.place(null);
      if (returnFocus instanceof win.HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    get editorOpen() {
      return !!editor && editor.host.style.getPropertyValue('display') !== 'none';
    },
    toast(message, action) {
      toast = host(toast, 'toast');
      const size = viewport();
      toast.place({ top: size.height - TOAST.height - 16, left: Math.max(MARGIN, size.width - TOAST.width - 16), ...TOAST });
      clearTimeout(toastTimer);
      const hide = () => toast?.place(null);
      render(
        <div class="surface toast" role="status" aria-live="polite">
          <span style="flex:1">{message}</span>
          {action && (
            <button
              type="button"
              class="button"
              onClick={() => {
                action.run();
                hide();
              }}
            >
              {action.label}
            </button>
          )}
          <button type="button" class="button" aria-label="Dismiss" onClick={hide}>
            ✕
          </button>
        </div>,
        toast.root,
      );
      toastTimer = setTimeout(hide, action ? 8000 : 5000);
    },
    destroy() {
      clearTimeout(toastTimer);
      for (const part of [addNote, editor, toast]) {
        if (part) {
          render(null, part.root);
          part.remove();
        }
      }
      addNote = editor = toast = null;
    },
  };
  return ui;
}
