// MV3 stops the extension's service worker when idle, at any moment: a note written right after must not be lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTab, launchChromium, type ChromiumWithExtension } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { selectText, waitForHighlight } from './support/reader';

const SENTENCE = 'Cybersecurity is becoming an important issue in Japan.';

let server: FixtureServer;
let browser: ChromiumWithExtension;

beforeAll(async () => {
  server = await startFixtureServer('e2e/fixtures');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

describe('service worker stopped mid-flow', () => {
  it('stores a note saved right after the worker was stopped', async () => {
    const page = await browser.context.newPage();
    const url = server.url('article.html');
    await page.goto(url);
    await expect.poll(() => findTab(browser, url).then(() => true, () => false), { timeout: 15_000 }).toBe(true);

    await selectText(page, 'blockquote', SENTENCE);
    await page.locator('presslight-ui[data-part="add-note"]').click();
    await page.locator('presslight-ui[data-part="editor"]').waitFor({ state: 'visible' });
    await page.keyboard.type('Written while the worker was stopped');

    // Stop every service worker of the profile, as Chrome does to an idle extension.
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const devtools = await browser.context.newCDPSession(extensionPage);
    await devtools.send('ServiceWorker.enable');
    const stopped = new Promise<void>((resolve) => {
      devtools.on('ServiceWorker.workerVersionUpdated', (event: { versions: { runningStatus: string; scriptURL: string }[] }) => {
        if (event.versions.some((v) => v.scriptURL.includes(browser.extensionId) && v.runningStatus === 'stopped')) resolve();
      });
    });
    await devtools.send('ServiceWorker.stopAllWorkers');
    const outcome = await Promise.race([stopped.then(() => 'stopped'), new Promise((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
    expect(outcome).toBe('stopped');
    await extensionPage.close();

    await page.bringToFront();
    await page.keyboard.press('Enter');
    await page.locator('presslight-ui[data-part="editor"]').waitFor({ state: 'hidden', timeout: 15_000 });
    await waitForHighlight(page, 'presslight-note-yellow', SENTENCE);

    const worker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId)) ?? (await browser.context.waitForEvent('serviceworker'));
    const stored = await worker.evaluate(async () => {
      const reply = await new Promise<{ ok: boolean; value: { notes: { body: string }[] }[] }>((resolve) => {
        const open = indexedDB.open('presslight');
        open.onsuccess = () => {
          // One record per page, holding its notes (utils/db/note-store.ts).
          const request = open.result.transaction('pageNotes').objectStore('pageNotes').getAll();
          request.onsuccess = () => resolve({ ok: true, value: request.result });
        };
      });
      return reply.value.flatMap((page) => page.notes.map((note) => note.body));
    });
    expect(stored).toEqual(['Written while the worker was stopped']);
  });
});
