import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser } from '../../scripts/browsers';
import type { PageSummary } from '../../utils/reader/page-summary';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<{ ok: boolean; value: PageSummary } | undefined>;
  };
};

export const CHROME_BUILD = resolve('.output/chrome-mv3');

/** Flags that keep Chromium from reaching for the network on its own (sync, updates, safe browsing). */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=OptimizationHints,MediaRouter,Translate',
  '--metrics-recording-only',
];

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  serviceWorker: Worker;
  /** Closes the browser; the profile stays until `dispose`. */
  close(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * The extension's service worker. Polled rather than awaited as an event: on a busy machine the worker can
 * start before a listener is attached, and the event is then never seen.
 */
async function extensionWorker(context: BrowserContext, timeoutMs = 30_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    if (Date.now() > deadline) throw new Error('the extension’s service worker did not start (is .output/chrome-mv3 built?)');
    await context.waitForEvent('serviceworker', { timeout: 250 }).catch(() => {});
  }
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'presslight-profile-'));
}

/** Debian's Chromium with the built extension loaded, on a given (or new) profile. */
export interface LaunchOptions {
  profileDir?: string;
  /** The unpacked extension to load (default: the Chrome build in .output). */
  extensionDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Routes every non-loopback request through this proxy (see network-sentinel.ts). */
  proxy?: string;
  /** `false` stops pages' own scripts (content scripts still run), so a page stays exactly as parsed. */
  javaScriptEnabled?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumWithExtension> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) throw new Error('Chromium is not installed (apt-get install chromium)');
  const profileDir = options.profileDir ?? newProfileDir();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [
      `--disable-extensions-except=${options.extensionDir ?? CHROME_BUILD}`,
      `--load-extension=${options.extensionDir ?? CHROME_BUILD}`,
      ...(options.proxy ? [`--proxy-server=${options.proxy}`] : []),
      ...QUIET_CHROMIUM_FLAGS,
    ],
  });
  const serviceWorker = await extensionWorker(context);
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    serviceWorker,
    close: () => context.close(),
    async dispose() {
      await context.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Finds the tab whose content script files its notes under `url` and returns its id and summary, asking
 * through the extension's service worker (as the popup does).
 */
export async function findTab(browser: ChromiumWithExtension, url: string): Promise<{ tabId: number; summary: PageSummary }> {
  return browser.serviceWorker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        const reply = await chrome.tabs.sendMessage(tab.id, { type: 'page.summary', params: {} });
        if (reply?.ok && (reply.value.url === pageUrl || reply.value.address === pageUrl)) return { tabId: tab.id, summary: reply.value };
      } catch {
        // Not a page with Presslight (e.g. about:blank).
      }
    }
    throw new Error(`no tab answers for ${pageUrl}`);
  }, url) as Promise<{ tabId: number; summary: PageSummary }>;
}

/** Sends one request of the tab protocol (as the background does) to a tab's content script; returns its reply. */
export async function tabRequest(browser: ChromiumWithExtension, tabId: number, type: string, params: object): Promise<unknown> {
  return browser.serviceWorker.evaluate(({ id, message }) => chrome.tabs.sendMessage(id, message), { id: tabId, message: { type, params } });
}

/** The summary of one tab's page, or null while its content script is not (yet) there. */
export async function tabSummary(browser: ChromiumWithExtension, tabId: number): Promise<PageSummary | null> {
  return browser.serviceWorker.evaluate(async (id) => {
    try {
      const reply = await chrome.tabs.sendMessage(id, { type: 'page.summary', params: {} });
      return reply?.ok ? reply.value : null;
    } catch {
      return null;
    }
  }, tabId);
}

/** The texts painted by each named CSS highlight, read from the page's main world. */
export async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    registry?.forEach((highlight, name) => {
      result[name] = [...highlight].map((range) => range.toString());
    });
    return result;
  });
}

/**
 * Starts sampling one named CSS highlight in the page's main world every few milliseconds and returns a reader of
 * every text it has painted since. A flash lasts a moment; polling from the test can fall on either side of it on a
 * busy machine, a sampler inside the page cannot.
 */
export async function recordHighlight(page: Page, name: string): Promise<() => Promise<string[]>> {
  const key = `__presslightSeen_${name}`;
  await page.evaluate(
    ({ name, key }) => {
      const seen = new Set<string>();
      (window as unknown as Record<string, Set<string>>)[key] = seen;
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      setInterval(() => registry?.get(name)?.forEach((range) => seen.add(range.toString())), 10);
    },
    { name, key },
  );
  return () => page.evaluate((key) => [...((window as unknown as Record<string, Set<string>>)[key] ?? [])], key);
}
