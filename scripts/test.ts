// `npm test`: type check, unit tests, both builds, the Firefox lint and the real-browser tests.
// Prints what each step did and ends with the line `N passed, N failed`.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureBrowsers } from './browsers';
import { lintFirefoxBuild } from './lint-firefox';
import { bin, runCommand } from './run-step';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const REPORTS = '.e2e-artifacts';
mkdirSync(REPORTS, { recursive: true });

function step(name: string, ok: boolean): void {
  if (ok) tally.passed++;
  else {
    tally.failed++;
    failures.push(name);
  }
  console.log(`\n${ok ? '✔' : '✖'} ${name}\n`);
}

/** Runs Vitest and adds its test counts (from its JSON report) to the tally. */
async function vitest(name: string, args: string[]): Promise<void> {
  const report = `${REPORTS}/${name}.json`;
  const code = await runCommand(bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  if (!existsSync(report)) {
    step(`${name}: vitest did not report (exit ${code})`, false);
    return;
  }
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  tally.passed += result.numPassedTests;
  tally.failed += result.numFailedTests;
  tally.skipped += result.numPendingTests + result.numTodoTests;
  if (result.numFailedTests > 0) failures.push(`${name}: ${result.numFailedTests} failed`);
  // A file that fails to load has no tests to count: count it as a failure of its own.
  if (code !== 0 && result.numFailedTests === 0) step(`${name}: ${result.numFailedTestSuites} test file(s) failed to load`, false);
  console.log(`${name}: ${result.numPassedTests} passed, ${result.numFailedTests} failed`);
}

if (!only || only === 'unit') {
  step('type check (tsc --noEmit)', (await runCommand(bin('tsc'), ['--noEmit', '-p', '.'])) === 0);
  await vitest('unit', []);
}

if (!only || only === 'e2e') {
  const chromeBuilt = (await runCommand(bin('wxt'), ['build'])) === 0;
  step('build: Chrome (MV3)', chromeBuilt);
  const firefoxBuilt = (await runCommand(bin('wxt'), ['build', '-b', 'firefox'])) === 0;
  step('build: Firefox (MV2)', firefoxBuilt);
  if (firefoxBuilt) {
    step('web-ext lint: Firefox build, no errors or fixable warnings', await lintFirefoxBuild());
  }
  if (chromeBuilt && firefoxBuilt) {
    ensureBrowsers(['chromium', 'firefox']);
    await vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
  }
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exitCode = tally.failed > 0 ? 1 : 0;
