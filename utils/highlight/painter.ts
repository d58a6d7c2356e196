import { highlightName, type HighlightKind } from './kinds';
import { highlightStylesheet, type EntityColors } from './styles';

/** Paints sets of ranges by kind; replacing a kind's ranges repaints only that kind. */
export interface HighlightPainter {
  readonly mode: 'highlight-api' | 'wrap';
  set(kind: HighlightKind, ranges: readonly Range[]): void;
  clear(kind?: HighlightKind): void;
  /** Hides or shows every highlight without forgetting them. */
  setVisible(visible: boolean): void;
  /** Paints entity kinds in the reader's colours (`#rrggbb`; translucent fills are derived from them). */
  setColors(colors: EntityColors): void;
  destroy(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && typeof Highlight === 'function' ? { registry: css.highlights, Highlight } : null;
}

interface InstalledStylesheet {
  replace(cssText: string): void;
  remove(): void;
}

/** Adds a stylesheet without touching the page's body: a constructed sheet where allowed, else a <style> in <head>. */
function installStylesheet(doc: Document, cssText: string): InstalledStylesheet {
  const win = doc.defaultView;
  try {
    if (win && 'adoptedStyleSheets' in doc && typeof win.CSSStyleSheet === 'function') {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(cssText);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return {
        replace: (text) => sheet.replaceSync(text),
        remove() {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    }
  } catch {
    // Fall through to a <style> element (e.g. where constructed sheets cannot cross into the page).
  }
  const style = doc.createElement('style');
  style.dataset.presslight = 'highlights';
  style.textContent = cssText;
  (doc.head ?? doc.documentElement).append(style);
  return {
    replace(text) {
      style.textContent = text;
    },
    remove: () => style.remove(),
  };
}

/** CSS Custom Highlight API: the page's DOM is not changed at all. */
function createHighlightApiPainter(doc: Document, api: NonNullable<ReturnType<typeof highlightApi>>): HighlightPainter {
  const painted = new Map<HighlightKind, readonly Range[]>();
  let visible = true;
  const stylesheet = installStylesheet(doc, highlightStylesheet('highlight-api'));
  const register = (kind: HighlightKind) => {
    const ranges = painted.get(kind);
    if (visible && ranges && ranges.length > 0) api.registry.set(highlightName(kind), new api.Highlight(...ranges));
    else api.registry.delete(highlightName(kind));
  };
  return {
    mode: 'highlight-api',
    set(kind, ranges) {
      painted.set(kind, ranges);
      register(kind);
    },
    clear(kind) {
      for (const k of kind ? [kind] : [...painted.keys()]) {
        painted.delete(k);
        api.registry.delete(highlightName(k));
      }
    },
    setVisible(next) {
      visible = next;
      for (const kind of painted.keys()) register(kind);
    },
    setColors(colors) {
      stylesheet.replace(highlightStylesheet('highlight-api', colors));
    },
    destroy() {
      this.clear();
      stylesheet.remove();
    },
  };
}

export const WRAPPER_TAG = 'presslight-mark';

/** Fallback where the Highlight API is missing: wraps text in inline elements, and unwraps them cleanly. */
function createWrappingPainter(doc: Document): HighlightPainter {
  const wrappers = new Map<HighlightKind, Element[]>();
  const stylesheet = installStylesheet(doc, highlightStylesheet('wrap'));
  let visible = true;
  const unwrap = (kind: HighlightKind) => {
    for (const wrapper of wrappers.get(kind) ?? []) {
      const parent = wrapper.parentNode;
      if (!parent) continue;
      while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
      parent.removeChild(wrapper);
      parent.normalize();
    }
    wrappers.delete(kind);
  };
  return {
    mode: 'wrap',
    set(kind, ranges) {
      unwrap(kind);
      const created: Element[] = [];
      for (const range of ranges) created.push(...wrapRange(doc, range, kind, visible));
      wrappers.set(kind, created);
    },
    clear(kind) {
      for (const k of kind ? [kind] : [...wrappers.keys()]) unwrap(k);
    },
    setVisible(next) {
      visible = next;
      for (const list of wrappers.values()) for (const wrapper of list) wrapper.toggleAttribute('data-hidden', !visible);
    },
    setColors(colors) {
      stylesheet.replace(highlightStylesheet('wrap', colors));
    },
    destroy() {
      this.clear();
      stylesheet.remove();
    },
  };
}

/** Wraps each text node piece of the range; element boundaries are never crossed, so the page's structure stays valid. */
function wrapRange(doc: Document, range: Range, kind: HighlightKind, visible: boolean): Element[] {
  const pieces: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root.nodeType === Node.TEXT_NODE ? root.parentNode ?? root : root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start) pieces.push({ node, start, end });
  }
  return pieces.map(({ node, start, end }) => {
    const middle = start > 0 ? node.splitText(start) : node;
    if (end - start < middle.length) middle.splitText(end - start);
    const wrapper = doc.createElement(WRAPPER_TAG);
    wrapper.setAttribute('data-kind', kind);
    if (!visible) wrapper.setAttribute('data-hidden', '');
    middle.parentNode!.insertBefore(wrapper, middle);
    wrapper.appendChild(middle);
    return wrapper;
  });
}

export function createPainter(doc: Document, options: { forceWrap?: boolean } = {}): HighlightPainter {
  const api = doc.defaultView && !options.forceWrap ? highlightApi(doc.defaultView) : null;
  return api ? createHighlightApiPainter(doc, api) : createWrappingPainter(doc);
}
