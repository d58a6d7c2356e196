// `npm run eval -- <suite> [args]`: accuracy measured against ../shared data.
import { runSuite } from './suite-runner.ts';

await runSuite('eval', process.argv.slice(2), {
  article: () => import('./eval/article.ts'),
  ner: () => import('./eval/ner.ts'),
  news: () => import('./eval/news-text.ts'),
  pages: () => import('./eval/pages.ts'),
  quotes: () => import('./eval/quotes.ts'),
});
