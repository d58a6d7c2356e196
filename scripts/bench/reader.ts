// `npm run bench -- reader [--runs N]`: the reader in a real browser (Debian's Chromium with the built extension from
// `.output/chrome-mv3`; run `npx wxt build` first). Measures, on the page's own performance timeline:
//  - the seed article: content script start -> highlights painted, and navigation start -> highlights painted;
//  - a generated 50,000-word article: content script start -> text model ready, and -> highlights painted;
//  - long tasks (PerformanceObserver 'longtask') on the 50,000-word page with the extension and, in the same run,
//    without it; the extension's work is told apart by its own `presslight:*` performance measures (a long task
//    counts as the extension's when one of its measures ran inside it);
//  - the same after the page grows (a paragraph appended, as infinite scroll would): the extension's refresh work.
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { findBrowser } from '../browsers.ts';
import { launchChromium, QUIET_CHROMIUM_FLAGS, type ChromiumWithExtension } from '../../e2e/support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../../e2e/support/fixture-server.ts';

const MARKS = { started: 'presslight:started', textModel: 'presslight:text-model-ready', painted: 'presslight:highlights-painted' };
const LONG_PAGE_WORDS = 50_000;

/** A deterministic 50,000-word news article: the seed's sentences, recombined and numbered so no two paragraphs are alike. */
export function longArticleHtml(words = LONG_PAGE_WORDS): string {
  const seed = readFileSync('e2e/fixtures/article.html', 'utf8');
  const head = seed.slice(0, seed.indexOf('<body>'));
  const bodyText = [...seed.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]!);
  const sentences = bodyText.flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);
  let state = 12345;
  const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const n = 3 + Math.floor(random() * 4);
    const chosen: string[] = [`In part ${i + 1} of the report,`];
    for (let k = 0; k < n; k++) chosen.push(sentences[Math.floor(random() * sentences.length)]!);
    chosen.push(`Figures for quarter ${(i % 4) + 1} of ${2000 + (i % 25)} showed ${Math.floor(random() * 900) + 100} million in orders.`);
    const text = chosen.join(' ');
    count += text.split(/\s+/).length;
    paragraphs.push(i % 9 === 4 ? `<blockquote><p>${text}</p></blockquote>` : `<p>${text}</p>`);
  }
  return `${head}<body>
  <header><nav><a href="/">TechWire</a> <a href="/mobile">Mobile</a></nav></header>
  <main><article><h1>Japan Might Be Planning to Boycott Huawei and ZTE Equipment: the Full Report</h1>
  <p class="byline">By Rafia Shaikh</p>
  ${paragraphs.join('\n  ')}
  </article></main>
  <footer><p>© 2018 TechWire Media</p></footer>
</body></html>`;
}

/** Installed before the page's scripts: records long tasks from the start. */
function observeLongWork(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // not supported
  }
}

interface Span {
  start: number;
  duration: number;
}

interface Timeline {
  started: number | null;
  textModel: number | null;
  painted: number | null;
  longTasks: Span[];
  /** The extension's own measured pieces of work (`presslight:*` performance measures). */
  work: (Span & { name: string })[];
}

/** Long tasks during which the extension's measured work ran. */
const overlaps = (task: Span, w: Span) => w.start < task.start + task.duration && w.start + w.duration > task.start;

function tasksWithExtensionWork(t: Pick<Timeline, 'longTasks' | 'work'>): Span[] {
  return t.longTasks.filter((task) => t.work.some((w) => overlaps(task, w)));
}

/**
 * Long tasks the extension made long: over 50 ms with its work, under 50 ms without it. A task in which the
 * browser spends 190 ms on the page (a hover over a 50,000-word page) and a pointer listener of ours 0.2 ms
 * is the page's, not ours.
 */
function tasksMadeLongByExtension(t: Pick<Timeline, 'longTasks' | 'work'>): Span[] {
  return tasksWithExtensionWork(t).filter((task) => {
    const ours = t.work.filter((w) => overlaps(task, w)).reduce((sum, w) => sum + w.duration, 0);
    return task.duration - ours < 50;
  });
}

