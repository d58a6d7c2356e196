// `npm run bench -- anchoring [--notes N] [--seed S]`: re-anchoring of notes over pages edited the way
// news pages change (accuracy), and the time to anchor 100 notes next to a plain indexOf baseline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { anchorMany } from '../../utils/anchoring/anchor.ts';
import { generatePages, tally, type BenchmarkPage, type Tally } from '../../utils/anchoring/benchmark.ts';
import { describeSelectors } from '../../utils/anchoring/describe.ts';
import { EDIT_KINDS, editPage, pickNoteSpans, synthesizeArticle } from '../../utils/anchoring/edits.ts';
import { createRandom } from '../../utils/anchoring/random.ts';
import type { Anchor, NoteSelector } from '../../utils/anchoring/types.ts';

const READABILITY_DIR = '../shared/data/articles/readability';
const SEED_ARTICLE = 'e2e/fixtures/article.txt';
const MIN_WORDS = 150;

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return safeCodePoint(parseInt(code.slice(2), 16), whole);
    if (code.startsWith('#')) return safeCodePoint(parseInt(code.slice(1), 10), whole);
    return named[code.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** A text model close to the one built from the DOM: one block per paragraph-like element, whitespace collapsed. */
export function textFromHtml(html: string): string {
  const withBreaks = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|h[1-6]|li|blockquote|div|pre|tr|figcaption|section|article|header|footer|ul|ol|table)>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(withBreaks)
    .split(/\n\s*\n/)
    .map((block) => block.replace(/[ \t\r\n\f\v]+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Share of sentences (30 characters or more) that occur more than once in the text. */
export function repeatedSentenceShare(text: string): number {
  const all = text
    .split(/(?<=[.!?])\s+|\n\n/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 30);
  if (all.length === 0) return 0;
  const seen = new Map<string, number>();
  for (const sentence of all) seen.set(sentence, (seen.get(sentence) ?? 0) + 1);
  return all.filter((sentence) => (seen.get(sentence) ?? 0) > 1).length / all.length;
}

/**
 * Test pages that mostly repeat the same sentences (lorem ipsum fillers) are left out: where the
 * same text is on a page several times, which copy a note belongs to is not defined by the text.
 */
const MAX_REPEATED_SHARE = 0.5;

function loadArticles(): { articles: string[]; source: string } {
  if (existsSync(READABILITY_DIR)) {
    const texts = readdirSync(READABILITY_DIR)
      .map((name) => join(READABILITY_DIR, name, 'expected.html.gz'))
      .filter((path) => existsSync(path))
      .sort()
      .map((path) => textFromHtml(gunzipSync(readFileSync(path)).toString('utf8')))
      .filter((text) => wordCount(text) >= MIN_WORDS);
    const articles = texts.filter((text) => repeatedSentenceShare(text) <= MAX_REPEATED_SHARE);
    const skipped = texts.length - articles.length;
    if (articles.length > 0) {
      return {
        articles,
        source: `${articles.length} Mozilla Readability test articles of ${MIN_WORDS}+ words (${READABILITY_DIR}; ${skipped} more left out because over half their sentences repeat verbatim)`,
      };
    }
  }
  console.log(`Note: ${READABILITY_DIR} is missing; using synthetic articles from ${SEED_ARTICLE} instead.`);
  const hasSeed = existsSync(SEED_ARTICLE);
  const seed = hasSeed ? readFileSync(SEED_ARTICLE, 'utf8') : '';
  const random = createRandom(7);
  const articles = Array.from({ length: 60 }, () => synthesizeArticle(seed, 14, random));
  const from = hasSeed ? `${SEED_ARTICLE} and generated sentences` : `generated sentences only (${SEED_ARTICLE} not found either)`;
  return { articles, source: `60 synthetic articles built from ${from}` };
}

/** The baseline: the first verbatim occurrence of the quote, no context, no fallback. */
function indexOfBaseline(text: string, targets: readonly (readonly NoteSelector[])[]): (Anchor | null)[] {
  return targets.map((selectors) => {
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!quote || quote.type !== 'TextQuoteSelector' || quote.exact.length === 0) return null;
    const start = text.indexOf(quote.exact);
    return start === -1 ? null : { start, end: start + quote.exact.length, method: 'quote', confidence: 1 };
  });
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function printTally(label: string, t: Tally): void {
  console.log(`\n${label}: ${t.notes} notes (${t.present} with their text still on the page, ${t.removed} whose text was removed)`);
  console.log(`  placed right        ${t.right} = ${percent(t.right, t.present)} of notes whose text exists (exact bounds: ${t.exactBounds})`);
  console.log(`  placed wrong        ${t.wrong} (with confidence >= 0.8: ${t.wrongConfident})`);
  console.log(`  orphaned correctly  ${t.orphanRight} = ${percent(t.orphanRight, t.removed)} of notes whose text was removed`);
  console.log(`  orphaned wrongly    ${t.orphanWrong} (text still there)`);
  console.log(`  methods             ${Object.entries(t.byMethod).map(([m, n]) => `${m} ${n}`).join(', ')}`);
}

function printKinds(t: Tally): void {
  console.log('\n  by edit touching the note   notes   right  wrong  orphan-right  orphan-wrong');
  for (const kind of EDIT_KINDS) {
    const k = t.byKind[kind];
    console.log(`  ${kind.padEnd(28)}${String(k.notes).padStart(5)}${String(k.right).padStart(8)}${String(k.wrong).padStart(7)}${String(k.orphanRight).padStart(14)}${String(k.orphanWrong).padStart(14)}`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall time and median CPU time of this process (the latter is steadier on a busy machine). */
function timeMs(run: () => void, repeats: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    run();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** 100 notes on `text`, the page edited, timed for anchorMany and for the baseline on the same notes. */
function timePage(label: string, text: string, seed: number): void {
  const random = createRandom(seed);
  const spans = pickNoteSpans(text, 100, random);
  const targets = spans.map((span) => describeSelectors(text, span));
  const edited = editPage(text, spans, random).text;
  const cold = performance.now();
  anchorMany(edited, targets);
  const coldMs = performance.now() - cold;
  const repeats = 15;
  const ours = timeMs(() => anchorMany(edited, targets), repeats);
  const baseline = timeMs(() => indexOfBaseline(edited, targets), repeats);
  console.log(
    `  ${label.padEnd(30)} ${String(wordCount(edited)).padStart(7)} words ${String(targets.length).padStart(4)} notes | ` +
      `anchorMany ${ours.wall.toFixed(1)} ms (cpu ${ours.cpu.toFixed(1)} ms, first run ${coldMs.toFixed(1)} ms) | ` +
      `indexOf ${baseline.wall.toFixed(2)} ms | ratio ${(ours.wall / Math.max(baseline.wall, 1e-3)).toFixed(1)}x`,
  );
}

function argument(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at === -1 ? NaN : Number(args[at + 1]);
  return Number.isFinite(value) ? value : fallback;
}

export async function run(args: string[]): Promise<void> {
  const noteCount = argument(args, '--notes', 1000);
  const seed = argument(args, '--seed', 1);
  const { articles, source } = loadArticles();
  console.log(`Articles: ${source}. Notes: ${noteCount}, seed ${seed}.`);
  const pages: BenchmarkPage[] = generatePages(articles, noteCount, seed);
  const ours = tally(pages, anchorMany);
  printTally('anchorMany', ours);
  printKinds(ours);
  printTally('baseline (indexOf of the exact quote)', tally(pages, indexOfBaseline));
  const goals =
    ours.right >= 0.98 * ours.present && ours.wrongConfident === 0 && ours.orphanRight === ours.removed;
  console.log(`\nGoals (>= 98% right, 0 wrong with confidence >= 0.8, every removed note orphaned): ${goals ? 'met' : 'NOT met'}`);

  console.log(`\nTime for 100 notes (median of 15 runs; each run folds the page text once; machine: ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(1)}):`);
  const byLength = [...articles].sort((a, b) => wordCount(a) - wordCount(b));
  const typical = byLength[Math.floor(byLength.length / 2)] ?? '';
  timePage('typical page (median article)', typical, seed);
  const parts: string[] = [];
  for (let i = 0; wordCount(parts.join(' ')) < 50_000 && articles.length > 0; i++) parts.push(articles[i % articles.length] ?? '');
  timePage('50,000-word page', parts.join('\n\n'), seed);
  const megabyte: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_000_000 && articles.length > 0; i++) {
    const article = articles[i % articles.length] ?? '';
    megabyte.push(article);
    length += article.length + 2;
  }
  timePage('1 MB page', megabyte.join('\n\n'), seed);
}
