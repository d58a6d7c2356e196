import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './index.ts';

interface Label {
  page_type: string;
  url: string;
  title: string | null;
  main_content: string;
}

const DIR = join(__dirname, 'fixtures');
const labels = JSON.parse(readFileSync(join(DIR, 'wcxb-labels.json'), 'utf8')) as Record<string, Label>;

const load = (id: string): Document =>
  (parseHTML(gunzipSync(readFileSync(join(DIR, `wcxb-${id}.html.gz`))).toString('utf8')) as unknown as { document: Document }).document;

/** Bag-of-words F1 (lower-cased word tokens, multiset). */
function bowF1(a: string, b: string): number {
  const bag = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const x = bag(a);
  const y = bag(b);
  let common = 0;
  let nx = 0;
  let ny = 0;
  for (const c of x.values()) nx += c;
  for (const [w, c] of y) {
    ny += c;
    common += Math.min(c, x.get(w) ?? 0);
  }
  if (!nx || !ny || !common) return 0;
  const p = common / nx;
  const r = common / ny;
  return (2 * p * r) / (p + r);
}

describe('WCXB pages (fixtures)', () => {
  for (const [id, label] of Object.entries(labels)) {
    const isArticle = label.page_type === 'article';
    it(`${id} (${label.page_type}) is ${isArticle ? '' : 'not '}an article${isArticle ? ', and its body matches the ground truth' : ''}`, () => {
      const a = analyzeArticle(load(id), label.url);
      expect(a.isArticle).toBe(isArticle);
      if (isArticle) {
        expect(bowF1(a.body.text, label.main_content)).toBeGreaterThan(0.9);
        expect(a.title.length).toBeGreaterThan(0);
      }
    });
  }
});
