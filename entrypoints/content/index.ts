import { browser } from 'wxt/browser';
import { createPageUi } from '@/components/page/page-ui';
import { analyzeArticle } from '@/utils/article/index';
import { createPainter } from '@/utils/highlight/painter';
import { backgroundClient } from '@/utils/messaging/client';
import { isNotesChangedEvent } from '@/utils/messaging/events';
import { createMessageHandler } from '@/utils/messaging/handler';
import { tabParamChecks } from '@/utils/messaging/protocol';
import { analyzeText } from '@/utils/nlp/index';
import { watchPage } from '@/utils/reader/page-watcher';
import { ReaderSession } from '@/utils/reader/session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main(ctx) {
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return;
    const report = (error: unknown) => console.debug('[Presslight]', error);
    const painter = createPainter(document);
    const session = new ReaderSession({
      doc: document,
      call: backgroundClient((message) => browser.runtime.sendMessage(message)),
      ui: createPageUi(document),
      painter,
      analyzeArticle,
      analyzeText,
      onError: report,
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

    const watcher = watchPage(document, () => {
      session
        .refresh()
        .catch(report)
        .finally(() => painter.mode === 'wrap' && watcher.ignorePending());
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => session.refresh().catch(report));
    ctx.onInvalidated(() => {
      watcher.stop();
      browser.runtime.onMessage.removeListener(onMessage);
      session.destroy();
    });

    session
      .start()
      .catch(report)
      .finally(() => painter.mode === 'wrap' && watcher.ignorePending());
  },
});
