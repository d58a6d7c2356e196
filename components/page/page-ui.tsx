import { render } from 'preact';
import { createShadowHost, type ShadowHost } from '@/utils/reader/shadow-host';
import type { CardContent, CardOptions, EditorRequest, LegendState, ReaderUi } from '@/utils/reader/ui';
import { Card } from './Card';
import { Legend } from './Legend';
import { NoteEditor } from './NoteEditor';
import css from './page-ui.css?inline';

const ADD_BUTTON = { width: 112, height: 34 };
const EDITOR = { width: 360, height: 300 };
const TOAST = { width: 360, height: 48 };
const CARD_WIDTH = 320;
const MARGIN = 8;
const LEGEND_MARGIN = 16;

/** Keeps a box of the given size inside the viewport, below (or else above) the given rectangle. */
export function placeNear(near: DOMRect | null, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - size.width - MARGIN));
  if (!near) return { top: Math.max(MARGIN, (viewport.height - size.height) / 3), left: clampX((viewport.width - size.width) / 2), ...size };
  const below = near.bottom + MARGIN;
  const top = below + size.height <= viewport.height - MARGIN ? below : Math.max(MARGIN, near.top - size.height - MARGIN);
  return { top, left: clampX(near.right - size.width), ...size };
}

/** The size the rendered content of a shadow host takes (read after rendering, to fit the host to it). */
function measureContent(part: ShadowHost, selector: string): { width: number; height: number } {
  const content = part.root.querySelector(selector);
  const rect = content?.getBoundingClientRect();
  return { width: Math.ceil(rect?.width ?? 0), height: Math.ceil(rect?.height ?? 0) };
}

/** Presslight's UI on a page: each piece in its own closed shadow root, so the page's CSS cannot reach it. */
export function createPageUi(doc: Document): ReaderUi {
  const win = doc.defaultView!;
  const viewport = () => ({ width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight });
  let addNote: ShadowHost | null = null;
  let editor: ShadowHost | null = null;
  let toast: ShadowHost | null = null;
  let card: ShadowHost | null = null;
  let legend: ShadowHost | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  let returnFocus: Element | null = null;
  let cardReturnFocus: Element | null = null;
  let cardOptions: CardOptions | null = null;
  let pointerInCard = false;
  let legendState: LegendState | null = null;
  let legendExpanded = false;
  let legendFocusRequest = 0;

  const host = (existing: ShadowHost | null, name: string) => existing ?? createShadowHost(doc, name, css);

  /** The element that has the focus, looking inside Presslight's own (closed) shadow roots. */
  const focusedElement = (): Element | null => {
    const active = doc.activeElement;
    for (const part of [legend, card, editor, toast]) if (part && active === part.host) return part.root.activeElement ?? active;
    return active;
  };
  const restoreFocus = (element: Element | null) => {
    if (element && element.isConnected && typeof (element as HTMLElement).focus === 'function') (element as HTMLElement).focus({ preventScroll: true });
  };

  const renderLegend = () => {
    if (!legendState) {
      if (legend) {
        render(null, legend.root);
        legend.place(null);
      }
      return;
    }
    legend = host(legend, 'legend');
    legend.dock({ left: LEGEND_MARGIN, bottom: LEGEND_MARGIN });
    render(
      <div class="legend-wrap">
        <Legend
          state={legendState}
          expanded={legendExpanded}
          focusRequest={legendFocusRequest}
          onExpandedChange={(next) => {
            const hadFocus = doc.activeElement === legend?.host;
            legendExpanded = next;
            renderLegend();
            if (hadFocus) (legend?.root.querySelector(next ? 'button' : '.legend-pill') as HTMLElement | null)?.focus();
          }}
        />
      </div>,
      legend.root,
    );
  };

  const onPointerDown = (event: Event) => {
    if (card && cardOptions && event.target !== card.host) {
      const options = cardOptions;
      ui.hideCard();
      options.onClose();
    }
  };
  doc.addEventListener('pointerdown', onPointerDown, true);

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
      returnFocus = focusedElement();
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
    showCard(content: CardContent, near: DOMRect, options: CardOptions) {
      const fresh = !card;
      card = host(card, 'card');
      if (fresh) {
        card.host.addEventListener('pointerenter', () => (pointerInCard = true));
        card.host.addEventListener('pointerleave', () => (pointerInCard = false));
      }
      if (options.focus && !cardOptions?.focus) cardReturnFocus = focusedElement();
      cardOptions = options;
      const size = viewport();
      card.place({ ...placeNear(near, { width: CARD_WIDTH, height: 200 }, size) });
      const close = () => {
        ui.hideCard();
        options.onClose();
      };
      render(<Card content={content} focus={options.focus} onClose={close} />, card.root);
      const { height } = measureContent(card, '.card');
      card.place(placeNear(near, { width: CARD_WIDTH, height: Math.max(height, 1) }, size));
    },
    hideCard() {
      if (!card || !cardOptions) return;
      const hadFocus = doc.activeElement === card.host;
      render(null, card.root);
      card.place(null);
      cardOptions = null;
      pointerInCard = false;
      if (hadFocus) restoreFocus(cardReturnFocus);
      cardReturnFocus = null;
    },
    get cardOpen() {
      return !!cardOptions;
    },
    get pointerInCard() {
      return pointerInCard;
    },
    updateLegend(state) {
      legendState = state;
      renderLegend();
    },
    focusLegend() {
      if (!legendState) return;
      // The shortcut can arrive twice (the page's keydown and the browser's command): once focus is in the open
      // legend, a second request must not pull it back to the first button while the reader is tabbing on.
      if (legendExpanded && legend && doc.activeElement === legend.host) return;
      legendExpanded = true;
      legendFocusRequest++;
      renderLegend();
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
      doc.removeEventListener('pointerdown', onPointerDown, true);
      for (const part of [addNote, editor, toast, card, legend]) {
        if (part) {
          render(null, part.root);
          part.remove();
        }
      }
      addNote = editor = toast = card = legend = null;
    },
  };
  return ui;
}
