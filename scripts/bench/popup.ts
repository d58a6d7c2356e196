// `npm run bench -- popup [--notes N] [--articles N] [--opens N]`: the popup with a large library, in Chromium with
// the built extension (run `npx wxt build` first). Seeds N notes over N articles through the background's import,
// then measures, next to an empty popup in the same run: first render after open (This page and Library), search
// latency per keystroke, frame times while scrolling the Library; and the export → import round trip (time and
// deep equality) into a second, empty profile.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, findTab, launchChromium, type ChromiumWithExtension } from '../../e2e/support/chromium.ts';
import { startFixtureServer } from '../../e2e/support/fixture-server.ts';
import { makeLibrary } from '../../utils/export/sample-library.ts';
import { libraryFileText, toLibraryFile, type ExportedNote } from '../../utils/export/library-file.ts';
import type { SavedPage } from '../../utils/db/saved-page.ts';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SEARCH_TEXT = 'huawei network';


function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

/** Sends a request to the background from an extension page, as the popup does. */
async function request<T>(page: Page, type: string, params: unknown): Promise<T> {
  const reply = (await page.evaluate(({ type, params }) => chrome.runtime.sendMessage({ type, params }), { type, params })) as
    | { ok: true; value: T }
    | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value;
}

/**
 * Times the export as the popup does it, inside the page: the `library.export` request and the file's text, written
 * by `libraryFileText` itself (passed in as source) (the CDP transfer to this script, needed for the equality check,
 * is not timed). Leaves the text in `window`.
 */
async function timedExport(page: Page): Promise<number> {
  return page.evaluate(async (fileText) => {
    // (tsx names functions with an `__name` helper that the page lacks.)
    const write = new Function('__name', `return (${fileText})`)((f: unknown) => f) as (file: object) => string;
    const start = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'library.export', params: {} })) as { ok: boolean; value: { notes: unknown[]; pages: unknown[] } };
    if (!reply.ok) throw new Error('export failed');
    const text = write({ format: 'presslight-library', version: 1, exportedAt: new Date().toISOString(), ...reply.value });
    (window as unknown as { exported: string }).exported = text;
    return performance.now() - start;
  }, libraryFileText.toString());
}

/**
 * The baseline for an import on this machine, now: the same notes put into a scratch IndexedDB database of the
 * extension's origin as the plain design stores them (one record per note, indexed by page), in one transaction,
 * with no code of ours around it. Presslight stores one record per page (utils/db/note-store.ts).
 */
async function oneRecordPerNotePut(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const file = JSON.parse((window as unknown as { importing: string }).importing) as { notes: { id: string; page: string }[] };
    const name = `bench-baseline-${Date.now()}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('notes', { keyPath: 'id' }).createIndex('page', 'page');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('notes', 'readwrite');
      const store = transaction.objectStore('notes');
      for (const note of file.notes) store.put(note);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    const elapsed = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase(name);
    return elapsed;
  });
}

/** Times `library.import` of a text already in the page (as after `File.text()`); returns the time and the reply. */
async function timedImport(page: Page, text: string): Promise<{ ms: number; added: number }> {
  await page.evaluate((value) => {
    (window as unknown as { importing: string }).importing = value;
  }, text);
  return page.evaluate(async () => {
    const start = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'library.import', params: { text: (window as unknown as { importing: string }).importing } })) as {
      ok: boolean;
      value?: { ok: boolean; report?: { notesAdded: number } };
    };
    return { ms: performance.now() - start, added: reply.value?.report?.notesAdded ?? -1 };
  });
}

/** Milliseconds from navigation start to the popup's first render with data, over `opens` fresh opens. */
async function firstRenders(browser: ChromiumWithExtension, query: string, opens: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < opens; i++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?${query}`);
    await page.waitForFunction(() => performance.getEntriesByName('presslight:first-render').length > 0, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('presslight:first-render')[0]!.startTime));
    await page.close();
  }
  return times;
}

