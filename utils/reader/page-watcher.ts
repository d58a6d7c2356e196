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

/**
 * Calls `onChange` once the page's content has stopped changing for `quietMs` (late-loading text, infinite
 * scroll, single-page-app navigation), and at the latest every `maxWaitMs` while it keeps changing.
 */
export function watchPage(doc: Document, onChange: () => void, { quietMs = 400, maxWaitMs = 2000 } = {}): PageWatcher {
  const win = doc.defaultView;
  // The global constructor, not the window's: in Firefox a content script's callbacks cannot cross into the page's.
  const Observer = globalThis.MutationObserver;
  if (!win || !Observer) return { ignorePending() {}, stop() {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastUrl = doc.URL;
  const fire = () => {
    timer = undefined;
    firstPending = 0;
    onChange();
  };
  const schedule = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    clearTimeout(timer);
    timer = setTimeout(fire, now - firstPending >= maxWaitMs ? 0 : quietMs);
  };
  const observer = new Observer((records) => {
    if (doc.URL !== lastUrl) {
      lastUrl = doc.URL;
      schedule();
      return;
    }
    if (records.some((record) => !isOwnMutation(record))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onNavigation = () => {
    if (doc.URL !== lastUrl) {
      lastUrl = doc.URL;
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
