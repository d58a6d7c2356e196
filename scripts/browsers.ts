import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; debianPackage: string }> = {
  chromium: {
    env: 'PRESSLIGHT_CHROMIUM',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
    debianPackage: 'chromium',
  },
  firefox: {
    env: 'PRESSLIGHT_FIREFOX',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    debianPackage: 'firefox-esr',
  },
};

export function findBrowser(name: BrowserName): string | null {
  const { env, paths } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return paths.find((path) => existsSync(path)) ?? null;
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/**
 * The path of each browser, installing Debian's packages when they are missing and this is root on Debian;
 * otherwise it stops with the exact command to run.
 */
export function ensureBrowsers(names: readonly BrowserName[]): Record<BrowserName, string> {
  const missing = names.filter((name) => !findBrowser(name));
  if (missing.length > 0) {
    const packages = missing.map((name) => CANDIDATES[name].debianPackage);
    const command = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    if (!canInstallWithApt()) {
      console.error(
        `Presslight needs ${packages.join(' and ')} to run in a real browser. Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n  sudo sh -c '${command}'\n\n` +
          `or point ${missing.map((name) => CANDIDATES[name].env).join(' / ')} at an installed browser, then run this again.`,
      );
      process.exit(1);
    }
    console.log(`Installing ${packages.join(' and ')} from Debian (root, apt-get)…`);
    execFileSync('sh', ['-c', command], { stdio: 'inherit' });
  }
  const found = {} as Record<BrowserName, string>;
  for (const name of names) {
    const path = findBrowser(name);
    if (!path) {
      console.error(`${name} is still missing after installing ${CANDIDATES[name].debianPackage}.`);
      process.exit(1);
    }
    found[name] = path;
  }
  return found;
}
