// `npm run bench -- nlp`: milliseconds per 1,000 words for analyzeText and for compromise in the same run,
// their ratio, and the size of the model assets.
import nlp from 'compromise';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeText } from '../../utils/nlp/index.ts';

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

function timeRound(texts: readonly string[], work: (text: string) => void): number {
  const started = performance.now();
  for (const text of texts) work(text);
  return performance.now() - started;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export async function run(args: string[]): Promise<void> {
  const rounds = Number(args[args.indexOf('--rounds') + 1]) || 7;
  const { label, texts } = corpus();
  const words = texts.reduce((sum, text) => sum + (text.match(/\S+/g)?.length ?? 0), 0);
  const ours = (text: string): void => void analyzeText(text);
  const baseline = (text: string): void => {
    const doc = nlp(text);
    doc.people().json({ offset: true });
    doc.organizations().json({ offset: true });
    doc.places().json({ offset: true });
  };

  // First call: decoding the model and warming the JIT, reported on its own.
  const firstStarted = performance.now();
  analyzeText(texts[0]!);
  const firstCall = performance.now() - firstStarted;
  timeRound(texts, ours);
  timeRound(texts.slice(0, 10), baseline);

  const oursTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    oursTimes.push(timeRound(texts, ours));
    baselineTimes.push(timeRound(texts, baseline));
  }
  const perThousand = (ms: number): number => (ms / words) * 1000;
  const oursMs = perThousand(median(oursTimes));
  const baselineMs = perThousand(median(baselineTimes));
  console.log(`Corpus: ${label}, ${words} words; median of ${rounds} interleaved rounds.`);
  console.log(`  analyzeText (entities, people, roles, quotes):  ${oursMs.toFixed(2)} ms / 1,000 words`);
  console.log(`  compromise 14 (people, organizations, places): ${baselineMs.toFixed(2)} ms / 1,000 words`);
  console.log(`  ratio: ours is ${(baselineMs / oursMs).toFixed(1)}x faster`);
  console.log(`  first call (model decode + cold JIT, seed-sized text): ${firstCall.toFixed(1)} ms`);

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
