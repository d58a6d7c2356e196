import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findTab, launchChromium, tabRequest, paintedHighlights, type ChromiumWithExtension } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { missingCompanyMentions, SEED, SUGA } from './support/seed';
import { waitForHighlight } from './support/reader';
import { bodyUnchangedSinceDomReady, clickInPart, paintedPlaces, partText, partVisible, snapshotBodyAtDomReady, textCenter } from './reader-helpers';


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

async function openSeed(): Promise<Page> {
  const page = await browser.context.newPage();
  await snapshotBodyAtDomReady(page);
  await page.goto(server.url('article.html'));
  await waitForHighlight(page, 'presslight-person', 'Yoshihide Suga', 15_000);
  return page;
}

describe('Chromium: entity highlights on the seed article', () => {
  it('highlights the expected companies, Suga and his quotes in the article body only, without changing the page’s DOM', async () => {
    const page = await openSeed();
    const painted = await paintedHighlights(page);
    const companyTexts = painted['presslight-company'] ?? [];
    expect(missingCompanyMentions(companyTexts), JSON.stringify(companyTexts)).toEqual([]);
    expect(painted['presslight-person']).toEqual(SUGA.mentions);
    expect(new Set(painted['presslight-quote'])).toEqual(new Set(SUGA.quotes.map((quote) => quote.text)));

    const everyText = Object.values(painted).flat().join(' | ');
    for (const name of [...SEED.notHighlighted['outside the article body']!, ...SEED.notHighlighted['people who are not quoted']!]) {
      if (name.includes('(')) continue;
      expect(everyText, `${name} must not be highlighted`).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
    for (const place of await paintedPlaces(page)) {
      expect(place.inside, `${place.name} “${place.text}”`).toBe('article');
    }
    expect(await bodyUnchangedSinceDomReady(page)).toBe(true);
    await page.close();
  });

  it('shows Suga’s card with his role and quotes on hover; a quote in it scrolls to the quote; Escape closes it', async () => {
    const page = await openSeed();
    const point = await textCenter(page, 'article', 'Yoshihide Suga');
    await page.mouse.move(point.x - 30, point.y - 200);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => partVisible(page, 'card'), { timeout: 5_000 }).toBe(true);
    const text = (await partText(page, 'card'))!;
    expect(text).toContain('Yoshihide Suga');
    expect(text).toContain(SUGA.role);
    for (const quote of SUGA.quotes) expect(text).toContain(quote.text.slice(0, 60));

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.mouse.move(point.x, point.y);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The card is placed near the name: hover it again, then click the direct quote in the card.
    const again = await textCenter(page, 'article', 'Yoshihide Suga');
    await page.mouse.move(again.x, again.y, { steps: 2 });
    await expect.poll(() => partVisible(page, 'card'), { timeout: 5_000 }).toBe(true);
    await clickInPart(page, 'card', 'Cybersecurity is becoming');
    await waitForHighlight(page, 'presslight-focus', 'Cybersecurity is becoming an important issue');
    expect(await partVisible(page, 'card')).toBe(false);
    await page.waitForTimeout(800); // the smooth scroll to the quote settles

    const company = await textCenter(page, 'article', 'Verizon');
    await page.mouse.move(company.x, company.y, { steps: 3 });
    await expect.poll(() => partText(page, 'card'), { timeout: 5_000 }).toContain('Verizon');
    expect(await partText(page, 'card')).toContain('Mentioned once');
    await page.keyboard.press('Escape');
    await expect.poll(() => partVisible(page, 'card')).toBe(false);
    expect(await bodyUnchangedSinceDomReady(page)).toBe(true);
    await page.close();
  });

  it('reaches highlights from the keyboard: Alt+Shift+L opens the legend, Next opens the first highlight’s card with focus, Escape closes it', async () => {
    const page = await openSeed();
    await expect.poll(() => partVisible(page, 'legend')).toBe(true);
    const pill = (await partText(page, 'legend'))!;
    expect(pill).toMatch(/^P 8 1 2 0/);
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => partText(page, 'legend')).toContain('Companies');
    const legend = (await partText(page, 'legend'))!;
    expect(legend).toContain('Companies 8');
    expect(legend).toContain('Officials 1');
    expect(legend).toContain('Quotes 2');
    // Focus is on the first toggle: Tab to "Next".
    for (let i = 0; i < 2; i++) await page.keyboard.press('Tab');
    // The same shortcut may also arrive late as the browser's `focus-legend` command: it must not pull focus back.
    const { tabId } = await findTab(browser, server.url('article.html'));
    await tabRequest(browser, tabId, 'page.command', { command: 'focus-legend' });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => partVisible(page, 'card')).toBe(true);
    expect(await partText(page, 'card')).toContain('ZTE');
    const focusedPart = await page.evaluate(() => document.activeElement?.getAttribute('data-part'));
    expect(focusedPart).toBe('card');
    await page.keyboard.press('Escape');
    await expect.poll(() => partVisible(page, 'card')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-part'))).toBe('legend');

    // The toggle for companies hides them (and only them).
    await clickInPart(page, 'legend', 'Companies');
    await expect.poll(async () => (await paintedHighlights(page))['presslight-company']?.length ?? 0).toBe(0);
    expect((await paintedHighlights(page))['presslight-person']).toEqual(SUGA.mentions);
    await page.close();
  });

  it('turns off on a site from the legend, stays off after a reload, and comes back when switched on in settings', async () => {
    const page = await openSeed();
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => partText(page, 'legend')).toContain('Off on 127.0.0.1');
    await clickInPart(page, 'legend', 'Off on 127.0.0.1');
    await expect.poll(async () => Object.keys(await paintedHighlights(page))).toEqual([]);
    expect(await partVisible(page, 'legend')).toBe(false);
    await expect.poll(() => partText(page, 'toast')).toContain('Presslight is off on 127.0.0.1');

    await page.reload();
    await expect.poll(() => findTab(browser, server.url('article.html')).then(() => true, () => false), { timeout: 15_000 }).toBe(true);
    await page.waitForTimeout(500);
    expect(await paintedHighlights(page)).toEqual({});
    expect(await partVisible(page, 'legend')).toBe(false);

    // Switched on again where settings live (the popup and options page write the same storage).
    await browser.serviceWorker.evaluate(async () => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { disabledSites?: string[] }>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      const key = 'presslight.settings';
      const current = (await storage.get(key))[key] ?? {};
      await storage.set({ [key]: { ...current, disabledSites: [] } });
    });
    await waitForHighlight(page, 'presslight-person', 'Yoshihide Suga', 10_000);
    await page.close();
  });

  it('highlights nothing on the front page', async () => {
    const page = await browser.context.newPage();
    await snapshotBodyAtDomReady(page);
    const url = server.url('front-page.html');
    await page.goto(url);
    await expect.poll(() => findTab(browser, url).then(() => true, () => false), { timeout: 15_000 }).toBe(true);
    const { summary } = await findTab(browser, url);
    expect(summary.isArticle).toBe(false);
    expect(await paintedHighlights(page)).toEqual({});
    expect(await partVisible(page, 'legend')).toBe(false);
    expect(await bodyUnchangedSinceDomReady(page)).toBe(true);
    await page.close();
  });

  it('reads a block quote without quotation marks as the words of the person who introduces it, not a tip set off the same way', async () => {
    const page = await browser.context.newPage();
    await snapshotBodyAtDomReady(page);
    await page.goto(server.url('reader/block-quote.html'));
    await waitForHighlight(page, 'presslight-person', 'Dana Whitfield', 15_000);
    const painted = await paintedHighlights(page);
    expect(new Set(painted['presslight-quote'])).toEqual(
      new Set([
        'We have waited two years for this capacity. Moving containers at night takes trucks off the coast road when people drive to work.',
        'The first trains will leave the terminal at ten in the evening, and we expect to double that by the summer.',
      ]),
    );
    const point = await textCenter(page, 'article', 'Dana Whitfield');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => partText(page, 'card'), { timeout: 5_000 }).toContain('the railway’s chief operating officer');
    expect(await partText(page, 'card')).toContain('We have waited two years');
    expect(await bodyUnchangedSinceDomReady(page)).toBe(true);
    await page.close();
  });
});
