// `npm run eval -- article [--limit N] [--jobs N] [--set wcxb|readability] [--no-readability] [--dump FILE]`
// Detection accuracy and article-class P/R/F1, and bag-of-words body F1, for our code and for Readability
// (isProbablyReaderable, parse()) measured in the same run on the same DOM (linkedom).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ArticlePage, articlesRoot, hasArticleData, listReadability, listWcxb, wcxbHalf } from '../lib/article-data.ts';
import { type EvalContext, type PageResult, evalPage } from '../lib/article-eval-worker.ts';
import { classPrf } from '../lib/bow.ts';
import { runPool } from '../lib/pool.ts';

interface Args {
  limit: number;
  jobs: number;
  set: string;
  readability: boolean;
  dump: string;
  signals: boolean;
}

function parseArgs(args: string[]): Args {
  const a: Args = { limit: Infinity, jobs: 2, set: 'all', readability: true, dump: '', signals: false };
  for (let i = 0; i < args.length; i++) {
    const k = args[i];
    if (k === '--limit') a.limit = Number(args[++i]);
    else if (k === '--jobs') a.jobs = Number(args[++i]);
    else if (k === '--set') a.set = String(args[++i]);
    else if (k === '--no-readability') a.readability = false;
    else if (k === '--dump') a.dump = String(args[++i]);
    else if (k === '--signals') a.signals = true;
  }
  return a;
}

/** Takes `limit` pages spread evenly over the list (so a quick run still mixes page types). */
function spread<T>(items: T[], limit: number): T[] {
  if (!(limit < items.length)) return items;
  const out: T[] = [];
  for (let i = 0; i < limit; i++) out.push(items[Math.floor((i * items.length) / limit)]!);
  return out;
}

export async function collect(pages: ArticlePage[], ctx: EvalContext, jobs: number): Promise<PageResult[]> {
  if (jobs <= 1) return pages.map((p) => evalPage(p, ctx));
  const worker = fileURLToPath(new URL('../lib/article-eval-worker.ts', import.meta.url));
  let last = 0;
  return runPool<ArticlePage, PageResult>(worker, pages, {
    jobs,
    context: ctx,
    onResult: (done, total) => {
      if (process.stderr.isTTY && done - last >= 50) {
        last = done;
        process.stderr.write(`\r${done}/${total}`);
      }
    },
  });
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);

interface DetRow {
  n: number;
  acc: number;
  precision: number;
  recall: number;
  f1: number;
}

function detection(results: PageResult[], pick: (r: PageResult) => boolean | undefined): DetRow {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const r of results) {
    const y = pick(r);
    if (y === undefined) continue;
    if (y && r.label) tp++;
    else if (y && !r.label) fp++;
    else if (!y && r.label) fn++;
    else tn++;
  }
  const n = tp + fp + fn + tn;
  return { n, acc: n ? (tp + tn) / n : NaN, ...classPrf(tp, fp, fn) };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join('  ')).join('\n');
}

