import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageUi } from '@/components/page/page-ui';
import { articleAnalysisSteps } from '@/utils/article/index';
import { createPainter } from '@/utils/highlight/painter';
import { backgroundClient } from '@/utils/messaging/client';
import { isNotesChangedEvent } from '@/utils/messaging/events';
import { createMessageHandler } from '@/utils/messaging/handler';
import { tabParamChecks } from '@/utils/messaging/protocol';
import { withRetry } from '@/utils/messaging/retry';
import { watchPage, type PageWatcher } from '@/utils/reader/page-watcher';
import { ReaderSession } from '@/utils/reader/session';
import type { SettingsStorage } from '@/utils/settings/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main(ctx) {
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return;
    try {
      startReader(ctx);
    } catch (error) {
      // Never break the page: Presslight stays off here, and says why in the console.
      console.warn('[Presslight] not started on this page:', error);
    }
  },
});

function startReader(ctx: ContentScriptContext): void {
  const report = (error: unknown) => console.debug('[Presslight]', error);
  let watcher: PageWatcher | null = null;
  const painter = createPainter(document);
  // Every request is retried when the background was briefly away (MV3 restarts it); creates are idempotent.
  const send = backgroundClient((message) => browser.runtime.sendMessage(message));
  const call: typeof send = (type, params) => withRetry(() => send(type, params));
  const session = new ReaderSession({
    doc: document,
    call,
    ui: createPageUi(document),
    painter,
    analyzeArticle: articleAnalysisSteps,
    // The NLP model lives in the background: the page's main thread never runs it, and the script stays small.
    analyzeText: (text, blockQuotes) => call('text.analyze', { text, blockQuotes }),
    settingsStorage: browser.storage?.local as SettingsStorage | undefined,
    onError: report,
    onOwnDomChange: () => watcher?.ignorePending(),
  });

  const handleTabRequest = createMessageHandler(tabParamChecks, session.tabHandlers());
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    if (isNotesChangedEvent(message)) {
      session.onNotesChanged(message.pages).catch(report);
      return false;
    }
    handleTabRequest(message, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // In the wrapping fallback, painting changes the DOM: the session reports those changes (onOwnDomChange) so
  // that they do not trigger a refresh.
  const pageWatcher = watchPage(document, (changes) => void session.refresh({ changed: changes.nodes }).catch(report));
  watcher = pageWatcher;
  ctx.addEventListener(window, 'wxt:locationchange', () => void session.refresh().catch(report));
  ctx.onInvalidated(() => {
    pageWatcher.stop();
    browser.runtime.onMessage.removeListener(onMessage);
    session.destroy();
  });

  session.start().catch(report);
}
