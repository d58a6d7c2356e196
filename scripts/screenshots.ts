// `npx tsx scripts/screenshots.ts`: a PNG of each popup view (and the options page), light and dark, into
// docs/screenshots/, from the built extension (`npx wxt build` first) in Chromium with notes on the two fixture
// articles. Builds nothing; changes nothing outside docs/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, findTab, launchChromium, type ChromiumWithExtension } from '../e2e/support/chromium.ts';
import { startFixtureServer } from '../e2e/support/fixture-server.ts';
import { addNote, waitForHighlight } from '../e2e/support/reader.ts';

const OUT = 'docs/screenshots';
const POPUP_SIZE = { width: 420, height: 580 };
/** The popup's save button: "Save again" once a note has saved the article. */
const SAVE_BUTTON = { name: /^Save (?:article|again)$/ };

async function waitForTab(browser: ChromiumWithExtension, url: string): Promise<number> {
  for (let tries = 0; tries < 100; tries++) {
    const found = await findTab(browser, url).catch(() => null);
    if (found) return found.tabId;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no content script answered on ${url}`);
}

async function annotate(browser: ChromiumWithExtension, url: string, notes: { selector: string; text: string; body: string }[]): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await waitForTab(browser, url);
  for (const note of notes) {
    await addNote(page, note.selector, note.text, note.body);
    await waitForHighlight(page, 'presslight-note-yellow', note.text);
  }
  return tabId;
}

async function shoot(page: Page, name: string): Promise<string> {
  const path = `${OUT}/${name}.png`;
  await page.waitForTimeout(300);
  await page.screenshot({ path });
  return path;
}

async function main(): Promise<void> {
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) {
    console.error(`No Chrome build in ${CHROME_BUILD}: run \`npx wxt build\` first.`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer('e2e/fixtures');
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    await annotate(browser, server.url('article.html'), [
      { selector: 'blockquote', text: 'Cybersecurity is becoming an important issue in Japan.', body: 'Suga on cybersecurity' },
      { selector: 'article', text: 'will cease purchases from Huawei and ZTE', body: 'The actual decision, per Reuters' },
    ]);
    const tabId = await annotate(browser, server.url('popup/chip-export-article.html'), [
      { selector: 'article', text: 'We have carefully weighed the security risks', body: 'Dutch position on export licences' },
    ]);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await browser.context.newPage();
      await popup.setViewportSize(POPUP_SIZE);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.this-page').waitFor();
      if (scheme === 'light') {
        await popup.getByRole('button', SAVE_BUTTON).click();
        const other = await browser.context.newPage();
        await other.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await waitForTab(browser, server.url('article.html'))}`);
        await other.getByRole('button', SAVE_BUTTON).click();
        await other.locator('.toast').waitFor();
        await other.close();
        await popup.locator('.toast').waitFor();
        await popup.getByRole('button', { name: 'Dismiss message' }).click();
      }
      written.push(await shoot(popup, `popup-this-page-${scheme}`));
      await popup.getByRole('tab', { name: 'Library' }).click();
      await popup.locator('.note-row').first().waitFor();
      written.push(await shoot(popup, `popup-library-${scheme}`));
      await popup.getByRole('tab', { name: 'People & companies' }).click();
      await popup.locator('.people-view').waitFor();
      await popup.locator('.entity summary').first().click();
      written.push(await shoot(popup, `popup-people-${scheme}`));
      await popup.getByRole('tab', { name: 'Export' }).click();
      await popup.locator('.storage-line').waitFor();
      written.push(await shoot(popup, `popup-export-${scheme}`));
      await popup.close();
    }
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 760, height: 820 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('.storage-line').waitFor();
    written.push(await shoot(options, 'options-light'));
  } finally {
    await browser.dispose();
    await server.close();
  }
  console.log(`Wrote ${written.length} screenshots:\n${written.map((path) => `  ${path}`).join('\n')}`);
}

await main();
