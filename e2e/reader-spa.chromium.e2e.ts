import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findTab, launchChromium, paintedHighlights, type ChromiumWithExtension } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { addNote, waitForHighlight } from './support/reader';

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

const painted = async (page: Page, kind: string) => (await paintedHighlights(page))[`presslight-${kind}`] ?? [];

async function summaryOf(url: string) {
  await expect.poll(() => findTab(browser, url).then(() => true, () => false), { timeout: 15_000 }).toBe(true);
  return (await findTab(browser, url)).summary;
}

describe('Chromium: a single-page app that swaps stories with history.pushState', () => {
  it('gives each story its own highlights and notes, including paragraphs that load late', async () => {
    const page = await browser.context.newPage();
    const huaweiUrl = server.url('reader/spa.html');
    const sonyUrl = server.url('reader/sony-forecast');
    await page.goto(huaweiUrl);
    await waitForHighlight(page, 'presslight-person', 'Yoshihide Suga', 15_000);
    expect(await painted(page, 'company')).toEqual(expect.arrayContaining(['ZTE', 'Huawei', 'Verizon', 'Reuters']));
    expect((await summaryOf(huaweiUrl)).people.map((person) => person.name)).toEqual(['Yoshihide Suga']);

    await page.getByRole('link', { name: 'Sony forecast' }).click();
    expect(page.url()).toBe(sonyUrl);
    await waitForHighlight(page, 'presslight-person', 'Hiroki Totoki', 15_000);
    await expect.poll(() => painted(page, 'company')).toContain('Sony Group');
    expect((await painted(page, 'company')).join(' ')).not.toMatch(/Huawei|ZTE|Verizon/);
    expect((await painted(page, 'person')).every((text) => /Totoki/.test(text))).toBe(true);
    const sony = await summaryOf(sonyUrl);
    expect(sony.title).toBe('Sony Raises Its Forecast as Image Sensor Demand Grows');
    expect(sony.people).toEqual([expect.objectContaining({ name: 'Hiroki Totoki', role: 'Sony’s chief financial officer' })]);

    // The late paragraphs: a new company and a new quote appear when their text does.
    await waitForHighlight(page, 'presslight-quote', 'Our balance sheet has never been stronger', 15_000);
    await expect.poll(async () => (await summaryOf(sonyUrl)).companies.map((company) => company.name)).toEqual(['Sony Group', 'Panasonic Holdings']);
    await expect.poll(() => painted(page, 'company')).toContain('Panasonic Holdings');
    expect((await painted(page, 'company')).join(' ')).not.toMatch(/Samsung|Google|Amazon|Netflix|Apple/);

    await addNote(page, 'article', 'a record holiday season', 'Gaming slows');
    await waitForHighlight(page, 'presslight-note-yellow', 'a record holiday season');
    expect((await summaryOf(sonyUrl)).noteCount).toBe(1);

    await page.goBack();
    expect(page.url()).toBe(huaweiUrl);
    await waitForHighlight(page, 'presslight-person', 'Yoshihide Suga', 15_000);
    await expect.poll(() => painted(page, 'note-yellow')).toEqual([]);
    expect(await painted(page, 'company')).not.toContain('Sony Group');
    const huawei = await summaryOf(huaweiUrl);
    expect(huawei.noteCount).toBe(0);
    expect(huawei.people.map((person) => person.name)).toEqual(['Yoshihide Suga']);

    await page.goForward();
    await waitForHighlight(page, 'presslight-note-yellow', 'a record holiday season', 15_000);
    await waitForHighlight(page, 'presslight-person', 'Hiroki Totoki', 15_000);
  });
});
