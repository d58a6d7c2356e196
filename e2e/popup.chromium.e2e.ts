import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/browsers';
import { CHROME_BUILD, findTab, launchChromium, newProfileDir, QUIET_CHROMIUM_FLAGS, recordHighlight, type ChromiumWithExtension } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { addNote, waitForHighlight } from './support/reader';

const FIRST = { path: 'article.html', quote: 'Cybersecurity is becoming an important issue in Japan.', body: 'Suga on cybersecurity', selector: 'blockquote' };
const SECOND = {
  path: 'popup/chip-export-article.html',
  quote: 'We have carefully weighed the security risks',
  body: 'Dutch position on export licences',
  selector: 'article',
};

let server: FixtureServer;
let browser: ChromiumWithExtension;
let firstPage: Page;
let secondPage: Page;
let secondTabId: number;
let popup: Page;
const files: string[] = [];

async function openPopup(b: ChromiumWithExtension, query: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/popup.html?${query}`);
  return page;
}

/**
 * A second browser on an empty profile. Polls for the extension's service worker instead of waiting for its
 * event, which can fire before a listener is attached on a busy machine.
 */
async function launchEmptyProfile(): Promise<ChromiumWithExtension> {
  const profileDir = newProfileDir();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findBrowser('chromium')!,
    headless: true,
    args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, ...QUIET_CHROMIUM_FLAGS],
  });
  const dispose = async () => {
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 45_000;
  while (context.serviceWorkers().length === 0) {
    if (Date.now() > deadline) {
      await dispose();
      throw new Error('the extension’s service worker did not start');
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  const serviceWorker = context.serviceWorkers()[0]!;
  return { context, extensionId: new URL(serviceWorker.url()).host, profileDir, serviceWorker, close: () => context.close(), dispose };
}

/** Waits until `ready()` resolves true (hooks cannot use `expect.poll`). */
async function until(ready: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function openArticle(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  const url = server.url(path);
  await page.goto(url);
  await page.bringToFront();
  await until(() => findTab(browser, url).then(() => true), `the content script on ${path}`);
  return page;
}

async function libraryNoteTexts(page: Page): Promise<string[]> {
  return page.locator('.note-row').allTextContents();
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search notes' }).fill(text);
}

async function exportFile(page: Page, label: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const path = join(tmpdir(), `presslight-e2e-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  files.push(path);
  return path;
}

async function importFile(page: Page, path: string): Promise<string> {
  await page.getByLabel('Presslight JSON file').setInputFiles(path);
  const result = page.locator('.import-result');
  await result.waitFor({ timeout: 20_000 });
  return (await result.textContent()) ?? '';
}

beforeAll(async () => {
  server = await startFixtureServer('e2e/fixtures');
  browser = await launchChromium();
  firstPage = await openArticle(FIRST.path);
  await addNote(firstPage, FIRST.selector, FIRST.quote, FIRST.body);
  await waitForHighlight(firstPage, 'presslight-note-yellow', FIRST.quote);
  secondPage = await openArticle(SECOND.path);
  await addNote(secondPage, SECOND.selector, SECOND.quote, SECOND.body);
  await waitForHighlight(secondPage, 'presslight-note-yellow', SECOND.quote);
  secondTabId = (await findTab(browser, server.url(SECOND.path))).tabId;
  popup = await openPopup(browser, `tab=${secondTabId}`);
});

afterAll(async () => {
  await browser?.dispose();
  await server?.close();
  for (const file of files) rmSync(file, { force: true });
});

