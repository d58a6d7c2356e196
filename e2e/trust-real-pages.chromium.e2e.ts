// Real pages, in Chromium with Presslight: no exception or console error from the extension, the page's body
// exactly as parsed, and the time Presslight takes on each. Uses ../shared's labelled pages when present (a
// sample of PRESSLIGHT_REAL_PAGES, default 500), else the pages kept in the repository. Pages' own scripts are
// off (content scripts still run), so each page is compared with the same page parsed in a browser without
// Presslight: any difference would be Presslight's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { findBrowser } from '../scripts/browsers';
import { findTab, launchChromium, QUIET_CHROMIUM_FLAGS, tabSummary, type ChromiumWithExtension } from './support/chromium';
import { evaluateRaw, watchErrors } from './support/extension-errors';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

const SHARED = '../shared/data/articles';
const REPO_PAGES = 'e2e/fixtures';

function pagesToVisit(): { root: string; paths: string[]; source: string } {
  const wanted = Number(process.env.PRESSLIGHT_REAL_PAGES ?? 500);
  if (existsSync(join(SHARED, 'wcxb-dev/labels.json'))) {
    const readability = readdirSync(join(SHARED, 'readability'))
      .filter((dir) => existsSync(join(SHARED, 'readability', dir, 'source.html.gz')))
      .map((dir) => `readability/${dir}/source.html.gz`);
    const wcxb = Object.keys(JSON.parse(readFileSync(join(SHARED, 'wcxb-dev/labels.json'), 'utf8')) as Record<string, unknown>)
      .sort()
      .map((id) => `wcxb-dev/html/${id}.html.gz`);
    const fromReadability = Math.min(readability.length, Math.ceil(wanted / 4));
    const fromWcxb = wanted - fromReadability;
    const step = Math.max(1, Math.floor(wcxb.length / Math.max(1, fromWcxb)));
    const sample = wcxb.filter((_, i) => i % step === 0).slice(0, fromWcxb);
    return {
      root: SHARED,
      paths: [...readability.slice(0, fromReadability), ...sample],
      source: `${SHARED} (${fromReadability} of Readability's test pages, one WCXB page in ${step})`,
    };
  }
  const fixtures = readdirSync(REPO_PAGES).filter((file) => file.endsWith('.html'));
  return { root: REPO_PAGES, paths: fixtures, source: `${REPO_PAGES} (no ${SHARED} here)` };
}

const { root, paths, source } = pagesToVisit();
let server: FixtureServer;
let browser: ChromiumWithExtension;
let baseline: Browser;

beforeAll(async () => {
  console.log(`Visiting ${paths.length} pages from ${source}`);
  server = await startFixtureServer(root);
  browser = await launchChromium({ javaScriptEnabled: false });
  baseline = await chromium.launch({ executablePath: findBrowser('chromium')!, headless: true, args: QUIET_CHROMIUM_FLAGS });
  // The pages' own references to the internet go nowhere.
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
});
afterAll(async () => {
  await baseline?.close();
  await browser?.dispose();
  await server?.close();
});

describe(`real pages (${paths.length})`, () => {
  it('Presslight throws nothing, logs no error and leaves every page’s body as parsed', { timeout: 30 * 60_000 }, async () => {
    const baselineContext = await baseline.newContext({ javaScriptEnabled: false });
    await baselineContext.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const plainPage = await baselineContext.newPage();
    const page = await browser.context.newPage();
    const errors = await watchErrors(browser.context, page, browser.extensionId);
    await page.goto(server.url(paths[0]!), { waitUntil: 'domcontentloaded' });
    let tabId = -1;
    for (let attempt = 0; tabId < 0; attempt++) {
      tabId = await findTab(browser, server.url(paths[0]!)).then(
        (found) => found.tabId,
        (error) => {
          if (attempt > 200) throw error;
          return -1;
        },
      );
      if (tabId < 0) await page.waitForTimeout(100);
    }
    const problems: string[] = [];
    const times: number[] = [];
    const unready: string[] = [];
    for (const path of paths) {
      const url = server.url(path);
      errors.fromExtension.length = 0;
      const started = Date.now();
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => {});
      let ready = false;
      for (let attempt = 0; attempt < 400 && !ready; attempt++) {
        ready = (await tabSummary(browser, tabId))?.address === url;
        if (!ready) await page.waitForTimeout(40);
      }
      times.push(Date.now() - started);
      if (!ready) unready.push(path);
      const withPresslight = await evaluateRaw<string>(browser.context, page, 'document.body ? document.body.innerHTML : ""');
      await plainPage.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => {});
      const asParsed = await evaluateRaw<string>(baselineContext, plainPage, 'document.body ? document.body.innerHTML : ""');
      if (withPresslight !== asParsed) problems.push(`${path}: body differs from the page without Presslight`);
      if (errors.fromExtension.length > 0) problems.push(`${path}: ${errors.fromExtension.join(' | ')}`);
    }
    await errors.stop();
    await baselineContext.close();
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    console.log(`${paths.length} pages: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms from navigation to Presslight ready; ${unready.length} never ready${unready.length ? `: ${unready.join(', ')}` : ''}`);
    expect(problems).toEqual([]);
    expect(unready).toEqual([]);
  });
});
