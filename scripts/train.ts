// `npm run train`: learns the entity tagger from CoNLL-2003 train and writes utils/nlp/model/ner-weights.ts.
import { writeFileSync } from 'node:fs';
import { TAG_COUNT } from '../utils/nlp/features.ts';
import { CompactWeights, FloatWeights, spansFromTags, tagSentences, type TaggerWeights } from '../utils/nlp/tagger.ts';
import { readConll, toTaggedDocument } from './train/conll.ts';
import { buildLexicon, type Lexicon } from './train/lexicon.ts';
import { nameWordClasses } from '../utils/nlp/lexicon.ts';
import { learnSpeechCues, readPolnear } from './train/cues.ts';

const TRAIN_PATH = '../shared/data/ner/conll2003/train.jsonl';
const OUTPUT_PATH = 'utils/nlp/model/ner-weights.ts';
const LEXICON_PATH = 'utils/nlp/model/lexicon.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

/** Small seeded generator so the shuffle, and so the model, is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const documents = readConll(TRAIN_PATH);
if (!documents) {
  console.log(`Training data not found at ${TRAIN_PATH} (it lives in the shared data folder next to the repository). Nothing trained.`);
  process.exit(0);
}

const bits = option('bits', 16);
const epochs = option('epochs', 8);
const seed = option('seed', 1);
const buckets = 1 << bits;
const started = performance.now();
const tagged = documents.map(toTaggedDocument);
const tokenCount = tagged.reduce((sum, doc) => sum + doc.tokens.length, 0);
console.log(`CoNLL train: ${documents.length} documents, ${tokenCount} tokens; ${buckets} hashed buckets x ${TAG_COUNT} tags, ${epochs} epochs, seed ${seed}.`);

// Word classes from name lists: each training document sees lists learned from the other folds only,
// as the shipped lists will meet text they were not learned from.
const folds = option('folds', 5);
const classesOf = (lexicon: Lexicon) =>
  nameWordClasses({ person: lexicon.names.PER, organization: lexicon.names.ORG, location: lexicon.names.LOC, misc: lexicon.names.MISC, givenNames: lexicon.givenNames });
const lexicon = buildLexicon(documents);
const fullClasses = classesOf(lexicon);
const foldClasses = Array.from({ length: folds }, (_, fold) => classesOf(buildLexicon(documents.filter((_, index) => index % folds !== fold))));
const trainingClasses = (docIndex: number) => (folds > 1 ? foldClasses[docIndex % folds]! : fullClasses);

const weights = new Float32Array(buckets * TAG_COUNT);
const weightedSums = new Float32Array(buckets * TAG_COUNT);
let step = 1;
const model = new FloatWeights(buckets, weights);
const mask = buckets - 1;
const random = seededRandom(seed);
const order = tagged.map((_, index) => index);

for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  let errors = 0;
  for (const docIndex of order) {
    const doc = tagged[docIndex]!;
    tagSentences(model, doc.tokens, doc.sentences, trainingClasses(docIndex), {
      gold: doc.gold,
      update(features, count, gold, predicted) {
        errors++;
        for (let f = 0; f < count; f++) {
          const row = (features[f]! & mask) * TAG_COUNT;
          weights[row + gold]! += 1;
          weights[row + predicted]! -= 1;
          weightedSums[row + gold]! += step;
          weightedSums[row + predicted]! -= step;
        }
      },
    });
    step += doc.tokens.length;
  }
  console.log(`epoch ${epoch}: ${errors} token errors (${((100 * errors) / tokenCount).toFixed(2)}%)`);
}

// Averaged weights, quantised to signed bytes: small and close enough to the floats.
// Signed bytes on a linear scale, with the few large weights (features that fire on almost every
// token, whose class differences must stay exact) kept aside as exact values.
const averaged = new Float32Array(weights.length);
const magnitudes: number[] = [];
for (let index = 0; index < weights.length; index++) {
  const value = weights[index]! - weightedSums[index]! / step;
  averaged[index] = value;
  if (value !== 0) magnitudes.push(Math.abs(value));
}
magnitudes.sort((a, b) => a - b);
const threshold = magnitudes[Math.floor(magnitudes.length * option('percentile', 0.998))] ?? 1;
const scale = threshold / 127;
const bytes = new Int8Array(weights.length);
const exact: number[] = [];
let nonZero = 0;
for (let index = 0; index < averaged.length; index++) {
  const value = averaged[index]!;
  if (Math.abs(value) > threshold) {
    exact.push(index, Number(value.toPrecision(6)));
    continue;
  }
  bytes[index] = Math.round(value / scale);
  if (bytes[index] !== 0) nonZero++;
}
const base64 = Buffer.from(bytes.buffer).toString('base64');
writeFileSync(
  OUTPUT_PATH,
  `// Generated by \`npm run train\` (averaged perceptron over hashed features, trained on CoNLL-2003 train). Do not edit.\n` +
    `export const NER_WEIGHTS = {\n  buckets: ${buckets},\n  tags: ${TAG_COUNT},\n  scale: ${scale},\n  exact: [${exact.join(',')}],\n  epochs: ${epochs},\n  seed: ${seed},\n  int8Base64:\n    '${base64}',\n};\n`,
);
console.log(
  `Wrote ${OUTPUT_PATH}: ${(base64.length / 1024).toFixed(0)} KiB, ${nonZero} non-zero byte weights of ${bytes.length}, ${exact.length / 2} exact, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);

writeFileSync(
  LEXICON_PATH,
  `// Generated by \`npm run train\` from CoNLL-2003 train: names and common words only. Do not edit.\n` +
    `export const LEXICON = {\n` +
    `  person: ${JSON.stringify(lexicon.names.PER.join('|'))},\n` +
    `  organization: ${JSON.stringify(lexicon.names.ORG.join('|'))},\n` +
    `  location: ${JSON.stringify(lexicon.names.LOC.join('|'))},\n` +
    `  misc: ${JSON.stringify(lexicon.names.MISC.join('|'))},\n` +
    `  givenNames: ${JSON.stringify(lexicon.givenNames.join('|'))},\n` +
    `  commonWords: ${JSON.stringify(lexicon.commonWords.join('|'))},\n};\n`,
);
console.log(
  `Wrote ${LEXICON_PATH}: ${lexicon.names.PER.length} person, ${lexicon.names.ORG.length} organisation, ${lexicon.names.LOC.length} location, ${lexicon.names.MISC.length} other names, ` +
    `${lexicon.givenNames.length} given names, ${lexicon.commonWords.length} common words.`,
);

// Speech cues ("said", "noted", "according") from PolNeAR train's attribution cue spans.
const POLNEAR_TRAIN_PATH = '../shared/data/quotes/polnear/train.jsonl';
const CUES_PATH = 'utils/nlp/model/speech-cues.ts';
const polnear = readPolnear(POLNEAR_TRAIN_PATH);
if (polnear) {
  const cues = learnSpeechCues(polnear, 8, 0.6).filter((cue) => !cue.word.endsWith('ly'));
  writeFileSync(
    CUES_PATH,
    `// Generated by \`npm run train\` from PolNeAR train: single words that mark an attribution in at least 60% of their uses.\n` +
      `export const SPEECH_CUES = ${JSON.stringify(cues.map((cue) => cue.word).join('|'))};\n`,
  );
  console.log(`Wrote ${CUES_PATH}: ${cues.length} speech cues from ${polnear.length} PolNeAR articles (top: ${cues.slice(0, 8).map((cue) => cue.word).join(', ')}).`);
} else {
  console.log(`PolNeAR train not found at ${POLNEAR_TRAIN_PATH}; keeping the committed speech cues.`);
}

// Optional check on held-out data with the unquantised and the quantised weights (`--dev`).
if (process.argv.includes('--dev')) {
  const dev = readConll('../shared/data/ner/conll2003/dev.jsonl');
  if (dev) {
    const tables: [string, TaggerWeights][] = [
      ['float', new FloatWeights(buckets, averaged)],
      ['int8', new CompactWeights(buckets, bytes, scale, exact)],
    ];
    for (const [label, table] of tables) {
      // Exact-span counts per kind: index 0 for all kinds together, then PER, ORG, LOC, MISC (see `tagKind`).
      const correct = [0, 0, 0, 0, 0];
      const found = [0, 0, 0, 0, 0];
      const gold = [0, 0, 0, 0, 0];
      const tally = (counts: number[], kind: number): void => {
        counts[0]!++;
        counts[kind]!++;
      };
      for (const document of dev) {
        const doc = toTaggedDocument(document);
        const tags = tagSentences(table, doc.tokens, doc.sentences, fullClasses);
        const key = (span: { kind: number; first: number; end: number }): string => `${span.kind}:${span.first}:${span.end}`;
        const goldSpans = spansFromTags(doc.gold);
        const goldKeys = new Set(goldSpans.map(key));
        for (const span of goldSpans) tally(gold, span.kind);
        for (const span of spansFromTags(tags)) {
          tally(found, span.kind);
          if (goldKeys.has(key(span))) tally(correct, span.kind);
        }
      }
      const f1 = (kind: number): number => (2 * correct[kind]!) / (found[kind]! + gold[kind]!);
      const perKind = ['PER', 'ORG', 'LOC', 'MISC'].map((kind, index) => `${kind} ${f1(index + 1).toFixed(3)}`).join(', ');
      console.log(`dev (${label}): P ${(correct[0]! / found[0]!).toFixed(3)} R ${(correct[0]! / gold[0]!).toFixed(3)} F1 ${f1(0).toFixed(3)}; ${perKind}`);
    }
  }
}
