// Learns the article detector's weights from the WCXB dev pages and writes utils/article/detect-model.ts.
//   npx tsx scripts/lib/train-article.ts [--from DUMP.jsonl] [--write] [--repeats N]
// Without --from it runs the eval's page pass (our code only) to gather the signals. It reports accuracy trained on even
// ids / tested on odd ids, the reverse, and by 5-fold cross-validation, then fits on all pages; --write saves that model.
// --repeats N adds N more 5-fold cross-validations over other partitions and tree seeds: one partition's accuracy moves
// by about ±0.004 with the partition alone, as much as many a change being measured.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collect } from '../eval/article.ts';
import { hasArticleData, listWcxb } from './article-data.ts';
import type { PageResult } from './article-eval-worker.ts';
import { projectRoot, readTextFile } from './files.ts';
import { fitGbdt, predictGbdt, type GbdtModel } from './gbdt.ts';
import { type LogRegModel, type Sample, fitLogReg, predict } from './logreg.ts';

const GBDT = { rounds: 100, depth: 3, rate: 0.1, minLeaf: 8 };
const FOLDS = 5;

interface Both {
  lr: LogRegModel;
  gb: GbdtModel;
}

function fitBoth(samples: Sample[], features: string[], l2: number, seed = 1): Both {
  return { lr: fitLogReg(samples, features, { l2 }), gb: fitGbdt(samples.map((s) => s.x), samples.map((s) => s.y), features, { ...GBDT, seed }) };
}

/** Fold (0..FOLDS-1) of a pair of neighbouring ids in partition `r`: a seeded hash, so each partition mixes ids anew. */
function shuffledFold(pair: number, r: number): number {
  let h = Math.imul(pair + 1, 0x9e3779b1) ^ Math.imul(r + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 13;
  return (h >>> 0) % FOLDS;
}

interface Scored {
  y: boolean;
  p: number;
}

/** The article class's confusion counts of scores at the model's threshold (0.5). */
function confusion(rows: Scored[]): { tp: number; fp: number; fn: number; tn: number } {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    const y = r.p >= 0.5;
    if (y && r.y) tp++;
    else if (y) fp++;
    else if (r.y) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn };
}

/** Accuracy and article-class F1 of scores at the model's threshold. */
function accuracyF1(rows: Scored[]): { acc: number; f1: number } {
  const { tp, fp, fn } = confusion(rows);
  return { acc: (rows.length - fp - fn) / rows.length, f1: (2 * tp) / (2 * tp + fp + fn) };
}

const blend = (m: Both, x: Record<string, number>): number => (predict(m.lr, x) + predictGbdt(m.gb, x)) / 2;

const args = process.argv.slice(2);
const from = args.includes('--from') ? args[args.indexOf('--from') + 1]! : '';
const write = args.includes('--write');
const repeats = args.includes('--repeats') ? Number(args[args.indexOf('--repeats') + 1]) : 0;
const l2 = args.includes('--l2') ? Number(args[args.indexOf('--l2') + 1]) : 0.003;

