// The hostile pages in Firefox: Presslight starts, leaves the page's body as parsed, and notes still work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxPageSummary, launchFirefox, openExtensionPage, type FirefoxWithExtension } from './support/firefox';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { hostilePages, XSS_TEXT } from './support/hostile-pages';

let server: FixtureServer;
let firefox: FirefoxWithExtension;
let extensionPage: Page;

beforeAll(async () => {
  server = await startFixtureServer('e2e/fixtures');
  firefox = await launchFirefox();
  extensionPage = await openExtensionPage(firefox);
});
afterAll(async () => {
  await firefox?.dispose();
  await server?.close();
});

async function waitForSummary(url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const summary = await firefoxPageSummary(extensionPage, url);
    if (summary) return summary;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Presslight did not answer on ${url}`);
}

// Pages that break the page's own built-ins also break the test driver's helpers in that page.
const DRIVER_SAFE = hostilePages().filter((page) => page.name !== 'redefined-builtins');

describe('Firefox: hostile pages', () => {
  for (const hostile of DRIVER_SAFE) {
    it(hostile.name, async () => {
      server.override(`/hostile/${hostile.name}.html`, hostile.html);
      const url = server.url(`hostile/${hostile.name}.html`);
      const page = await firefox.browser.newPage();
      try {
        await page.evaluateOnNewDocument(() => {
          document.addEventListener('DOMContentLoaded', () => {
            (window as unknown as { __presslightBodyAtParse?: string }).__presslightBodyAtParse = document.body?.innerHTML ?? '';
          });
        });
        await page.goto(url, { timeout: 60_000 });
        const summary = await waitForSummary(url);
        expect(summary.url).toBe(url);
        const unchanged = () => page.evaluate(() => (window as unknown as { __presslightBodyAtParse?: string }).__presslightBodyAtParse === (document.body?.innerHTML ?? ''));
        if (!hostile.mutatesItself) expect(await unchanged()).toBe(true);
        if (hostile.annotatable) {
          await page.evaluate((text) => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              const at = node.data.indexOf(text);
              if (at < 0) continue;
              node.parentElement!.scrollIntoView({ block: 'center' });
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              getSelection()!.removeAllRanges();
              getSelection()!.addRange(range);
              return;
            }
            throw new Error('text not found');
          }, hostile.annotatable);
          await page.waitForSelector('presslight-ui[data-part="add-note"]', { visible: true, timeout: 15_000 });
          const box = await page.$eval('presslight-ui[data-part="add-note"]', (el) => {
            const rect = el.getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          });
          await page.mouse.click(box.x, box.y);
          await page.waitForSelector('presslight-ui[data-part="editor"]', { visible: true });
          await page.keyboard.type(`Note with ${XSS_TEXT}`);
          await page.keyboard.press('Enter');
          await page.waitForSelector('presslight-ui[data-part="editor"]', { hidden: true, timeout: 15_000 });
          const after = await waitForSummary(url);
          expect(after.noteCount).toBe(1);
          expect(after.orphanIds).toEqual([]);
          if (!hostile.mutatesItself) expect(await unchanged()).toBe(true);
        }
        expect(await page.evaluate(() => (window as unknown as { __presslightXss?: number }).__presslightXss)).toBeUndefined();
      } finally {
        await page.close();
      }
    });
  }
});
