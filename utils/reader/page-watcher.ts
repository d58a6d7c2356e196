import { HOST_TAG } from './shadow-host';
import { WRAPPER_TAG } from '../highlight/painter';

const OWN_TAGS = new Set([HOST_TAG, WRAPPER_TAG]);

function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && OWN_TAGS.has((node as Element).localName);
}

/** True when a mutation is Presslight's own doing (its UI hosts, or its fallback highlight wrappers). */
export function isOwnMutation(record: MutationRecord): boolean {
  if (record.type === 'childList') {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    if (nodes.length > 0 && nodes.every(isOwnNode)) return true;
    const target = record.target as Element;
    return target.nodeType === 1 && OWN_TAGS.has(target.localName);
  }
  return false;
}

export interface PageWatcher {
  /** Drops the records of changes Presslight just made itself. */
  ignorePending(): void;
  stop(): void;
}

/** What changed since the last call: the nodes whose content changed, or null when there were too many to list or the address changed. */
export interface PageChanges {
  nodes: Node[] | null;
}

/** Beyond this many changed nodes in one batch, the whole page is read again. */
const MAX_TRACKED_NODES = 200;

/**
 * Calls `onChange` once the page's content has stopped changing for `quietMs` (late-loading text, infinite
 * scroll, single-page-app navigation), and at the latest every `maxWaitMs` while it keeps changing.
 */
export function watchPage(
  doc: Document,
  onChange: (changes: PageChanges) => void,
  { quietMs = 400, maxWaitMs = 2000 } = {},
): PageWatcher {
  const win = doc.defaultView;
  // The global constructor, not the window's: in Firefox a content script's callbacks cannot cross into the page's.
  const Observer = globalThis.MutationObserver;
  if (!win || !Observer) return { ignorePending() {}, stop() {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastUrl = doc.URL;
  let changed: Set<Node> | null = new Set();
  const fire = () => {
    timer = undefined;
    firstPending = 0;
    const nodes = changed ? [...changed] : null;
    changed = new Set();
    onChange({ nodes });
  };
  const schedule = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    clearTimeout(timer);
    timer = setTimeout(fire, now - firstPending >= maxWaitMs ? 0 : quietMs);
  };
  const note = (node: Node) => {
    if (!changed) return;
    changed.add(node);
    if (changed.size > MAX_TRACKED_NODES) changed = null;
  };
  const observer = new Observer((records) => {
    if (doc.URL !== lastUrl) {
      lastUrl = doc.URL;
      changed = null;
      schedule();
      return;
    }
    let relevant = false;
    for (const record of records) {
      if (isOwnMutation(record)) continue;
      relevant = true;
      note(record.target);
    }
    if (relevant) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onNavigation = () => {
    if (doc.URL !== lastUrl) {
      lastUrl = doc.URL;
      changed = null;
      schedule();
    }
  };
  win.addEventListener('popstate', onNavigation);
  win.addEventListener('hashchange', onNavigation);
  return {
    ignorePending: () => void observer.takeRecords(),
    stop() {
      clearTimeout(timer);
      observer.disconnect();
      win.removeEventListener('popstate', onNavigation);
      win.removeEventListener('hashchange', onNavigation);
    },
  };
}
