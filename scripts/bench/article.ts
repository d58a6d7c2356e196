// `npm run bench -- article [--limit N] [--rounds N]`: ms per page for our detection+body (analyzeArticle: stats,
// body, text model, detection, title) and for Readability.parse(), both on linkedom documents parsed beforehand (parsing
// is not timed), in one process, and the ratio. Pages: WCXB dev + Readability's test pages from ../shared, spread over
// the list; without ../shared, the fixtures in utils/article/fixtures.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { join } from 'node:path';
import { analyzeArticle } from '../../utils/article/index.ts';
import { hasArticleData, listReadability, listWcxb } from '../lib/article-data.ts';
import { parseHtmlDocument } from '../lib/dom.ts';
import { listDir, projectRoot, readTextFile } from '../lib/files.ts';

function pagePaths(limit: number): { paths: string[]; source: string } {
  if (hasArticleData()) {
    const all = [...listWcxb(), ...listReadability()].map((p) => p.htmlPath);
    const n = Math.min(limit, all.length);
    const paths: string[] = [];
    for (let i = 0; i < n; i++) paths.push(all[Math.floor((i * all.length) / n)]!);
    return { paths, source: `../shared/data/articles (${n} of ${all.length} pages, spread)` };
  }
  const dir = join(projectRoot, 'utils', 'article', 'fixtures');
  const paths = listDir(dir).filter((f) => /\.html(\.gz)?$/.test(f)).map((f) => join(dir, f));
  return { paths, source: `utils/article/fixtures (${paths.length} pages; ../shared not found)` };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export async function run(args: string[]): Promise<void> {
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 300;
  const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 1;
  const { paths, source } = pagePaths(limit);
  if (paths.length === 0) {
    console.log('bench article: no pages found; skipped.');
    return;
  }
  const htmls = paths.map((p) => readTextFile(p));
  // Warm up both (JIT), on a few pages.
  for (const html of htmls.slice(0, 10)) {
    analyzeArticle(parseHtmlDocument(html));
    try {
      new Readability(parseHtmlDocument(html) as never).parse();
    } catch {
      // ignore
    }
  }
  const ours: number[] = [];
  const rdb: number[] = [];
  const rdbCheck: number[] = [];
  for (let round = 0; round < rounds; round++) {
    htmls.forEach((html, i) => {
      const docA = parseHtmlDocument(html);
      const docB = parseHtmlDocument(html);
      const runOurs = (): void => {
        const t = performance.now();
        analyzeArticle(docA);
        ours[i] = (ours[i] ?? 0) + performance.now() - t;
      };
      const runRdb = (): void => {
        const t = performance.now();
        const readerable = isProbablyReaderable(docB as never);
        const t1 = performance.now();
        try {
          new Readability(docB as never).parse();
        } catch {
          // a page Readability fails on still costs its time
        }
        rdbCheck[i] = (rdbCheck[i] ?? 0) + t1 - t;
        rdb[i] = (rdb[i] ?? 0) + performance.now() - t1;
        void readerable;
      };
      // Alternate the order so neither side always runs on a warmer cache.
      if ((i + round) % 2 === 0) {
        runOurs();
        runRdb();
      } else {
        runRdb();
        runOurs();
      }
    });
  }
  const per = (xs: number[]): number[] => xs.map((x) => x / rounds);
  const o = per(ours);
  const r = per(rdb);
  const rc = per(rdbCheck);
  const rows = [
    ['method', 'mean ms/page', 'median ms/page', 'total s'],
    ['ours: analyzeArticle (detection + body + text model)', (sum(o) / o.length).toFixed(2), median(o).toFixed(2), (sum(o) / 1000).toFixed(2)],
    ['Readability.parse()', (sum(r) / r.length).toFixed(2), median(r).toFixed(2), (sum(r) / 1000).toFixed(2)],
    ['Readability isProbablyReaderable + parse()', ((sum(r) + sum(rc)) / r.length).toFixed(2), median(r.map((x, i) => x + rc[i]!)).toFixed(2), ((sum(r) + sum(rc)) / 1000).toFixed(2)],
  ];
  const w = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  console.log(`Pages: ${source}; DOM: linkedom (parse not timed); rounds: ${rounds}`);
  console.log(rows.map((row) => row.map((x, c) => (c === 0 ? x.padEnd(w[c]!) : x.padStart(w[c]!))).join('  ')).join('\n'));
  console.log(`Speed-up (Readability.parse() total / ours total): ${(sum(r) / sum(o)).toFixed(2)}x; per-page median ratio ${median(o.map((x, i) => r[i]! / Math.max(x, 1e-3))).toFixed(2)}x`);
}
