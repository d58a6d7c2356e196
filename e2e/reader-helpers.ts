import type { CDPSession, Page } from 'playwright-core';

/** One node of the DOM as the DevTools protocol reports it (closed shadow roots included). */
interface ProtocolNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: ProtocolNode[];
  shadowRoots?: ProtocolNode[];
}

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

function attribute(node: ProtocolNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

function* walk(node: ProtocolNode): Generator<ProtocolNode> {
  yield node;
  for (const root of node.shadowRoots ?? []) yield* walk(root);
  for (const child of node.children ?? []) yield* walk(child);
}

/** The shadow root of a Presslight UI part (`presslight-ui[data-part=…]`), read through the DevTools protocol: its roots are closed to page scripts. */
async function partRoot(page: Page, part: string): Promise<ProtocolNode | null> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: ProtocolNode };
  for (const node of walk(root)) {
    if (node.localName === 'presslight-ui' && attribute(node, 'data-part') === part) return node.shadowRoots?.[0] ?? null;
  }
  return null;
}

/** The text shown inside a UI part (styles left out), or null when the part is not on the page. */
export async function partText(page: Page, part: string): Promise<string | null> {
  const root = await partRoot(page, part);
  if (!root) return null;
  const texts: string[] = [];
  const visit = (node: ProtocolNode, inStyle: boolean) => {
    if (node.nodeType === 3 && !inStyle) texts.push(node.nodeValue);
    for (const child of node.children ?? []) visit(child, inStyle || node.localName === 'style');
  };
  visit(root, false);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Whether a UI part's host is shown. */
export async function partVisible(page: Page, part: string): Promise<boolean> {
  return page.evaluate((name) => {
    const host = document.querySelector(`presslight-ui[data-part="${name}"]`) as HTMLElement | null;
    return !!host && getComputedStyle(host).display !== 'none';
  }, part);
}

/** Clicks the button inside a UI part whose text includes `text`. */
export async function clickInPart(page: Page, part: string, text: string): Promise<void> {
  const root = await partRoot(page, part);
  if (!root) throw new Error(`no UI part ${part}`);
  const textOf = (node: ProtocolNode): string => (node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join(''));
  const button = [...walk(root)].find((node) => node.localName === 'button' && textOf(node).includes(text));
  if (!button) throw new Error(`no button "${text}" in ${part}`);
  const cdp = await session(page);
  const { quads } = (await cdp.send('DOM.getContentQuads', { backendNodeId: button.backendNodeId })) as { quads: number[][] };
  const [x1, y1, , , x3, y3] = quads[0] as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** The centre of the first occurrence of `text` inside `selector`, in viewport coordinates (scrolled into view). */
export async function textCenter(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no element ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`text not found: ${text}`);
    },
    { selector, text },
  );
}

/** Every painted highlight range, with its text and the closest page landmark it sits in. */
export async function paintedPlaces(page: Page): Promise<{ name: string; text: string; inside: string }[]> {
  return page.evaluate(() => {
    const places: { name: string; text: string; inside: string }[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    registry?.forEach((highlight, name) => {
      for (const range of highlight) {
        const node = range.commonAncestorContainer;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        const landmark = element?.closest('nav, header, footer, aside, .comments, article');
        places.push({ name, text: range.toString(), inside: landmark ? landmark.localName + (landmark.className ? `.${landmark.className}` : '') : 'none' });
      }
    });
    return places;
  });
}

/** Records `document.body.innerHTML` as the page's own scripts leave it, before any content script runs. */
export async function snapshotBodyAtDomReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __bodyAtDomReady: string }).__bodyAtDomReady = document.body.innerHTML;
    });
  });
}

export async function bodyUnchangedSinceDomReady(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __bodyAtDomReady?: string }).__bodyAtDomReady === document.body.innerHTML);
}