/** The extension's work inside the longest long task that has any: which pieces, and how much of the task they are. */
function workInLongestTask(t: Pick<Timeline, 'longTasks' | 'work'>): string {
  const task = [...tasksWithExtensionWork(t)].sort((a, b) => b.duration - a.duration)[0];
  if (!task) return '';
  const inside = t.work.filter((w) => overlaps(task, w));
  const total = inside.reduce((sum, w) => sum + w.duration, 0);
  const names = [...new Set(inside.map((w) => w.name.replace('presslight:', '')))].join(', ');
  return `${Math.round(total)} of ${Math.round(task.duration)} ms: ${names}`;
}

async function timeline(page: Page): Promise<Timeline> {
  // No named functions inside: the page runs this source as it is.
  return page.evaluate((marks) => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    return {
      started: performance.getEntriesByName(marks.started)[0]?.startTime ?? null,
      textModel: performance.getEntriesByName(marks.textModel)[0]?.startTime ?? null,
      painted: performance.getEntriesByName(marks.painted)[0]?.startTime ?? null,
      longTasks: [...w.__longTasks],
      work: performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('presslight:'))
        .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
    };
  }, MARKS);
}

async function waitForPainted(page: Page): Promise<void> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.painted, { timeout: 60_000, polling: 50 });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
const f = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(1));

async function openMeasured(context: { newPage(): Promise<Page> }, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(observeLongWork);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Appends a paragraph (as infinite scroll would) and returns the long work seen while the extension catches up. */
async function growPage(page: Page, settleMs: number): Promise<Pick<Timeline, 'longTasks' | 'work'>> {
  const before = await timeline(page);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Later, Huawei said in a statement that “we have never been asked to do anything improper,” according to Reuters.';
    document.querySelector('article')!.append(p);
  });
  await page.waitForTimeout(settleMs);
  const after = await timeline(page);
  return { longTasks: after.longTasks.slice(before.longTasks.length), work: after.work.slice(before.work.length) };
}

