// `npm run bench -- nlp`: milliseconds per 1,000 words for analyzeText and for compromise in the same run,
// their ratio, and the size of the model assets.
//
// analyzeText is timed as it ships: utils/nlp bundled and minified by esbuild, as the extension build
// does. The same code loaded through tsx (as `npm run analyze` runs it) is timed too: tsx keeps function
// names by wrapping every named inner function in a call that the shipped code does not make.
import nlp from 'compromise';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as sourceModules from './nlp-entry.ts';

type AnalysisModules = typeof sourceModules;

const POLNEAR_DEV = '../shared/data/quotes/polnear/dev.jsonl';
const MODEL_DIR = 'utils/nlp/model';

function corpus(): { label: string; texts: string[] } {
  if (existsSync(POLNEAR_DEV)) {
    const texts = readFileSync(POLNEAR_DEV, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text);
    return { label: `PolNeAR dev (${texts.length} news articles)`, texts };
  }
  console.log(`${POLNEAR_DEV} not found (shared data folder); timing the seed article instead.`);
  return { label: 'seed article.txt', texts: [readFileSync('e2e/fixtures/article.txt', 'utf8')] };
}

/** Wall and CPU (user + system) milliseconds of one pass over the texts. */
function timeRound(texts: readonly string[], work: (text: string) => void): { wall: number; cpu: number } {
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  for (const text of texts) work(text);
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** utils/nlp as the extension ships it: one minified esbuild bundle, loaded from a scratch folder. */
async function shippedModules(): Promise<AnalysisModules> {
  const folder = mkdtempSync(join(tmpdir(), 'presslight-bench-'));
  try {
    const result = await build({
      entryPoints: [resolve('scripts/bench/nlp-entry.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      write: false,
      logLevel: 'error',
    });
    const file = join(folder, 'nlp.mjs');
    writeFileSync(file, result.outputFiles[0]!.contents);
    return (await import(pathToFileURL(file).href)) as AnalysisModules;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function run(args: string[]): Promise<void> {
  const rounds = Number(args[args.indexOf('--rounds') + 1]) || 7;
  const { label, texts } = corpus();
  const words = texts.reduce((sum, text) => sum + (text.match(/\S+/g)?.length ?? 0), 0);
  const { analyzeText, loadNerWeights, learnedLexicon, bundledNameWordClasses } = await shippedModules();
  const ours = (text: string): void => void analyzeText(text);
  const baseline = (text: string): void => {
    const doc = nlp(text);
    doc.people().json({ offset: true });
    doc.organizations().json({ offset: true });
    doc.places().json({ offset: true });
  };

  // First call, reported on its own: decoding the tagger weights, building the name lists, then a
  // seed-sized text through cold code.
  const seed = readFileSync('e2e/fixtures/article.txt', 'utf8');
  const decodeStarted = performance.now();
  loadNerWeights();
  const decode = performance.now() - decodeStarted;
  const listsStarted = performance.now();
  learnedLexicon();
  bundledNameWordClasses();
  const lists = performance.now() - listsStarted;
  const firstStarted = performance.now();
  analyzeText(seed);
  const firstCall = performance.now() - firstStarted;
  for (let round = 0; round < 3; round++) timeRound(texts, ours);

  // Our rounds alone first, before compromise has run: its garbage is collected on other threads
  // during the rounds that follow it, and CPU time counts every thread.
  const aloneWall: number[] = [];
  const aloneCpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const own = timeRound(texts, ours);
    aloneWall.push(own.wall);
    aloneCpu.push(own.cpu);
  }
  timeRound(texts.slice(0, 10), baseline);

  const oursWall: number[] = [];
  const oursCpu: number[] = [];
  const baselineWall: number[] = [];
  const baselineCpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const own = timeRound(texts, ours);
    oursWall.push(own.wall);
    oursCpu.push(own.cpu);
    const other = timeRound(texts, baseline);
    baselineWall.push(other.wall);
    baselineCpu.push(other.cpu);
  }
  // The source modules through tsx, after everything else, so their JIT warm-up disturbs nothing above.
  const viaTsx = (text: string): void => void sourceModules.analyzeText(text);
  for (let round = 0; round < 3; round++) timeRound(texts, viaTsx);
  const tsxWall: number[] = [];
  for (let round = 0; round < rounds; round++) tsxWall.push(timeRound(texts, viaTsx).wall);

  const perThousand = (ms: number): number => (ms / words) * 1000;
  const oursMs = perThousand(median(oursWall));
  const baselineMs = perThousand(median(baselineWall));
  const oursCpuMs = perThousand(median(oursCpu));
  const baselineCpuMs = perThousand(median(baselineCpu));
  console.log(`Corpus: ${label}, ${words} words; median of ${rounds} interleaved rounds (wall, and CPU = user + system).`);
  console.log(`  analyzeText as shipped (entities, people, roles, quotes):  ${oursMs.toFixed(2)} ms / 1,000 words wall, ${oursCpuMs.toFixed(2)} ms CPU`);
  console.log(`  analyzeText, rounds on its own before compromise ran: ${perThousand(median(aloneWall)).toFixed(2)} ms / 1,000 words wall, ${perThousand(median(aloneCpu)).toFixed(2)} ms CPU`);
  console.log(`  compromise 14 (people, organizations, places): ${baselineMs.toFixed(2)} ms / 1,000 words wall, ${baselineCpuMs.toFixed(2)} ms CPU`);
  console.log(`  ratio: ours is ${(baselineMs / oursMs).toFixed(1)}x faster (wall), ${(baselineCpuMs / oursCpuMs).toFixed(1)}x (CPU)`);
  console.log(`  the same code through tsx (as npm run analyze runs it): ${perThousand(median(tsxWall)).toFixed(2)} ms / 1,000 words wall`);
  console.log(`  first use: weights decode ${decode.toFixed(1)} ms, name lists ${lists.toFixed(1)} ms, then the seed article (${seed.match(/\S+/g)?.length ?? 0} words) through cold code ${firstCall.toFixed(1)} ms`);

  let raw = 0;
  let gzipped = 0;
  for (const name of readdirSync(MODEL_DIR)) {
    const path = join(MODEL_DIR, name);
    if (!statSync(path).isFile() || name === 'load.ts') continue;
    const content = readFileSync(path);
    raw += content.length;
    gzipped += gzipSync(content, { level: 9 }).length;
    console.log(`  asset ${path}: ${(content.length / 1024).toFixed(0)} KiB (${(gzipSync(content, { level: 9 }).length / 1024).toFixed(0)} KiB compressed)`);
  }
  console.log(`  model assets total: ${(raw / 1024).toFixed(0)} KiB raw, ${(gzipped / 1024).toFixed(0)} KiB compressed (as in a zip)`);
}
