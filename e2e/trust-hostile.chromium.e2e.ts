import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTab, launchChromium, type ChromiumWithExtension } from './support/chromium';
import { bodyUnchanged, evaluateRaw, snapshotBodyAtParse, watchErrors } from './support/extension-errors';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { hostilePages, XSS_TEXT } from './support/hostile-pages';
import { startNetworkSentinel, type NetworkSentinel } from './support/network-sentinel';
import { addNote, selectTextExpression } from './support/reader';

let server: FixtureServer;
let sentinel: NetworkSentinel;
let browser: ChromiumWithExtension;
/** Every request the browser context saw: its pages, their content scripts, the extension's pages and worker. */
const requests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer('e2e/fixtures');
  sentinel = await startNetworkSentinel();
  browser = await launchChromium({ proxy: sentinel.proxy });
  browser.context.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await browser?.dispose();
  await sentinel?.close();
  await server?.close();
});

async function waitForPresslight(url: string) {
  let lastError: unknown;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      return (await findTab(browser, url)).summary;
    } catch (error) {
      lastError = error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw lastError;
}

describe('hostile pages: no exception from Presslight, the page unchanged, notes still work', () => {
  for (const hostile of hostilePages()) {
    it(hostile.name, async () => {
      server.override(`/hostile/${hostile.name}.html`, hostile.html);
      const url = server.url(`hostile/${hostile.name}.html`);
      const page = await browser.context.newPage();
      const errors = await watchErrors(browser.context, page, browser.extensionId);
      await snapshotBodyAtParse(page);
      try {
        await page.goto(url, { timeout: 60_000 });
        const summary = await waitForPresslight(url);
        expect(summary.url).toBe(url);
        if (!hostile.mutatesItself) expect(await bodyUnchanged(browser.context, page)).toBe(true);
        if (hostile.annotatable) {
          const select = () => evaluateRaw(browser.context, page, selectTextExpression('body', hostile.annotatable!));
          await addNote(page, 'body', hostile.annotatable, `Note with ${XSS_TEXT}`, select);
          await expect.poll(async () => (await findTab(browser, url)).summary.noteCount, { timeout: 10_000 }).toBe(1);
          expect((await findTab(browser, url)).summary.orphanIds).toEqual([]);
          if (!hostile.mutatesItself) expect(await bodyUnchanged(browser.context, page)).toBe(true);
        }
        expect(await evaluateRaw(browser.context, page, 'window.__presslightXss')).toBeUndefined();
        expect(errors.fromExtension).toEqual([]);
      } finally {
        await errors.stop();
        await page.close();
      }
    });
  }

  it('shows the notes with XSS payloads in the popup as text, running none of them', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => popup.locator('.note-row').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const rows = await popup.locator('.virtual').innerText();
    expect(rows).toContain(XSS_TEXT);
    expect(await popup.locator('.virtual img, .virtual script').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __presslightXss?: number }).__presslightXss)).toBeUndefined();
    await popup.close();
  });

  it('made no request for the internet: every request of pages, content scripts and the extension stayed local', () => {
    const remote = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith(`chrome-extension://${browser.extensionId}/`) && !url.startsWith('data:') && url !== 'about:blank' && !url.startsWith('about:srcdoc'));
    expect(requests.length).toBeGreaterThan(0);
    expect(remote).toEqual([]);
  });
});
