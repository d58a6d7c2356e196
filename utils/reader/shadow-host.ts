/** The tag of every element Presslight adds to a page; the text model and the observers skip it. */
export const HOST_TAG = 'presslight-ui';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Moves the host over a box of the viewport (the UI inside fills it), or hides it with `null`. */
  place(box: { top: number; left: number; width: number; height: number } | null): void;
  /** Pins the host to the viewport's bottom-left corner, sized by its content (no measuring, so no forced layout). */
  dock(corner: { left: number; bottom: number }): void;
  remove(): void;
}

/**
 * A closed shadow root hung on <html> (not <body>, whose content stays exactly the page's), styled with
 * inline `!important` rules the page's CSS cannot override, holding one piece of Presslight's UI.
 */
export function createShadowHost(doc: Document, name: string, cssText: string): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-part', name);
  for (const [property, value] of Object.entries({
    all: 'initial',
    position: 'fixed',
    'z-index': '2147483646',
    top: '0',
    left: '0',
    width: '0',
    height: '0',
    overflow: 'visible',
    display: 'none',
  })) {
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = cssText;
  root.append(style);
  doc.documentElement.append(host);
  return {
    host,
    root,
    place(box) {
      host.style.setProperty('display', box ? 'block' : 'none', 'important');
      if (!box) return;
      host.style.setProperty('bottom', 'auto', 'important');
      for (const [property, value] of Object.entries(box)) host.style.setProperty(property, `${Math.round(value)}px`, 'important');
    },
    dock({ left, bottom }) {
      for (const [property, value] of Object.entries({
        display: 'block',
        top: 'auto',
        left: `${Math.round(left)}px`,
        bottom: `${Math.round(bottom)}px`,
        width: 'max-content',
        height: 'auto',
      })) {
        host.style.setProperty(property, value, 'important');
      }
    },
    remove: () => host.remove(),
  };
}

/** True for the root element of Presslight's own UI (the text model skips its subtree). */
export function isPresslightHost(el: Element): boolean {
  return el.localName === HOST_TAG;
}