export function report(results: PageResult[], withReadability: boolean): string {
  const ok = results.filter((r) => r.ours);
  const out: string[] = [];
  const errors = results.filter((r) => r.error);
  const groups: [string, PageResult[]][] = [];
  const wcxb = ok.filter((r) => r.set === 'wcxb');
  const rdb = ok.filter((r) => r.set === 'readability');
  if (wcxb.length) {
    groups.push([`WCXB dev (all, n=${wcxb.length})`, wcxb]);
    const even = wcxb.filter((r) => wcxbHalf({ id: r.id, set: 'wcxb' } as ArticlePage) === 'even');
    const odd = wcxb.filter((r) => wcxbHalf({ id: r.id, set: 'wcxb' } as ArticlePage) === 'odd');
    if (even.length && odd.length) {
      groups.push([`WCXB even ids (n=${even.length})`, even]);
      groups.push([`WCXB odd ids (n=${odd.length})`, odd]);
    }
  }
  if (rdb.length) groups.push([`Readability test pages (n=${rdb.length})`, rdb]);

  out.push('Detection (article vs not):');
  const det: string[][] = [['pages', 'method', 'accuracy', 'precision', 'recall', 'F1']];
  for (const [name, rs] of groups) {
    const o = detection(rs, (r) => r.ours?.isArticle);
    det.push([name, 'ours', f3(o.acc), f3(o.precision), f3(o.recall), f3(o.f1)]);
    if (withReadability) {
      const b = detection(rs, (r) => r.readability?.readerable);
      det.push(['', 'isProbablyReaderable', f3(b.acc), f3(b.precision), f3(b.recall), f3(b.f1)]);
    }
  }
  out.push(table(det));
  if (wcxb.length) out.push('(The detector was trained on all WCXB dev pages, so its WCXB rows are in-sample; `npx tsx scripts/lib/train-article.ts` reports accuracy trained on even ids and tested on odd ids, the reverse, and by 5-fold cross-validation.)');

  if (wcxb.length) {
    out.push('', 'Detection accuracy by WCXB page type (ours / isProbablyReaderable):');
    const types = [...new Set(wcxb.map((r) => r.pageType))].sort();
    const rows: string[][] = [['type', 'n', 'ours', 'readerable']];
    for (const t of types) {
      const rs = wcxb.filter((r) => r.pageType === t);
      rows.push([t, String(rs.length), f3(detection(rs, (r) => r.ours?.isArticle).acc), withReadability ? f3(detection(rs, (r) => r.readability?.readerable).acc) : '-']);
    }
    out.push(table(rows));
  }

  out.push('', 'Body text, bag-of-words (mean per page: precision / recall / F1):');
  const body: string[][] = [['pages', 'n', 'ours P', 'ours R', 'ours F1', 'Rdb P', 'Rdb R', 'Rdb F1', 'F1 diff', 'ours<Rdb-0.1']];
  const bodyGroups: [string, PageResult[]][] = [];
  if (wcxb.length) {
    const arts = wcxb.filter((r) => r.label);
    bodyGroups.push([`WCXB articles`, arts]);
    const artsEven = arts.filter((r) => Number(r.id.slice(5)) % 2 === 0);
    const artsOdd = arts.filter((r) => Number(r.id.slice(5)) % 2 === 1);
    if (artsEven.length && artsOdd.length) {
      bodyGroups.push([`WCXB articles, even ids`, artsEven]);
      bodyGroups.push([`WCXB articles, odd ids`, artsOdd]);
    }
    bodyGroups.push([`WCXB all pages`, wcxb]);
    bodyGroups.push([`WCXB detected as article (ours)`, wcxb.filter((r) => r.ours!.isArticle)]);
  }
  if (rdb.length) bodyGroups.push([`Readability test pages`, rdb]);
  for (const [name, rs] of bodyGroups) {
    const o = { p: mean(rs.map((r) => r.ours!.precision)), r: mean(rs.map((r) => r.ours!.recall)), f1: mean(rs.map((r) => r.ours!.f1)) };
    const hasR = withReadability && rs.every((r) => r.readability);
    const b = hasR ? { p: mean(rs.map((r) => r.readability!.precision)), r: mean(rs.map((r) => r.readability!.recall)), f1: mean(rs.map((r) => r.readability!.f1)) } : { p: NaN, r: NaN, f1: NaN };
    const worse = hasR ? rs.filter((r) => r.ours!.f1 < r.readability!.f1 - 0.1).length : NaN;
    body.push([name, String(rs.length), f3(o.p), f3(o.r), f3(o.f1), f3(b.p), f3(b.r), f3(b.f1), hasR ? (o.f1 - b.f1 >= 0 ? '+' : '') + f3(o.f1 - b.f1) : '-', hasR ? String(worse) : '-']);
  }
  out.push(table(body));

  const ms = mean(ok.map((r) => r.ours!.ms));
  out.push('', `Time per page (in this eval, linkedom, parse excluded): ours detection+body ${ms.toFixed(1)} ms` + (withReadability ? `, Readability.parse() ${mean(ok.filter((r) => r.readability).map((r) => r.readability!.ms)).toFixed(1)} ms, isProbablyReaderable ${mean(ok.filter((r) => r.readability).map((r) => r.readability!.readerableMs)).toFixed(1)} ms` : '') + ' (see `npm run bench -- article` for the speed comparison).');
  if (errors.length) out.push(`Errors on ${errors.length} page(s): ${errors.slice(0, 5).map((e) => `${e.id}: ${e.error}`).join('; ')}`);
  return out.join('\n');
}

export async function run(args: string[]): Promise<void> {
  const a = parseArgs(args);
  if (!hasArticleData()) {
    console.log(`eval article: no data at ${articlesRoot} (it lives in ../shared); skipped.`);
    return;
  }
  let pages: ArticlePage[] = [];
  if (a.set === 'all' || a.set === 'wcxb') pages.push(...listWcxb());
  if (a.set === 'all' || a.set === 'readability') pages.push(...listReadability());
  pages = spread(pages, a.limit);
  const t0 = performance.now();
  const results = await collect(pages, { readability: a.readability, signals: a.signals, keepText: false }, a.jobs);
  if (process.stderr.isTTY) process.stderr.write('\r');
  if (a.dump) writeFileSync(a.dump, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(report(results, a.readability));
  console.log(`(${results.length} pages in ${((performance.now() - t0) / 1000).toFixed(0)} s with ${a.jobs} job(s))`);
}
