// `npm run bench -- <suite> [args]`: speed, as ratios to a baseline measured in the same run.
import { runSuite } from './suite-runner.ts';

await runSuite('bench', process.argv.slice(2), {
  article: () => import('./bench/article.ts'),
  nlp: () => import('./bench/nlp.ts'),
  anchoring: () => import('./bench/anchoring.ts'),
  popup: () => import('./bench/popup.ts'),
  reader: () => import('./bench/reader.ts'),
});
