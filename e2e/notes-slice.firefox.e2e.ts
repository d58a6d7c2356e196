import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firefoxFindTab, firefoxPageSummary, launchFirefox, newFirefoxProfileDir, openExtensionPage, waitInExtensionPage, type FirefoxWithExtension } from './support/firefox';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

const SENTENCE = 'Cybersecurity is becoming an important issue in Japan.';
const TITLE = 'Japan Might Be Planning to Boycott Huawei and ZTE Equipment';

let server: FixtureServer;
let profileDir: string;
let firefox: FirefoxWithExtension | null = null;

beforeAll(async () => {
  server = await startFixtureServer('e2e/fixtures');
  profileDir = newFirefoxProfileDir();
});
afterEach(async () => {
  await firefox?.close().catch(() => {});
  firefox = null;
});
afterAll(async () => {
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(highlightName);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

async function waitForNoteHighlight(page: Page) {
  await page.waitForFunction(
    (sentence) => {
      const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('presslight-note-yellow');
      return !!highlight && [...highlight].some((range) => range.toString() === sentence);
    },
    { timeout: 15_000 },
    SENTENCE,
  );
}

/** Clicks the middle of an element's box (the host of a closed shadow root has no clickable content of its own). */
async function clickCenterOf(page: Page, selector: string) {
  const box = await page.$eval(selector, (el) => {
    const rect = el.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
}

/** Opens the popup as a page, on its Library tab. */
async function openLibrary(f: FirefoxWithExtension): Promise<Page> {
  const popup = await openExtensionPage(f);
  await popup.waitForSelector('[role="tab"]', { timeout: 15_000 });
  const tabs = await popup.$$('[role="tab"]');
  for (const tab of tabs) {
    if ((await tab.evaluate((el) => el.textContent)) === 'Library') await tab.click();
  }
  await popup.waitForSelector('.note-row', { timeout: 15_000 });
  return popup;
}

describe('Firefox: a note from selection to popup, across a browser restart', () => {
  it('adds a note through the on-page control and lists it in the popup', async () => {
    firefox = await launchFirefox({ profileDir });
    const page = await firefox.browser.newPage();
    await page.goto(server.url('article.html'));
    // Select only once Presslight is listening (its content script starts when the page is idle).
    const extensionPage = await openExtensionPage(firefox);
    for (let attempt = 0; !(await firefoxPageSummary(extensionPage, server.url('article.html'))); attempt++) {
      if (attempt > 150) throw new Error('Presslight did not start on the article');
      await new Promise((done) => setTimeout(done, 100));
    }
    await extensionPage.close();
    await page.bringToFront();
    await page.evaluate((text) => {
      const paragraph = document.querySelector('blockquote p')!;
      paragraph.scrollIntoView({ block: 'center' });
      const node = paragraph.firstChild as Text;
      const at = node.data.indexOf(text);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, SENTENCE);
    await page.waitForSelector('presslight-ui[data-part="add-note"]', { visible: true, timeout: 15_000 });
    await clickCenterOf(page, 'presslight-ui[data-part="add-note"]');
    await page.waitForSelector('presslight-ui[data-part="editor"]', { visible: true });
    await page.keyboard.type('Suga on cybersecurity');
    await page.keyboard.press('Enter');
    await waitForNoteHighlight(page);

    const popup = await openLibrary(firefox);
    const text = await popup.$eval('.note-row', (el) => el.textContent ?? '');
    expect(text).toContain(SENTENCE);
    expect(text).toContain('Suga on cybersecurity');
    expect(await popup.$eval('.article-row', (el) => el.textContent ?? '')).toContain(TITLE);
    expect(await popup.$$eval('.note-row time', (els) => els.length)).toBe(1);
  });

  it('still lists the note and highlights its text after the browser restarts', async () => {
    firefox = await launchFirefox({ profileDir });
    const page = await firefox.browser.newPage();
    await page.goto(server.url('article.html'));
    await waitForNoteHighlight(page);
    expect(await highlightTexts(page, 'presslight-note-yellow')).toEqual([SENTENCE]);
    const popup = await openLibrary(firefox);
    expect(await popup.$$eval('.note-row', (els) => els.length)).toBe(1);
    expect(await popup.$eval('.note-row', (el) => el.textContent ?? '')).toContain('Suga on cybersecurity');
  });

  it('the popup works in Firefox: This page, Library search, People & companies, and import refusing a damaged file', async () => {
    firefox = await launchFirefox({ profileDir });
    const page = await firefox.browser.newPage();
    await page.goto(server.url('article.html'));
    await waitForNoteHighlight(page);
    const extensionPage = await openExtensionPage(firefox);
    let found = await firefoxFindTab(extensionPage, server.url('article.html'));
    for (let attempt = 0; !found?.summary.people.length; attempt++) {
      if (attempt > 150) throw new Error('Presslight did not analyse the article');
      await new Promise((done) => setTimeout(done, 100));
      found = await firefoxFindTab(extensionPage, server.url('article.html'));
    }
    await extensionPage.close();

    const popup = await openExtensionPage(firefox, `popup.html?tab=${found.tabId}`);
    await popup.waitForSelector('.this-page .note', { timeout: 15_000 });
    expect(await popup.$eval('.article-status', (el) => el.textContent ?? '')).toContain('News article');
    const companies = await popup.$$eval('.chip.company', (els) => els.map((el) => el.textContent ?? ''));
    expect(companies.join(' ')).toContain('KDDI');
    expect(await popup.$$eval('.person-name', (els) => els.map((el) => el.textContent))).toEqual(['Yoshihide Suga']);
    expect(await popup.$eval('.this-page .note', (el) => el.textContent ?? '')).toContain('Suga on cybersecurity');
    // The annotated article was kept with its note.
    expect(await popup.$eval('.save-article', (el) => el.textContent)).toBe('Save again');

    const openTab = async (name: string) => {
      for (const tab of await popup.$$('[role="tab"]')) if ((await tab.evaluate((el) => el.textContent)) === name) await tab.click();
    };
    await openTab('Library');
    await popup.waitForSelector('.note-row');
    await popup.type('input[aria-label="Search notes"]', 'cyber');
    await waitInExtensionPage(popup, () => document.querySelectorAll('.note-row').length === 1);
    await popup.type('input[aria-label="Search notes"]', 'zzz');
    await waitInExtensionPage(popup, () => document.querySelectorAll('.note-row').length === 0 && !!document.querySelector('.library .empty'));

    await openTab('People & companies');
    await popup.waitForSelector('.people-view .entity');
    const people = await popup.$eval('.people-view', (el) => el.textContent ?? '');
    expect(people).toContain('From 1 article you annotated or saved');
    expect(people).toContain('Yoshihide Suga');

    await openTab('Export');
    const damaged = join(tmpdir(), `presslight-firefox-damaged-${Date.now()}.json`);
    writeFileSync(damaged, '{"format":"presslight-library","version":1,"notes":[{"id":"not-a-uuid"}]}');
    try {
      const input = (await popup.$('input[type="file"]'))!;
      await input.uploadFile(damaged);
      await popup.waitForSelector('.import-result', { timeout: 15_000 });
      expect(await popup.$eval('.import-result', (el) => el.textContent ?? '')).toContain('Nothing was imported');
    } finally {
      rmSync(damaged, { force: true });
    }
    // Nothing changed: the page's one note is still there.
    await openTab('This page');
    await popup.waitForSelector('.this-page .note');
    expect(await popup.$$eval('.this-page .note', (els) => els.length)).toBe(1);
  });
});
