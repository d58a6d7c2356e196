// `npm start`: builds the Chrome extension and opens Chromium with it on the bundled demo article.
// With a display, the browser stays open for you; without one, it runs headless, prints what Presslight
// found on the article and where its screenshot is, and exits.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowsers } from './browsers';
import { bin, runCommand } from './run-step';
import { findTab, launchChromium } from '../e2e/support/chromium';
import { startFixtureServer } from '../e2e/support/fixture-server';

const DEMO_ARTICLE = 'article.html';
const SCREENSHOT = resolve('.output/presslight-demo.png');

ensureBrowsers(['chromium']);
if ((await runCommand(bin('wxt'), ['build'])) !== 0) {
  console.error('The build failed; see above.');
  process.exit(1);
}

const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const server = await startFixtureServer('e2e/fixtures', Number(process.env.PORT ?? 0));
const browser = await launchChromium({ headless: !headed, viewport: headed ? null : { width: 1280, height: 1000 } });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const url = server.url(DEMO_ARTICLE);
await page.goto(url);

// The tab answers as soon as its content script runs; the report waits until the page has been read.
let summary = null as Awaited<ReturnType<typeof findTab>>['summary'] | null;
for (let attempt = 0; ; attempt++) {
  summary = await findTab(browser, url).then((found) => found.summary, () => null);
  if (summary?.analyzed) break;
  if (attempt > 150) throw new Error(summary ? 'the demo article was not analysed within 30 s' : 'the demo article did not answer within 30 s');
  await new Promise((done) => setTimeout(done, 200));
}

console.log(`\nPresslight on ${url}`);
console.log(`  Article: ${summary.isArticle ? 'yes' : 'no'} (score ${summary.articleScore.toFixed(2)}) — “${summary.title}”`);
console.log(`  Companies (${summary.companies.length}): ${summary.companies.map((c) => `${c.name} ×${c.mentions}`).join(', ') || 'none'}`);
console.log(`  Quoted people (${summary.people.length}):`);
for (const person of summary.people) {
  console.log(`    ${person.name}${person.role ? `, ${person.role}` : ''}`);
  for (const quote of person.quotes) console.log(`      ${quote.kind === 'direct' ? `“${quote.text}”` : `(reported) ${quote.text}`}`);
}
console.log(`  Notes on this page: ${summary.noteCount}`);

mkdirSync('.output', { recursive: true });
await page.waitForTimeout(300);
await page.screenshot({ path: SCREENSHOT });
console.log(`  Screenshot: ${SCREENSHOT}`);

if (headed) {
  console.log('\nChromium is open with Presslight loaded. Select text to add a note; close the browser to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
  await browser.dispose();
} else {
  console.log('\nNo display: ran headless. Set DISPLAY to open a browser window instead.');
  await browser.dispose();
  await server.close();
}