/** Types the search one key at a time, waiting for each result; returns each keystroke's input-to-render time. */
async function searchLatencies(page: Page, text: string): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search notes' });
  await box.click();
  await box.fill('');
  await page.evaluate(() => performance.clearMeasures('presslight:search'));
  for (let i = 0; i < text.length; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('presslight:search').length);
    await page.keyboard.type(text[i]!);
    await page.waitForFunction((n) => performance.getEntriesByName('presslight:search').length > n, before, { timeout: 30_000 }).catch(() => {});
  }
  const durations = await page.evaluate(() => performance.getEntriesByName('presslight:search').map((entry) => entry.duration));
  await box.fill('');
  return durations;
}

/** Scrolls the Library list frame by frame; returns frame intervals and the most rows ever in the DOM. */
async function scrollFrames(page: Page, frames: number): Promise<{ intervals: number[]; maxRows: number; total: number }> {
  return page.evaluate(async (count) => {
    const scroller = document.querySelector<HTMLElement>('.virtual');
    if (!scroller) return { intervals: [], maxRows: 0, total: 0 };
    const intervals: number[] = [];
    let maxRows = 0;
    let last = await new Promise<number>((done) => requestAnimationFrame(done));
    for (let i = 0; i < count; i++) {
      scroller.scrollTop += 240;
      scroller.dispatchEvent(new Event('scroll'));
      const now = await new Promise<number>((done) => requestAnimationFrame(done));
      intervals.push(now - last);
      last = now;
      maxRows = Math.max(maxRows, scroller.querySelectorAll('[data-row]').length);
    }
    const total = Number(scroller.querySelector('[role="list"]')?.querySelectorAll('[data-row]')[0]?.getAttribute('aria-setsize') ?? 0);
    return { intervals, maxRows, total };
  }, frames);
}

/** Which key of SEARCH_TEXT was slowest, e.g. ` ; slowest "h"`. */
function slowestKey(durations: number[]): string {
  if (durations.length !== SEARCH_TEXT.length) return '';
  const at = durations.indexOf(Math.max(...durations));
  return `; slowest: ${JSON.stringify(SEARCH_TEXT.slice(0, at + 1))}`;
}

