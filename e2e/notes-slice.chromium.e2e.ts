import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findTab, launchChromium, newProfileDir, paintedHighlights, type ChromiumWithExtension } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { addNote, waitForHighlight } from './support/reader';
import { rmSync } from 'node:fs';

const SENTENCE = 'Cybersecurity is becoming an important issue in Japan.';
const TITLE = 'Japan Might Be Planning to Boycott Huawei and ZTE Equipment';

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

async function openPopup(b: ChromiumWithExtension, tabId: number) {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('Chromium: a note from selection to popup, across a browser restart', () => {
  it('adds a note through the on-page control and lists it in the popup', async () => {
    browser = await launchChromium({ profileDir });
    const page = await browser.context.newPage();
    const url = server.url('article.html');
    await page.goto(url);
    await expect.poll(() => findTab(browser!, url).then(() => true, () => false), { timeout: 15_000 }).toBe(true);

    await addNote(page, 'blockquote', SENTENCE, 'Suga on cybersecurity');
    await waitForHighlight(page, 'presslight-note-yellow', SENTENCE);

    const { tabId, summary } = await findTab(browser, url);
    expect(summary.noteCount).toBe(1);
    const popup = await openPopup(browser, tabId);
    const note = popup.locator('.note').first();
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain(SENTENCE);
    expect(await note.textContent()).toContain('Suga on cybersecurity');
    await popup.getByRole('tab', { name: 'Library' }).click();
    const libraryNote = popup.locator('.note-row').first();
    await expect.poll(() => libraryNote.textContent(), { timeout: 10_000 }).toContain(SENTENCE);
    expect(await libraryNote.locator('time').count()).toBe(1);
    expect(await popup.locator('.article-row').first().textContent()).toContain(TITLE);
  });

  it('still lists the note and highlights its text after the browser restarts', async () => {
    browser = await launchChromium({ profileDir });
    const page = await browser.context.newPage();
    const url = server.url('article.html');
    await page.goto(url);
    await waitForHighlight(page, 'presslight-note-yellow', SENTENCE, 15_000);
    const painted = await paintedHighlights(page);
    expect(painted['presslight-note-yellow']).toEqual([SENTENCE]);

    const { tabId } = await findTab(browser, url);
    const popup = await openPopup(browser, tabId);
    await popup.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => popup.locator('.note-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('.note-row').first().textContent()).toContain('Suga on cybersecurity');
  });
});
