// `web-ext lint` on the Firefox build: fails on any error, and on any warning but the one we cannot fix
// (Preact's renderer assigns innerHTML for `dangerouslySetInnerHTML`, which Presslight never uses).
import { execFile } from 'node:child_process';
import { bin } from './run-step';

const UNFIXABLE_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

export async function lintFirefoxBuild(dir = '.output/firefox-mv2'): Promise<boolean> {
  const output = await new Promise<string>((resolve) => {
    execFile(bin('web-ext'), ['lint', '-s', dir, '--output', 'json'], { maxBuffer: 32 * 1024 * 1024 }, (_error, stdout) => resolve(stdout));
  });
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  try {
    report = JSON.parse(output.slice(output.indexOf('{')));
  } catch {
    console.error(`web-ext lint gave no report:\n${output}`);
    return false;
  }
  const blocking = [...report.errors, ...report.warnings.filter((w) => !UNFIXABLE_WARNINGS.has(w.code))];
  for (const entry of [...report.errors, ...report.warnings, ...report.notices]) {
    const mark = blocking.includes(entry) ? '✖' : '·';
    console.log(`${mark} ${entry.code}${entry.file ? ` (${entry.file})` : ''}: ${entry.message}`);
  }
  console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${blocking.length} blocking)`);
  return blocking.length === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await lintFirefoxBuild(process.argv[2])) ? 0 : 1;
}
