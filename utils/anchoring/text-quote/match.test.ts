import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preparePage } from '../page.ts';
import { describeTextQuote } from './describe.ts';
import { matchTextQuote } from './match.ts';

const article = readFileSync(new URL('../../../e2e/fixtures/article.txt', import.meta.url), 'utf8').trim();

/** Every sentence of the seed article, as note spans. */
const sentences = [...article.matchAll(/[^.!?\n]+[.!?]/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));

describe('text quote: describe/match pairs', () => {
  const page = preparePage(article);

  it.each(sentences.map((span) => [article.slice(span.start, span.start + 40), span] as const))(
    'finds "%s…" where it was described',
    (_label, span) => {
      const match = matchTextQuote(page, describeTextQuote(article, span), span.start);
      expect(match).toMatchObject({ start: span.start, end: span.end, fuzzy: false });
      expect(match?.confidence).toBeGreaterThanOrEqual(0.8);
    },
  );

  it.each([
    ['first', 0],
    ['third', 2],
    ['last', -1],
  ])('tells the %s "Huawei" from the others by its context alone', (_label, which) => {
    const all = [...article.matchAll(/Huawei/g)].map((m) => m.index ?? 0);
    const start = which < 0 ? (all[all.length - 1] ?? 0) : (all[which] ?? 0);
    const match = matchTextQuote(page, describeTextQuote(article, { start, end: start + 6 }));
    expect(match?.start).toBe(start);
  });

  it('prefers the old position between identical passages, without high confidence', () => {
    const repeated = 'The board met on Monday.\n\nShares fell.\n\nThe board met on Monday.\n\nShares fell.';
    const second = repeated.lastIndexOf('The board');
    const selector = describeTextQuote(repeated, { start: second, end: second + 24 });
    const match = matchTextQuote(preparePage(repeated), selector, second);
    expect(match?.start).toBe(second);
    expect(match?.confidence).toBeLessThan(0.8);
  });

  it('finds an approximate match when words of the quote changed, and says so', () => {
    const at = article.indexOf('Android license');
    const span = sentences.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: 0 };
    const selector = describeTextQuote(article, span);
    const edited = article.replace('Android license', 'Android licence');
    const match = matchTextQuote(preparePage(edited), selector, span.start);
    expect(match?.fuzzy).toBe(true);
    expect(edited.slice(match?.start, match?.end)).toContain('Android licence');
  });

  it('finds nothing in a page without the quote', () => {
    const selector = describeTextQuote(article, sentences[0] ?? { start: 0, end: 10 });
    expect(matchTextQuote(preparePage('An unrelated page about the weather.'), selector)).toBeNull();
  });
});
