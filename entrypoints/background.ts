import { browser } from 'wxt/browser';
import { PresslightDatabase } from '@/utils/db/schema';
import { createBackgroundHandlers } from '@/utils/db/service';
import { analyzeText } from '@/utils/nlp/index';
import { estimateStorage, requestPersistentStorage } from '@/utils/db/persistence';
import { createMessageHandler } from '@/utils/messaging/handler';
import { backgroundParamChecks, type NotesChangedEvent } from '@/utils/messaging/protocol';
import { isOwnSender } from '@/utils/messaging/sender';
import { COMMAND_ADD_NOTE, CONTEXT_MENU_ADD_NOTE, READER_COMMANDS, tabCommandFor, type ReaderCommand } from '@/utils/messaging/commands';

export default defineBackground(() => {
  const db = new PresslightDatabase();

  async function notifyChanged(pages: string[]): Promise<void> {
    const event: NotesChangedEvent = { type: 'notes.changed', pages };
    // Extension pages (popup, options) listen on runtime messages; content scripts on their tab's.
    browser.runtime.sendMessage(event).catch(() => {});
    const tabs = await browser.tabs.query({}).catch(() => []);
    for (const tab of tabs) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, event).catch(() => {});
    }
  }

  const handle = createMessageHandler(
    backgroundParamChecks,
    createBackgroundHandlers({
      db,
      notifyChanged: (pages) => void notifyChanged(pages),
      estimateStorage: () => estimateStorage(),
      analyzeText,
    }),
  );

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    if (!isOwnSender(sender, browser.runtime.id)) return false;
    handle(message, sender).then(sendResponse);
    return true;
  });

  void requestPersistentStorage();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CONTEXT_MENU_ADD_NOTE, title: 'Add a Presslight note', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_ADD_NOTE && tab?.id !== undefined) {
      browser.tabs.sendMessage(tab.id, tabCommandFor(COMMAND_ADD_NOTE)).catch(() => {});
    }
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (!(READER_COMMANDS as readonly string[]).includes(command)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) browser.tabs.sendMessage(tab.id, tabCommandFor(command as ReaderCommand)).catch(() => {});
  });
});