async function main(): Promise<void> {
  let results: PageResult[];
  if (from) results = readTextFile(from).trim().split('\n').map((l) => JSON.parse(l) as PageResult);
  else {
    if (!hasArticleData()) throw new Error('no ../shared/data/articles');
    results = await collect(listWcxb(), { readability: false, signals: true, keepText: false }, 2);
  }
  const samples: (Sample & { id: string; type: string })[] = results
    .filter((r) => r.set === 'wcxb' && r.signals)
    .map((r) => ({ x: r.signals!, y: r.label, id: r.id, type: r.pageType }));
  // Pages are sometimes analysed without their URL (a saved file without a canonical link): teach the model that case
  // with a copy of every page whose URL signals are blanked.
  const noUrl = (x: Record<string, number>): Record<string, number> => {
    const y = { ...x };
    for (const k of Object.keys(y)) if (k.startsWith('url_')) y[k] = 0;
    return y;
  };
  for (const s of [...samples]) samples.push({ ...s, x: noUrl(s.x), id: s.id + '-nourl' });
  const features = Object.keys(samples[0]!.x);
  const even = samples.filter((s) => Number(s.id.slice(5, 9)) % 2 === 0);
  const odd = samples.filter((s) => Number(s.id.slice(5, 9)) % 2 === 1);
  const withUrl = (xs: typeof samples): typeof samples => xs.filter((s) => !s.id.endsWith('-nourl'));
  const withoutUrl = (xs: typeof samples): typeof samples => xs.filter((s) => s.id.endsWith('-nourl'));
  const show = (name: string, score: (x: Record<string, number>) => number, test: Sample[]): void => {
    const { tp, fp, fn, tn } = confusion(test.map((s) => ({ y: s.y, p: score(s.x) })));
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    console.log(`${name}: accuracy ${((tp + tn) / test.length).toFixed(3)}, article P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} (n=${test.length})`);
  };
  const mEven = fitBoth(even, features, l2);
  const mOdd = fitBoth(odd, features, l2);
  show('logistic, train even -> test odd ', (x) => predict(mEven.lr, x), withUrl(odd));
  show('logistic, train odd  -> test even', (x) => predict(mOdd.lr, x), withUrl(even));
  show('blend,    train even -> test odd ', (x) => blend(mEven, x), withUrl(odd));
  show('blend,    train odd  -> test even', (x) => blend(mOdd, x), withUrl(even));
  show('blend, no URL, even -> odd       ', (x) => blend(mEven, x), withoutUrl(odd));
  show('blend, no URL, odd -> even       ', (x) => blend(mOdd, x), withoutUrl(even));
  // Five folds by id (pairs of neighbouring ids kept together, across both halves): each page is scored by a model that
  // never saw it, with four fifths of the pages to learn from, closer to the shipped model than a half.
  const fold = (s: { id: string }): number => Math.floor(Number(s.id.slice(5, 9)) / 2) % FOLDS;
  const cv: { x: Record<string, number>; y: boolean; p: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const m = fitBoth(samples.filter((s) => fold(s) !== k), features, l2);
    for (const s of withUrl(samples.filter((s) => fold(s) === k))) cv.push({ ...s, p: blend(m, s.x) });
  }
  show(`blend, ${FOLDS}-fold cross-validation     `, (x) => cv.find((c) => c.x === x)!.p, cv);
  if (repeats > 0) {
    const pair = (s: { id: string }): number => Math.floor(Number(s.id.slice(5, 9)) / 2);
    const runs: { acc: number; f1: number }[] = [];
    for (let r = 1; r <= repeats; r++) {
      const rows: Scored[] = [];
      for (let k = 0; k < FOLDS; k++) {
        const m = fitBoth(samples.filter((s) => shuffledFold(pair(s), r) !== k), features, l2, 1 + 101 * r);
        for (const s of withUrl(samples.filter((s) => shuffledFold(pair(s), r) === k))) rows.push({ y: s.y, p: blend(m, s.x) });
      }
      runs.push(accuracyF1(rows));
    }
    const avg = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
    const accs = runs.map((r) => r.acc);
    console.log(`blend, ${FOLDS}-fold CV x${repeats} (other partitions and seeds): accuracy mean ${avg(accs)} (${Math.min(...accs).toFixed(3)}..${Math.max(...accs).toFixed(3)}), article F1 mean ${avg(runs.map((r) => r.f1))}`);
  }
  const both = fitBoth(samples, features, l2);
  const model = both.lr;
  show('blend,    train all  -> all (fit)', (x) => blend(both, x), withUrl(samples));
  const ranked = features.map((f, j) => [f, model.weights[j]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log('weights:', ranked.map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', '));
  if (write) {
    const r = (x: number): number => Math.round(x * 1e4) / 1e4;
    const trees = both.gb.trees.map((t) => t.map((n) => [n.f, r(n.t), n.l, n.r, r(n.v)]));
    const src = `// Generated by \`npx tsx scripts/lib/train-article.ts --write\` from the WCXB dev pages:
// logistic regression (l2=${l2}) and ${GBDT.rounds} gradient-boosted trees of depth ${GBDT.depth}, averaged.
import type { DetectModel } from './detect.ts';

export const DETECT_MODEL: DetectModel = {
  features: ${JSON.stringify(features)},
  mean: ${JSON.stringify(model.mean.map(r))},
  scale: ${JSON.stringify(model.scale.map(r))},
  weights: ${JSON.stringify(model.weights.map(r))},
  bias: ${r(model.bias)},
  trees: {
    base: ${r(both.gb.base)},
    rate: ${both.gb.rate},
    trees: ${JSON.stringify(trees)},
  },
  threshold: 0.5,
};
`;
    writeFileSync(join(projectRoot, 'utils', 'article', 'detect-model.ts'), src);
    console.log('wrote utils/article/detect-model.ts');
  }
}

await main();
