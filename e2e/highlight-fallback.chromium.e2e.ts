// The wrapping fallback (for browsers without the CSS Custom Highlight API) in a real browser: the reader, wired as
// the content script wires it, paints the seed article by wrapping text, keeps the page's text, answers hover and
// notes, never loops on its own DOM changes, and unwraps to the exact DOM the page had.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from '../scripts/browsers';
import { QUIET_CHROMIUM_FLAGS } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { missingCompanyMentions, SUGA } from './support/seed';
import { bundleForPage } from './support/page-bundle';
import { addNote } from './support/reader';
import { partText, partVisible, textCenter } from './reader-helpers';

const NOTE_QUOTE = 'Cybersecurity is becoming an important issue in Japan.';

interface Harness {
  mode: string;
  errors: string[];
  started: Promise<unknown>;
  refreshes(): number;
  toggleHighlights(): boolean;
  stop(): void;
}

let server: FixtureServer;
let browser: Browser;
let harnessScript: string;

beforeAll(async () => {
  server = await startFixtureServer('e2e/fixtures');
  harnessScript = await bundleForPage('e2e/support/wrap-harness.ts');
  // A browser without the extension: the harness is the only Presslight on the page.
  browser = await chromium.launch({ executablePath: findBrowser('chromium')!, headless: true, args: QUIET_CHROMIUM_FLAGS });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Texts of the wrappers of each kind, adjacent pieces of one highlight joined. */
async function wrappedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    let previous: Element | null = null;
    for (const mark of document.querySelectorAll('presslight-mark')) {
      const kind = mark.getAttribute('data-kind')!;
      const list = (result[kind] ??= []);
      const joined = previous?.getAttribute('data-kind') === kind && previous.nextSibling === null && mark.previousSibling === null;
      if (joined && list.length) list[list.length - 1] += mark.textContent ?? '';
      else list.push(mark.textContent ?? '');
      previous = mark;
    }
    return result;
  });
}

async function openWithHarness(): Promise<{ page: Page; bodyBefore: string; textBefore: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url('article.html'));
  const bodyBefore = await page.evaluate(() => document.body.innerHTML);
  const textBefore = await page.evaluate(() => document.body.textContent ?? '');
  await page.addScriptTag({ content: harnessScript });
  await page.evaluate(() => (window as unknown as { presslightHarness: Harness }).presslightHarness.started);
  await page.waitForSelector('presslight-mark[data-kind="person"]', { timeout: 15_000 });
  return { page, bodyBefore, textBefore };
}

const harness = <T>(page: Page, use: (h: Harness) => T) =>
  page.evaluate((source) => new Function('h', `return (${source})(h)`)((window as unknown as { presslightHarness: Harness }).presslightHarness), use.toString()) as Promise<Awaited<T>>;

describe('Chromium: the wrapping fallback on the seed article', () => {
  it('wraps the expected companies, Suga and his quotes in the article only, keeping the page’s text', async () => {
    const { page, textBefore } = await openWithHarness();
    expect(await harness(page, (h) => h.mode)).toBe('wrap');
    const wrapped = await wrappedTexts(page);
    expect(missingCompanyMentions(wrapped.company ?? []), JSON.stringify(wrapped.company)).toEqual([]);
    expect(wrapped.person).toEqual(SUGA.mentions);
    expect(new Set(wrapped.quote)).toEqual(new Set(SUGA.quotes.map((quote) => quote.text)));
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('presslight-mark')].filter((mark) => !mark.closest('article') || mark.closest('nav, header, footer, aside, .comments')).length,
    );
    expect(outside).toBe(0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);
    // Painted: a company's wrapper has a fill.
    const fill = await page.evaluate(() => getComputedStyle(document.querySelector('presslight-mark[data-kind="company"]')!).backgroundColor);
    expect(fill).not.toBe('rgba(0, 0, 0, 0)');
    // Its own DOM changes do not send the reader round again.
    await page.waitForTimeout(1500);
    expect(await harness(page, (h) => h.refreshes())).toBe(0);
    expect(await harness(page, (h) => h.errors)).toEqual([]);
    await page.close();
  });

  it('shows Suga’s card on hover (hit-testing the wrapped text), hides and shows everything, and takes a note', async () => {
    const { page } = await openWithHarness();
    const point = await textCenter(page, 'article', 'Yoshihide Suga');
    await page.mouse.move(point.x - 30, point.y - 200);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => partVisible(page, 'card')).toBe(true);
    expect(await partText(page, 'card')).toContain(SUGA.role);
    await page.keyboard.press('Escape');
    await expect.poll(() => partVisible(page, 'card')).toBe(false);

    // Toggled off (the shortcut's action): the wrappers stay, unpainted.
    expect(await harness(page, (h) => h.toggleHighlights())).toBe(false);
    const hiddenFill = await page.evaluate(() => getComputedStyle(document.querySelector('presslight-mark[data-kind="company"]')!).backgroundColor);
    expect(hiddenFill).toBe('rgba(0, 0, 0, 0)');
    expect(await harness(page, (h) => h.toggleHighlights())).toBe(true);

    await addNote(page, 'blockquote', NOTE_QUOTE, 'Suga on cybersecurity');
    await page.waitForFunction(
      (quote) => [...document.querySelectorAll('presslight-mark')].some((mark) => mark.getAttribute('data-kind')!.startsWith('note') && quote.startsWith(mark.textContent ?? '')),
      NOTE_QUOTE,
    );
    expect(await harness(page, (h) => h.errors)).toEqual([]);
    await page.close();
  });

  it('unwraps to exactly the DOM the page had', async () => {
    const { page, bodyBefore } = await openWithHarness();
    expect(await page.evaluate(() => document.body.innerHTML)).not.toBe(bodyBefore);
    await harness(page, (h) => h.stop());
    expect(await page.evaluate(() => document.querySelectorAll('presslight-mark').length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
    await page.close();
  });
});
