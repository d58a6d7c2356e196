import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, articleTitle, findArticleBody, stripSiteSuffix } from './index.ts';
import { detectArticle } from './detect.ts';
import { readMetadata } from './metadata.ts';

const FIX = join(__dirname, '..', '..', 'e2e', 'fixtures');
const read = (name: string): string => readFileSync(join(FIX, name), 'utf8');
const parse = (html: string): Document => (parseHTML(html) as unknown as { document: Document }).document;

interface Expected {
  title: string;
  notHighlighted: { 'outside the article body': string[] };
}

describe('the seed article page', () => {
  const expected = JSON.parse(read('expected.json')) as Expected;
  const doc = parse(read('article.html'));
  const a = analyzeArticle(doc);
  // article.txt: the title, the paragraphs and the quote, and the Related box flattened into one line.
  const paragraphs = read('article.txt')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && p !== expected.title && !p.includes('Related'));

  it('is an article, with its title', () => {
    expect(a.isArticle).toBe(true);
    expect(a.articleScore).toBeGreaterThan(0.5);
    expect(a.title).toBe(expected.title);
    expect(articleTitle(doc)).toBe(expected.title);
  });

  it('holds every article paragraph and the quote', () => {
    expect(paragraphs.length).toBe(4);
    for (const p of paragraphs) expect(a.body.text).toContain(p);
    expect(a.body.text).toContain('“Cybersecurity is becoming an important issue in Japan.');
  });

  it('holds none of the nav, Related box, Trending sidebar, comments or footer', () => {
    for (const s of expected.notHighlighted['outside the article body']) expect(a.body.text).not.toContain(s);
    for (const s of ['Related', 'Trending', 'Comments', 'Newsletter', 'Qualcomm', 'TechWire']) expect(a.body.text).not.toContain(s);
  });

  it('finds the body as live elements, and excludes the Related box inside <article>', () => {
    const roots = findArticleBody(doc);
    expect(roots.length).toBeGreaterThan(0);
    const related = doc.querySelector('aside.related')!;
    const inside = a.roots.some((r) => r.contains(related));
    if (inside) expect(a.skip(related)).toBe(true);
    expect(a.roots.every((r) => r.ownerDocument === doc)).toBe(true);
  });
});

describe('the seed front page', () => {
  it('is not an article', () => {
    const doc = parse(read('front-page.html'));
    const d = detectArticle(doc);
    expect(d.isArticle).toBe(false);
    expect(d.score).toBeLessThan(0.5);
    expect(analyzeArticle(doc).isArticle).toBe(false);
  });
});

const wrap = (ld: string, body = '<p>Short.</p>'): Document =>
  parse(`<!DOCTYPE html><html><head><title>T</title><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`);

describe('JSON-LD', () => {
  it('reads @type at the top level, in arrays, in @graph, as arrays of types, and as full URLs', () => {
    const cases: [string, string][] = [
      ['{"@context":"https://schema.org","@type":"NewsArticle","headline":"H"}', 'NewsArticle'],
      ['[{"@type":"WebSite"},{"@type":"BlogPosting"}]', 'BlogPosting'],
      ['{"@context":"https://schema.org","@graph":[{"@type":"Organization"},{"@type":"WebPage"},{"@type":["Article","NewsArticle"]}]}', 'NewsArticle'],
      ['{"@type":"http://schema.org/ReportageNewsArticle"}', 'ReportageNewsArticle'],
      ['{"@type":"WebPage","mainEntity":{"@type":"Article"}}', 'Article'],
      ['{"@type":"Product","name":"x",}', 'Product'],
    ];
    for (const [ld, type] of cases) expect([...readMetadata(wrap(ld)).ldTypes]).toContain(type);
  });

  it('does not count nested items (author, publisher, list elements) as the page type', () => {
    const md = readMetadata(wrap('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle"}],"author":{"@type":"Person"}}'));
    expect([...md.ldTypes]).toEqual(['ItemList']);
  });

  it('feeds detection signals and the title', () => {
    const d = detectArticle(wrap('{"@graph":[{"@type":["NewsArticle"],"headline":"The headline"}]}'));
    expect(d.signals.ld_news).toBe(1);
    expect(detectArticle(wrap('{"@type":"Product"}')).signals.ld_product).toBe(1);
    expect(articleTitle(wrap('{"@graph":[{"@type":"BlogPosting","headline":"The headline"}]}'))).toBe('The headline');
  });

  it('survives invalid JSON-LD', () => {
    expect(() => detectArticle(wrap('{ not json'))).not.toThrow();
  });
});

describe('titles', () => {
  it('drops a " | Site" suffix', () => {
    expect(stripSiteSuffix('Japan Might Be Planning to Boycott Huawei | TechWire')).toBe('Japan Might Be Planning to Boycott Huawei');
    expect(stripSiteSuffix('A B C - The Daily Site', 'The Daily Site')).toBe('A B C');
    expect(stripSiteSuffix('Short title')).toBe('Short title');
  });
});
