import { browser } from 'wxt/browser';
import { backgroundClient, tabClient, type TabCall } from '@/utils/messaging/client';
import { isNotesChangedEvent } from '@/utils/messaging/events';
import type { NoteRecord } from '@/utils/db/types';
import type { PopupHost } from './host';

const PAGE_LOAD_TIMEOUT_MS = 15_000;
const POLL_MS = 250;

function tabCall(tabId: number): TabCall {
  return tabClient((message) => browser.tabs.sendMessage(tabId, message));
}

/** The tab whose content script files its notes under `url` (its canonical URL), asking every tab's content script. */
async function findTabShowing(url: string): Promise<{ id: number; windowId?: number } | null> {
  const tabs = await browser.tabs.query({});
  const answers = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return null;
      try {
        const summary = await tabCall(tab.id)('page.summary', {});
        return summary.url === url ? { id: tab.id, windowId: tab.windowId } : null;
      } catch {
        return null;
      }
    }),
  );
  return answers.find((answer) => answer !== null) ?? null;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Asks the tab to scroll to the note where the page placed it, retrying while the page loads and its notes are
 * anchored; a note the page could not place is shown at its saved position if that still exists.
 */
async function revealWhenReady(tabId: number, note: Pick<NoteRecord, 'id' | 'target'>): Promise<boolean> {
  const deadline = Date.now() + PAGE_LOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      const call = tabCall(tabId);
      const summary = await call('page.summary', {});
      const placed = summary.placedNotes?.find((span) => span.id === note.id);
      const orphan = summary.orphanIds.includes(note.id);
      if (placed || orphan) {
        const { start, end } = placed ?? note.target.selector[1];
        return await call('page.reveal', { start, end, scope: 'page' });
      }
    } catch {
      // The content script is not there yet.
    }
    await sleep(POLL_MS);
  }
  return false;
}

/** The popup's view of the browser: the background, the tab the popup is about, and tabs to open notes in. */
export function browserPopupHost(location: Location): PopupHost {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const currentTabId = async (): Promise<number | null> => {
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  };
  return {
    call: backgroundClient((message) => browser.runtime.sendMessage(message)),
    async askTab(send) {
      const tabId = await currentTabId();
      if (tabId === null) throw new Error('No tab');
      return send(tabCall(tabId));
    },
    subscribe(onChange) {
      const listener = (message: unknown) => {
        if (isNotesChangedEvent(message)) onChange(message.pages);
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    async openPage(url, note) {
      let tab = await findTabShowing(url);
      if (tab) {
        await browser.tabs.update(tab.id, { active: true });
        if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
      } else {
        const created = await browser.tabs.create({ url });
        if (created.id === undefined) return;
        tab = { id: created.id, windowId: created.windowId };
      }
      if (note) await revealWhenReady(tab.id, note);
    },
    openSettings() {
      void browser.runtime.openOptionsPage();
    },
    download(fileName, mime, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mime }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
