import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { findTab, launchChromium, newProfileDir, paintedHighlights, type ChromiumWithExtension } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { addNote, waitForHighlight } from './support/reader';
import { bodyUnchangedSinceDomReady, clickInPart, partText, partVisible, snapshotBodyAtDomReady, textCenter } from './reader-helpers';

const NOTE_TEXT = 'Huawei already supplies some network equipment to private Japanese telcos NTT Docomo and KDDI Corp.';
const NOTE_BODY = 'Docomo and KDDI buy from Huawei';
const ARTICLE = readFileSync('e2e/fixtures/article.html', 'utf8');

/** The seed article as a site might serve it later: an ad and an update inserted before the note's paragraph, words and quotes changed, whitespace moved. */
const EDITED = ARTICLE.replace(
  '<aside class="related">',
  '<div class="ad"><p>Advertisement</p></div>\n<p>Update, December 8: Huawei said on Saturday that it had not been told of any decision by the Japanese government.</p>\n<aside class="related">',
)
  .replace('already supplies some network equipment', 'already sells some network equipment')
  .replace('doesn’t look', "doesn't look")
  .replace('telcos NTT Docomo', 'telcos  NTT\n Docomo');
const EDITED_NOTE_TEXT = 'Huawei already sells some network equipment to private Japanese telcos NTT Docomo and KDDI Corp.';
/** The seed article with the note's sentence taken out. */
const DELETED = ARTICLE.replace(`${NOTE_TEXT} `, '');

let server: FixtureServer;
let profileDir: string;
let browser: ChromiumWithExtension | null = null;

beforeAll(async () => {
  server = await startFixtureServer('e2e/fixtures');
  profileDir = newProfileDir();
});
afterEach(async () => {
  await browser?.close().catch(() => {});
  browser = null;
});
afterAll(async () => {
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function open(b: ChromiumWithExtension, path: string): Promise<Page> {
  const page = await b.context.newPage();
  await snapshotBodyAtDomReady(page);
  await page.goto(server.url(path));
  await expect.poll(() => findTab(b, server.url(path)).then(() => true, () => false), { timeout: 15_000 }).toBe(true);
  return page;
}

/** The texts a highlight paints, with whitespace runs collapsed as a reader sees them. */
async function paintedTexts(page: Page, name: string): Promise<string[] | undefined> {
  return (await paintedHighlights(page))[name]?.map((text) => text.replace(/\s+/g, ' '));
}

async function hover(page: Page, text: string): Promise<void> {
  const point = await textCenter(page, 'article', text);
  await page.mouse.move(point.x + 40, point.y - 120);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await expect.poll(() => partVisible(page, 'card'), { timeout: 5_000 }).toBe(true);
}

describe('Chromium: notes on the page, found again after reloads, restarts and edits', () => {
  it('adds a note, shows it on hover, keeps it across a reload and a browser restart', async () => {
    browser = await launchChromium({ profileDir });
    const url = server.url('article.html');
    let page = await open(browser, 'article.html');
    await addNote(page, 'article', NOTE_TEXT, NOTE_BODY);
    await waitForHighlight(page, 'presslight-note-yellow', NOTE_TEXT);

    await hover(page, 'private Japanese telcos');
    expect(await partText(page, 'card')).toContain(NOTE_BODY);
    await page.keyboard.press('Escape');

    await page.reload();
    await waitForHighlight(page, 'presslight-note-yellow', NOTE_TEXT, 15_000);
    const { summary } = await findTab(browser, url);
    expect(summary.noteCount).toBe(1);
    expect(summary.orphanIds).toEqual([]);
    expect(summary.placedNotes).toHaveLength(1);
    expect(await bodyUnchangedSinceDomReady(page)).toBe(true);
    await browser.close();

    browser = await launchChromium({ profileDir });
    page = await open(browser, 'article.html');
    await waitForHighlight(page, 'presslight-note-yellow', NOTE_TEXT, 15_000);
    expect((await paintedHighlights(page))['presslight-note-yellow']).toEqual([NOTE_TEXT]);
  });

  it('edits the note from its card, and adds a note on a company from the company’s card', async () => {
    browser = await launchChromium({ profileDir });
    const page = await open(browser, 'article.html');
    await waitForHighlight(page, 'presslight-note-yellow', NOTE_TEXT, 15_000);
    await hover(page, 'private Japanese telcos');
    await clickInPart(page, 'card', 'Edit');
    await page.locator('presslight-ui[data-part="editor"]').waitFor({ state: 'visible' });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(`${NOTE_BODY} (edited)`);
    await page.keyboard.press('Enter');
    await page.locator('presslight-ui[data-part="editor"]').waitFor({ state: 'hidden' });
    await hover(page, 'private Japanese telcos');
    expect(await partText(page, 'card')).toContain(`${NOTE_BODY} (edited)`);
    await page.keyboard.press('Escape');

    await hover(page, 'Verizon');
    await clickInPart(page, 'card', 'Note on Verizon');
    await page.locator('presslight-ui[data-part="editor"]').waitFor({ state: 'visible' });
    await page.keyboard.type('Verizon dropped the deal');
    await page.keyboard.press('Enter');
    await waitForHighlight(page, 'presslight-note-yellow', 'Verizon');
    const { summary } = await findTab(browser, server.url('article.html'));
    expect(summary.noteCount).toBe(2);
    expect(summary.placedNotes).toHaveLength(2);

    // Delete the Verizon note from its card.
    await hover(page, 'Verizon');
    expect(await partText(page, 'card')).toContain('Verizon dropped the deal');
    await clickInPart(page, 'card', 'Delete');
    await expect.poll(async () => (await findTab(browser!, server.url('article.html'))).summary.noteCount).toBe(1);
    expect((await paintedHighlights(page))['presslight-note-yellow']).toEqual([NOTE_TEXT]);
  });

  it('finds the note again after the page is edited, and keeps it as a listed orphan when its text is gone', async () => {
    browser = await launchChromium({ profileDir });
    const url = server.url('article.html');
    server.override('article.html', EDITED);
    let page = await open(browser, 'article.html');
    await expect.poll(() => paintedTexts(page, 'presslight-note-yellow'), { timeout: 15_000 }).toEqual([EDITED_NOTE_TEXT]);
    let { summary } = await findTab(browser, url);
    expect(summary.orphanIds).toEqual([]);
    await page.close();

    server.override('article.html', DELETED);
    page = await open(browser, 'article.html');
    await expect.poll(async () => (await findTab(browser!, url)).summary.orphanIds.length, { timeout: 10_000 }).toBe(1);
    ({ summary } = await findTab(browser, url));
    expect(summary.noteCount).toBe(1);
    expect(summary.placedNotes).toEqual([]);
    expect((await paintedHighlights(page))['presslight-note-yellow']).toBeUndefined();
    // The legend counts the orphan (“?1”) and, opened, says what it means.
    await expect.poll(async () => (await partText(page, 'legend'))?.replace(/\s/g, '')).toContain('?1');
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => partText(page, 'legend')).toContain('1 note could not be found on this page');

    const { tabId } = await findTab(browser, url);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 10_000 }).toContain(NOTE_TEXT);

    // The text comes back: so does the note.
    server.override('article.html', null);
    await page.reload();
    await waitForHighlight(page, 'presslight-note-yellow', NOTE_TEXT, 15_000);
    expect((await findTab(browser, url)).summary.orphanIds).toEqual([]);
  });
});