export async function run(args: string[]): Promise<void> {
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
  const executablePath = findBrowser('chromium');
  if (!executablePath) {
    console.log('bench reader: Chromium is not installed; skipped.');
    return;
  }
  const server: FixtureServer = await startFixtureServer('e2e/fixtures');
  server.override('bench/long-article.html', longArticleHtml());
  let withExtension: ChromiumWithExtension | null = null;
  let plain: Browser | null = null;
  try {
    withExtension = await launchChromium();
    plain = await chromium.launch({ executablePath, headless: true, args: QUIET_CHROMIUM_FLAGS });
    const plainContext = await plain.newContext({ viewport: { width: 1280, height: 900 } });

    // Warm-up visit (the browser's caches, the extension's service worker).
    await (await openMeasured(withExtension.context, server.url('article.html'))).close();

    const seed: { fromStart: number; fromNavigation: number }[] = [];
    const seedWork = new Map<string, number[]>();
    for (let i = 0; i < runs; i++) {
      const page = await openMeasured(withExtension.context, server.url('article.html'));
      await waitForPainted(page);
      const t = await timeline(page);
      seed.push({ fromStart: t.painted! - t.started!, fromNavigation: t.painted! });
      for (const w of t.work) if (w.start <= t.painted!) seedWork.set(w.name, [...(seedWork.get(w.name) ?? []), w.duration]);
      await page.close();
    }

    const long: { textModel: number; painted: number; longestWork: number; workName: string; taskWithWork: number; taskWork: string; madeLong: number; growWork: number; growTask: number }[] = [];
    const baseline: number[] = [];
    const longUrl = server.url('bench/long-article.html');
    const longest = (spans: Span[]) => max(spans.map((span) => span.duration));
    const byName = new Map<string, number[]>();
    const recordWork = (work: Timeline['work'], suffix: string) => {
      const top = new Map<string, number>();
      for (const w of work) top.set(w.name + suffix, Math.max(top.get(w.name + suffix) ?? 0, w.duration));
      for (const [name, value] of top) byName.set(name, [...(byName.get(name) ?? []), value]);
    };
    for (let i = 0; i < runs; i++) {
      const page = await openMeasured(withExtension.context, longUrl);
      await waitForPainted(page);
      await page.waitForTimeout(1500); // notes, legend, anything after painting
      // The reader moves the pointer over the text: every frame hit-tests the highlights under it.
      for (let k = 0; k < 60; k++) await page.mouse.move(120 + ((k * 37) % 700), 150 + ((k * 53) % 600));
      await page.waitForTimeout(300);
      const t = await timeline(page);
      const grown = await growPage(page, 2500);
      const top = [...t.work].sort((a, b) => b.duration - a.duration)[0];
      recordWork(t.work, ' (load)');
      recordWork(grown.work, ' (after growing)');
      long.push({
        textModel: t.textModel! - t.started!,
        painted: t.painted! - t.started!,
        longestWork: top?.duration ?? 0,
        workName: top?.name ?? '',
        taskWithWork: longest(tasksWithExtensionWork(t)),
        taskWork: workInLongestTask(t),
        madeLong: Math.max(longest(tasksMadeLongByExtension(t)), longest(tasksMadeLongByExtension(grown))),
        growWork: longest(grown.work),
        growTask: longest(tasksWithExtensionWork(grown)),
      });
      await page.close();

      const bare = await openMeasured(plainContext, longUrl);
      await bare.waitForTimeout(2500);
      // The same pointer moves: the browser's own hover work on a page this long makes long tasks too.
      for (let k = 0; k < 60; k++) await bare.mouse.move(120 + ((k * 37) % 700), 150 + ((k * 53) % 600));
      await bare.waitForTimeout(300);
      baseline.push(longest((await timeline(bare)).longTasks));
      await bare.close();
    }

    const words = longArticleHtml().replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    console.log(`Chromium ${executablePath}; ${runs} runs each; times in ms (medians; max over runs in brackets)`);
    console.log('Seed article (e2e/fixtures/article.html):');
    console.log(`  content script start -> highlights painted: ${f(median(seed.map((s) => s.fromStart)))} [max ${f(max(seed.map((s) => s.fromStart)))}]`);
    console.log(`  navigation start -> highlights painted:     ${f(median(seed.map((s) => s.fromNavigation)))} [max ${f(max(seed.map((s) => s.fromNavigation)))}]`);
    console.log(`  of which (each piece, median): ${[...seedWork].map(([name, values]) => `${name.replace('presslight:', '')} ${f(median(values))}`).join(', ')}`);
    console.log(`Generated article (~${words} words in the page):`);
    console.log(`  content script start -> text model ready:   ${f(median(long.map((l) => l.textModel)))} [max ${f(max(long.map((l) => l.textModel)))}]`);
    console.log(`  content script start -> highlights painted: ${f(median(long.map((l) => l.painted)))} [max ${f(max(long.map((l) => l.painted)))}]`);
    const stat = (xs: number[]) => `${f(median(xs))} [max ${f(max(xs))}]`;
    console.log(`  longest piece of extension work (presslight:* measure): ${stat(long.map((l) => l.longestWork))} (${[...new Set(long.map((l) => l.workName))].join(', ')})`);
    console.log(`  longest long task in which extension work ran:         ${stat(long.map((l) => l.taskWithWork))} (0 = none over 50 ms)`);
    for (const [run, l] of long.entries()) if (l.taskWork) console.log(`    run ${run + 1}: our work in it ${l.taskWork}`);
    console.log(`  longest long task the extension made long (under 50 ms without its work): ${stat(long.map((l) => l.madeLong))} (goal: 0)`);
    console.log(`  longest long task, same page and pointer moves without the extension: ${stat(baseline)}`);
    console.log('  longest piece of each kind of extension work:');
    for (const [name, values] of [...byName].sort()) console.log(`    ${name.padEnd(44)} ${stat(values)}`);
    console.log(`  after a paragraph is appended (infinite scroll): longest extension work ${stat(long.map((l) => l.growWork))}, longest long task with extension work ${stat(long.map((l) => l.growTask))}`);
  } finally {
    await withExtension?.dispose();
    await plain?.close();
    await server.close();
  }
}
