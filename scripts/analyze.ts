// `npm run --silent analyze -- [--jsonl] [FILE...]`
// One JSON line per input, in the order given: {"file", "isArticle", "articleScore", "title", "bodyText", "ms": {...},
// ...analyzeText(bodyText)}. `.html` / `.html.gz` pages are parsed with linkedom and go through the same article code as
// the extension; a `.txt` is taken as an article body. With --jsonl, lines {"id", "text"} are read from stdin and
// answered per line with "id". A bad input gets a line with "error" and the run goes on.
import { createInterface } from 'node:readline';
import { analyzeArticle, blockQuoteRanges } from '../utils/article/index.ts';
import type { TextSpan } from '../utils/anchoring/types.ts';
import { parseHtmlDocument } from './lib/dom.ts';
import { inputKind, readTextFile } from './lib/files.ts';

type AnalyzeText = (text: string, options?: { blockQuotes?: readonly TextSpan[] }) => object;

let nlp: AnalyzeText | null = null;
let nlpError = '';

async function loadNlp(): Promise<void> {
  try {
    const mod = (await import('../utils/nlp/index.ts')) as unknown as { analyzeText?: AnalyzeText };
    if (typeof mod.analyzeText !== 'function') throw new Error('utils/nlp/index.ts does not export analyzeText');
    nlp = mod.analyzeText;
  } catch (e) {
    nlpError = `nlp unavailable: ${e instanceof Error ? e.message : String(e)}`;
  }
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Runs the text analysis on a body text (and its block quotes, on a page); its fields are spread into the line, its time goes to ms.nlp. */
function withNlp(line: Record<string, unknown>, ms: Record<string, number>, text: string, blockQuotes: readonly TextSpan[] = []): Record<string, unknown> {
  if (!nlp) return { ...line, ms, nlpError };
  const t0 = performance.now();
  try {
    const result = nlp(text, { blockQuotes });
    ms.nlp = round(performance.now() - t0);
    return { ...line, ...result, ms };
  } catch (e) {
    ms.nlp = round(performance.now() - t0);
    return { ...line, ms, nlpError: e instanceof Error ? e.message : String(e) };
  }
}

/** Title of a plain-text article: its first line when it is short and followed by a blank line. */
function textTitle(text: string): string {
  const m = /^\s*([^\n]{1,300})\n\s*\n/.exec(text);
  return m ? m[1]!.trim() : '';
}

function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
}

function analyzePlain(key: Record<string, unknown>, raw: string): Record<string, unknown> {
  const text = normalizeText(raw);
  const line = { ...key, isArticle: true, articleScore: 1, title: textTitle(text), bodyText: text };
  return withNlp(line, {}, text);
}

function analyzeFile(file: string): Record<string, unknown> {
  const kind = inputKind(file);
  if (!kind) return { file, error: 'unsupported file type (expected .html, .html.gz or .txt)' };
  const t0 = performance.now();
  const content = readTextFile(file);
  if (kind === 'txt') {
    const out = analyzePlain({ file }, content);
    (out.ms as Record<string, number>).read = round(performance.now() - t0);
    return out;
  }
  const doc = parseHtmlDocument(content);
  const t1 = performance.now();
  const a = analyzeArticle(doc);
  const ms: Record<string, number> = { parse: round(t1 - t0), detect: a.ms.detect, body: a.ms.body };
  const line = { file, isArticle: a.isArticle, articleScore: round(a.articleScore * 1000) / 1000, title: a.title, bodyText: a.body.text };
  return withNlp(line, ms, a.body.text, blockQuoteRanges(a.body));
}

function write(line: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(line) + '\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const jsonl = argv.includes('--jsonl');
  const files = argv.filter((a) => a !== '--jsonl' && a !== '--');
  await loadNlp();
  for (const file of files) {
    try {
      write(analyzeFile(file));
    } catch (e) {
      write({ file, error: e instanceof Error ? e.message : String(e) });
    }
  }
  if (jsonl) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const raw of rl) {
      if (!raw.trim()) continue;
      let id: unknown = null;
      try {
        const item = JSON.parse(raw) as { id?: unknown; text?: unknown };
        id = item.id ?? null;
        if (typeof item.text !== 'string') throw new Error('line has no "text" string');
        write(analyzePlain({ id }, item.text));
      } catch (e) {
        write({ id, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  if (!jsonl && files.length === 0) {
    process.stderr.write('usage: npm run --silent analyze -- [--jsonl] [FILE.html|FILE.html.gz|FILE.txt ...]\n');
    process.exitCode = 2;
  }
}

await main();
