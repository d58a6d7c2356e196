import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/popup/App';
import { backgroundClient, tabClient } from '@/utils/messaging/client';
import { isNotesChangedEvent } from '@/utils/messaging/events';
import { requestPersistentStorage } from '@/utils/db/persistence';
import '@/components/popup/popup.css';

const call = backgroundClient((message) => browser.runtime.sendMessage(message));

/** The tab the popup is about: `?tab=<id>` (when opened as a page), else the active tab of this window. */
async function currentTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const askTab = async <T,>(send: (call: ReturnType<typeof tabClient>) => Promise<T>): Promise<T> => {
  const tabId = await currentTabId();
  if (tabId === null) throw new Error('No tab');
  return send(tabClient((message) => browser.tabs.sendMessage(tabId, message)));
};

void requestPersistentStorage();

render(
  <App
    call={call}
    askTab={askTab}
    subscribe={(onChange) => {
      const listener = (message: unknown) => {
        if (isNotesChangedEvent(message)) onChange(message.pages);
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    }}
    openPage={(url) => void browser.tabs.create({ url })}
  />,
  document.getElementById('app')!,
);