describe('Chromium popup: every tab on two annotated articles', () => {
  it('This page: article status, companies, quoted officials and the page’s note', async () => {
    await popup.locator('.this-page').waitFor();
    await expect.poll(() => popup.locator('.article-status').textContent()).toContain('News article');
    const companies = await popup.locator('.chip.company').allTextContents();
    expect(companies.join(' ')).toContain('ASML');
    expect(await popup.locator('.person-name').count()).toBeGreaterThan(0);
    const note = popup.locator('.note').first();
    expect(await note.textContent()).toContain(SECOND.body);
    expect(await note.locator('time').count()).toBe(1);
    expect(await popup.evaluate(() => performance.getEntriesByName('presslight:first-render').length)).toBe(1);
  });

  it('clicking a company scrolls the page to it and flashes it', async () => {
    const flashed = await recordHighlight(secondPage, 'presslight-focus');
    await popup.locator('.chip.company', { hasText: 'ASML' }).click();
    await expect.poll(async () => (await flashed()).join(' '), { timeout: 5000 }).toContain('ASML');
  });

  it('edits a note, deletes it and undoes the delete', async () => {
    await popup.getByRole('button', { name: /^Edit note/ }).first().click();
    const textarea = popup.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => textarea.evaluate((el) => el === document.activeElement)).toBe(true);
    await textarea.fill(`${SECOND.body}, edited`);
    await popup.getByRole('radio', { name: 'blue' }).check();
    await popup.getByRole('textbox', { name: /Tags/ }).fill('chips, policy');
    await popup.keyboard.press('Control+Enter');
    await expect.poll(() => popup.locator('.note').first().textContent()).toContain('edited');
    expect(await popup.locator('.note').first().getAttribute('class')).toContain('color-blue');
    expect(await popup.locator('.note').first().textContent()).toContain('#policy');
    await waitForHighlight(secondPage, 'presslight-note-blue', SECOND.quote);

    await popup.getByRole('button', { name: /^Delete note/ }).first().click();
    await expect.poll(() => popup.locator('.note').count()).toBe(0);
    const undo = popup.getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.note').count()).toBe(1);
    expect(await popup.locator('.note').first().textContent()).toContain('edited');
  });

  it('keeps an annotated article’s analysis with its note, and saves another article with one click, no note needed', async () => {
    // Both annotated articles were kept with their first note: the button offers to save a fresh analysis.
    await expect.poll(() => popup.locator('.save-article').textContent()).toBe('Save again');
    await popup.getByRole('button', { name: 'Save again' }).click();
    await expect.poll(() => popup.locator('.toast').textContent()).toContain('Saved');

    const unannotated = await openArticle('reader/spa.html');
    const tabId = (await findTab(browser, server.url('reader/spa.html'))).tabId;
    const other = await openPopup(browser, `tab=${tabId}`);
    await other.getByRole('button', { name: 'Save article' }).click();
    await expect.poll(() => other.locator('.toast').textContent()).toContain('Saved');
    await other.close();
    await unannotated.close();
  });

  it('Library: all notes grouped by article, search, filters, live updates', async () => {
    await popup.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => libraryNoteTexts(popup)).toHaveLength(2);
    const headings = await popup.locator('.article-row').allTextContents();
    expect(headings[0]).toContain('Netherlands Tightens Chip Export Rules');
    expect(headings[1]).toContain('Japan Might Be Planning');

    await search(popup, 'cyber');
    await expect.poll(() => libraryNoteTexts(popup)).toEqual([expect.stringContaining(FIRST.body)]);
    await search(popup, 'dutch edit');
    await expect.poll(() => libraryNoteTexts(popup)).toEqual([expect.stringContaining('edited')]);
    await search(popup, 'no such words');
    await expect.poll(() => popup.locator('.empty').textContent()).toContain('No note matches');
    await popup.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => libraryNoteTexts(popup)).toHaveLength(2);

    await popup.getByLabel('Colour').selectOption('blue');
    await expect.poll(() => libraryNoteTexts(popup)).toEqual([expect.stringContaining('edited')]);
    await popup.getByLabel('Colour').selectOption('');
    await popup.getByLabel('Tag').selectOption('policy');
    await expect.poll(() => libraryNoteTexts(popup)).toHaveLength(1);
    await popup.getByLabel('Tag').selectOption('');
    await popup.getByLabel('Company or person').selectOption('company:huawei');
    await expect.poll(() => libraryNoteTexts(popup)).toEqual([expect.stringContaining(FIRST.body)]);
    await popup.getByLabel('Company or person').selectOption('');
    await expect.poll(() => libraryNoteTexts(popup)).toHaveLength(2);

    // A note added on a page shows up in the open popup without reloading it.
    await firstPage.bringToFront();
    await addNote(firstPage, 'article', 'ZTE almost risked losing its Android license', 'Licence history');
    await expect.poll(() => libraryNoteTexts(popup), { timeout: 10_000 }).toHaveLength(3);
  });

  it('Library: keyboard moves between rows; opening a note switches to its tab and scrolls to it', async () => {
    const rows = popup.locator('.row-button');
    await rows.first().focus();
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-row]')?.getAttribute('data-row'))).toBe('1');
    const flashed = await recordHighlight(secondPage, 'presslight-focus');
    await popup.locator('.note-row', { hasText: SECOND.body }).locator('.row-button').click();
    await expect.poll(async () => (await flashed()).join(' '), { timeout: 10_000 }).toContain(SECOND.quote);
  });

  it('People & companies: each company and official with their articles and quotes', async () => {
    await popup.getByRole('tab', { name: 'People & companies' }).click();
    const view = popup.locator('.people-view');
    await view.waitFor();
    expect(await view.textContent()).toContain('From 3 articles you annotated or saved');
    const section = (heading: string) => popup.locator('section', { has: popup.locator(`#${heading}`) });
    const huawei = section('entity-companies-heading').locator('.entity', { has: popup.locator('.entity-name', { hasText: /^Huawei$/ }) });
    await huawei.locator('summary').click();
    expect(await huawei.textContent()).toContain('Japan Might Be Planning');
    const official = section('entity-people-heading').locator('.entity').first();
    await official.locator('summary').click();
    expect(await official.locator('.saved-quote').count()).toBeGreaterThan(0);
    await huawei.getByRole('button', { name: 'My notes on these articles' }).click();
    await expect.poll(() => libraryNoteTexts(popup)).toHaveLength(2);
    expect((await libraryNoteTexts(popup)).join(' ')).not.toContain('edited');
  });

  it('the options page saves settings and shows the storage line', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: 'Quotes' }).uncheck();
    await options.getByRole('textbox', { name: 'Site' }).fill('https://www.Example.com/news');
    await options.getByRole('button', { name: 'Switch off' }).click();
    await expect.poll(() => options.locator('.sites').textContent()).toContain('example.com');
    await expect.poll(() => options.locator('.storage-line').textContent()).toMatch(/3 notes, .* used/);
    await options.reload();
    expect(await options.getByRole('checkbox', { name: 'Quotes' }).isChecked()).toBe(false);
    expect(await options.locator('.sites').textContent()).toContain('example.com');
  });

  it('exports Markdown, JSON and JSON-LD, and imports JSON into another browser losslessly', async () => {
    await popup.getByRole('tab', { name: 'Export' }).click();
    const markdown = readFileSync(await exportFile(popup, 'Markdown'), 'utf8');
    expect(markdown).toContain('## Netherlands Tightens Chip Export Rules');
    expect(markdown).toContain(`> ${FIRST.quote}`);
    const jsonld = JSON.parse(readFileSync(await exportFile(popup, 'W3C Web Annotations (JSON-LD)'), 'utf8'));
    expect(jsonld.first.items).toHaveLength(3);
    expect(jsonld.first.items[0].target.selector[0].type).toBe('TextQuoteSelector');
    const jsonPath = await exportFile(popup, 'JSON (re-importable)');
    const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(exported.notes).toHaveLength(3);
    expect(exported.pages).toHaveLength(3);

    // Importing into the same library adds nothing and says why.
    expect(await importFile(popup, jsonPath)).toMatch(/0 new notes.*3 — already in your library, unchanged/s);

    // A hostile file changes nothing and says what is wrong.
    const hostile = join(tmpdir(), `presslight-e2e-hostile-${Date.now()}.json`);
    files.push(hostile);
    const broken = structuredClone(exported);
    broken.notes[0].target.selector[1].start = -5;
    broken.notes.push({ ...broken.notes[1], id: 'x'.repeat(500) });
    writeFileSync(hostile, JSON.stringify(broken));
    const refused = await importFile(popup, hostile);
    expect(refused).toContain('Nothing was imported');
    expect(refused).toContain('notes[0].target.selector[1].start');

    // The second library lives in a fresh profile; one browser at a time keeps the test light.
    await browser.close();
    const other = await launchEmptyProfile();
    try {
      const otherPopup = await openPopup(other, 'view=transfer');
      expect(await importFile(otherPopup, jsonPath)).toContain('3 new notes');
      const again = await exportFile(otherPopup, 'JSON (re-importable)');
      const reimported = JSON.parse(readFileSync(again, 'utf8'));
      expect(reimported.notes).toEqual(exported.notes);
      expect(reimported.pages).toEqual(exported.pages);
      await otherPopup.getByRole('tab', { name: 'Library' }).click();
      await expect.poll(() => otherPopup.locator('.note-row').count()).toBe(3);
    } finally {
      await other.dispose();
    }
  });

});
