import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, articleAnalysisSteps, type ArticleStep } from './index.ts';

const parse = (html: string): Document => (parseHTML(html) as unknown as { document: Document }).document;

describe('articleAnalysisSteps', () => {
  it.each(['article.html', 'front-page.html'])('yields between its steps and ends with what analyzeArticle finds (%s)', (name) => {
    const html = readFileSync(`e2e/fixtures/${name}`, 'utf8');
    const steps = articleAnalysisSteps(parse(html), 'https://example.com/a');
    const seen: ArticleStep[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value);
      step = steps.next();
    }
    expect(seen).toEqual(['stats', 'body', 'text']);
    const whole = analyzeArticle(parse(html), 'https://example.com/a');
    const { ms: _stepped, ...stepped } = step.value;
    const { ms: _whole, ...atOnce } = whole;
    expect(stepped.body.text).toBe(atOnce.body.text);
    expect([stepped.isArticle, stepped.articleScore, stepped.title]).toEqual([atOnce.isArticle, atOnce.articleScore, atOnce.title]);
  });
});
