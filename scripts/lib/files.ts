// Shared Node helpers for scripts: reading .html / .html.gz / .txt files and locating ../shared data.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The project's root (the folder holding package.json). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` beside the project (CI and developers have it there; a fresh clone may not). */
export const sharedRoot = resolve(projectRoot, '..', 'shared');

/** Reads a file as UTF-8 text, gunzipping it when its name ends in `.gz` (or it starts with the gzip magic). */
export function readTextFile(path: string): string {
  const buf = readFileSync(path);
  const gz = path.endsWith('.gz') || (buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b);
  return (gz ? gunzipSync(buf) : buf).toString('utf8');
}

/** The kind of input a path names, from its extension. */
export function inputKind(path: string): 'html' | 'txt' | null {
  const p = path.toLowerCase();
  if (/\.x?html?(\.gz)?$/.test(p)) return 'html';
  if (/\.txt(\.gz)?$/.test(p)) return 'txt';
  return null;
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readTextFile(path)) as T;
}

export function listDir(path: string): string[] {
  return existsSync(path) ? readdirSync(path).sort() : [];
}

export { join };
