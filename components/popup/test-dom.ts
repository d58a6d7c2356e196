import { parseHTML } from 'linkedom';
import { act } from 'preact/test-utils';

/** A linkedom document as the global DOM, for rendering Preact components in unit tests. */
export function installDom(): Document {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const globals: Record<string, unknown> = {
    window,
    document,
    Node: window.Node,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
    Event: window.Event,
    KeyboardEvent: window.KeyboardEvent ?? window.Event,
    navigator: { userAgent: 'node' },
  };
  for (const [name, value] of Object.entries(globals)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  return document as unknown as Document;
}

/** Lets pending promises and Preact's effects run. */
export async function settle(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((done) => setTimeout(done, 0));
    });
  }
}

export function fire(element: Element, type: string, init: Record<string, unknown> = {}): void {
  const event = new (globalThis.Event as typeof Event)(type, { bubbles: true, cancelable: true });
  Object.assign(event, init);
  element.dispatchEvent(event);
}

export function textOf(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => element.textContent ?? '');
}

export function button(root: ParentNode, label: string | RegExp): HTMLElement {
  const found = [...root.querySelectorAll('button')].find((element) => {
    const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return typeof label === 'string' ? name.trim() === label : label.test(name);
  });
  if (!found) throw new Error(`no button ${label}`);
  return found as HTMLElement;
}

/** Settles until `selector` matches inside `root` (fake IndexedDB can take a while with many notes). */
export async function waitForSelector(root: ParentNode, selector: string, timeout = 5000): Promise<Element> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = root.querySelector(selector);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`nothing matches ${selector}`);
    await settle(1);
  }
}
