import puppeteer, { type Browser } from 'puppeteer-core';
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
