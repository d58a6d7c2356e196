import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PageSummary } from '../../utils/reader/page-summary';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser } from '../../scripts/browsers';
import { GECKO_ID } from '../../wxt.config';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
/** Fixed so the tests know the extension's moz-extension:// origin. */
export const FIREFOX_EXTENSION_UUID = '5f0e6a7c-4c1b-4e7e-9a55-7f3b2d1c9e10';

export interface FirefoxWithExtension {
  browser: Browser;
  profileDir: string;
  extensionOrigin: string;
  close(): Promise<void>;
  dispose(): Promise<void>;
}

export function newFirefoxProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'presslight-firefox-'));
}

/**
 * Debian's Firefox ESR driven over WebDriver BiDi, with the built extension installed temporarily. The prefs keep
 * the extension's uuid and storage across a reinstall, so a restart on the same profile finds the notes again.
 */
export async function launchFirefox(options: { profileDir?: string } = {}): Promise<FirefoxWithExtension> {
  const executablePath = findBrowser('firefox');
  if (!executablePath) throw new Error('Firefox is not installed (apt-get install firefox-esr)');
  const profileDir = options.profileDir ?? newFirefoxProfileDir();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'browser.newtabpage.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    profileDir,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    close: () => browser.close(),
    async dispose() {
      await browser.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * A page of the extension's own origin, from which tests can use the WebExtension API as the popup does
 * (`goto` of a moz-extension:// page never resolves over BiDi, so wait for the document instead).
 */
export async function openExtensionPage(firefox: FirefoxWithExtension, path = 'popup.html'): Promise<Page> {
  const page = await firefox.browser.newPage();
  void page.goto(`${firefox.extensionOrigin}/${path}`).catch(() => {});
  // Polled by hand: an evaluation that lands while the tab leaves about:blank fails over BiDi instead of waiting.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate(() => location.protocol === 'moz-extension:' && typeof (globalThis as { browser?: unknown }).browser === 'object' && document.readyState === 'complete')
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`${path} did not load`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Waits until `predicate`, run in an extension page, returns true. Polled by hand: puppeteer's waitForFunction
 * polls through code built with Function(), which the extension's content security policy blocks in Firefox
 * whenever the first check is false.
 */
export async function waitInExtensionPage(page: Page, predicate: () => boolean, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms for ${predicate.toString()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The summary of the tab whose page Presslight files under `url`, asked from an extension page. */
export async function firefoxPageSummary(extensionPage: Page, url: string): Promise<PageSummary | null> {
  return (await firefoxFindTab(extensionPage, url))?.summary ?? null;
}

/** The id and summary of the tab whose page Presslight files under `url`, or null while none answers. */
export async function firefoxFindTab(extensionPage: Page, url: string): Promise<{ tabId: number; summary: PageSummary } | null> {
  return extensionPage.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ ok: boolean; value: PageSummary }> } } }).browser;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const reply = await api.tabs.sendMessage(tab.id, { type: 'page.summary', params: {} });
        if (reply?.ok && (reply.value.url === pageUrl || reply.value.address === pageUrl)) return { tabId: tab.id, summary: reply.value };
      } catch {
        // No Presslight in that tab.
      }
    }
    return null;
  }, url);
}