async function measureViews(browser: ChromiumWithExtension, tabId: number, opens: number, label: string) {
  const pageView = await firstRenders(browser, `tab=${tabId}`, opens);
  const library = await firstRenders(browser, 'view=library', opens);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=library`);
  await popup.waitForFunction(() => performance.getEntriesByName('presslight:first-render').length > 0, null, { timeout: 30_000 });
  const search = await searchLatencies(popup, SEARCH_TEXT);
  const scroll = await scrollFrames(popup, 120);
  await popup.close();
  console.log(
    `${label.padEnd(8)} first render: This page ${ms(median(pageView))} (first open ${ms(pageView[0]!)}), Library ${ms(median(library))} (first open ${ms(library[0]!)}); ` +
      `search per keystroke median ${ms(median(search))}, max ${ms(Math.max(...search))} (${search.length} keys${slowestKey(search)}); ` +
      (scroll.intervals.length ? `scroll frame p95 ${ms(percentile(scroll.intervals, 0.95))}, rows in DOM ≤ ${scroll.maxRows}` : 'no list to scroll'),
  );
  return { pageView, library, search, scroll };
}

export async function run(args: string[]): Promise<void> {
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) {
    console.log(`bench popup: no Chrome build in ${CHROME_BUILD}; run \`npx wxt build\` first. Skipped.`);
    return;
  }
  const noteCount = option(args, '--notes', 10_000);
  const articleCount = option(args, '--articles', 1000);
  const opens = option(args, '--opens', 5);
  const library = makeLibrary(noteCount, articleCount);
  const fileText = libraryFileText(toLibraryFile(library.notes, library.pages));
  console.log(`bench popup: ${noteCount} notes over ${articleCount} articles (${(fileText.length / 1e6).toFixed(1)} MB of JSON); ${opens} opens per view; Chromium, headless.`);
  // Absolute times depend on what else the machine runs; the ratios to the empty popup much less.
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);

  const buildDir = mkdtempSync(join(tmpdir(), 'presslight-build-'));
  cpSync(CHROME_BUILD, buildDir, { recursive: true });
  const server = await startFixtureServer('e2e/fixtures');
  const browser = await launchChromium({ extensionDir: buildDir });
  let other: ChromiumWithExtension | null = null;
  try {
    const article = await browser.context.newPage();
    const url = server.url('article.html');
    await article.goto(url);
    let tabId = -1;
    for (let tries = 0; tries < 75 && tabId < 0; tries++) {
      tabId = await findTab(browser, url).then((found) => found.tabId, () => -1);
      if (tabId < 0) await new Promise((done) => setTimeout(done, 200));
    }
    if (tabId < 0) throw new Error('the fixture article did not answer');

    const empty = await measureViews(browser, tabId, opens, 'empty');

    const control = await browser.context.newPage();
    await control.goto(`chrome-extension://${browser.extensionId}/popup.html?view=transfer`);
    const seeded = await timedImport(control, fileText);
    if (seeded.added !== noteCount) throw new Error(`seeding failed: ${seeded.added} notes added`);
    console.log(`seeded   ${noteCount} notes through library.import in ${ms(seeded.ms)}`);

    const full = await measureViews(browser, tabId, opens, 'seeded');
    console.log(
      `ratio    seeded/empty: This page first render ${ratio(median(full.pageView), median(empty.pageView))}, Library first render ${ratio(median(full.library), median(empty.library))}, ` +
        `search ${ratio(median(full.search), median(empty.search))}`,
    );
    const goals = [
      [`Library first render ≤ 150 ms (median ${ms(median(full.library))})`, median(full.library) <= 150],
      [`This page first render ≤ 150 ms (median ${ms(median(full.pageView))})`, median(full.pageView) <= 150],
      [`search ≤ 30 ms per keystroke (median ${ms(median(full.search))}, max ${ms(Math.max(...full.search))})`, Math.max(...full.search) <= 30],
      [`only visible rows rendered (${full.scroll.maxRows} of ${full.scroll.total})`, full.scroll.maxRows < 60],
    ] as const;

    // Export → import round trip into an empty profile.
    const exportMs = await timedExport(control);
    const exportText = await control.evaluate(() => (window as unknown as { exported: string }).exported);
    const exported = JSON.parse(exportText) as { notes: ExportedNote[]; pages: SavedPage[] };
    await browser.close();
    other = await launchChromium({ extensionDir: buildDir });
    const target = await other.context.newPage();
    await target.goto(`chrome-extension://${other.extensionId}/popup.html?view=transfer`);
    const imported = await timedImport(target, exportText);
    const importMs = imported.ms;
    const baselineMs = await oneRecordPerNotePut(target);
    const again = await request<{ notes: ExportedNote[]; pages: SavedPage[] }>(target, 'library.export', {});
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const byUrl = (a: SavedPage, b: SavedPage) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
    const equalNotes = isDeepStrictEqual([...again.notes].sort(byId), [...exported.notes].sort(byId));
    const equalPages = isDeepStrictEqual([...again.pages].sort(byUrl), [...exported.pages].sort(byUrl));
    const equalToSource = isDeepStrictEqual(
      [...again.notes].sort(byId),
      [...library.notes].sort(byId).map(({ words: _words, ...note }) => note),
    );
    const roundTripMs = exportMs + importMs;
    console.log(
      `round    export ${ms(exportMs)} + import ${ms(importMs)} = ${ms(roundTripMs)}; ${imported.added} notes imported; ` +
        `deep-equal: notes ${equalNotes}, saved articles ${equalPages}, notes vs generated source ${equalToSource}`,
    );
    console.log(
      `baseline the same notes put straight into IndexedDB one record per note (one transaction, no code of ours): ${ms(baselineMs)}; ` +
        `our whole import / that put alone ${ratio(importMs, baselineMs)}`,
    );
    const allGoals = [...goals, [`round trip lossless and ≤ 2 s (${ms(roundTripMs)})`, equalNotes && equalPages && roundTripMs <= 2000] as const];
    for (const [text, met] of allGoals) console.log(`${met ? 'met   ' : 'MISSED'} ${text}`);
  } finally {
    await other?.dispose();
    await browser.dispose();
    await server.close();
    rmSync(buildDir, { recursive: true, force: true });
  }
}
