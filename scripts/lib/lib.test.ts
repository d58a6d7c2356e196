import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bowPrf, classPrf } from './bow.ts';
import { normalizeHtml, parseHtmlDocument } from './dom.ts';
import { projectRoot } from './files.ts';

describe('bowPrf', () => {
  it('scores word multisets', () => {
    expect(bowPrf('a b c', 'a b c').f1).toBe(1);
    expect(bowPrf('A, b!', 'a b c d').precision).toBe(1);
    expect(bowPrf('A, b!', 'a b c d').recall).toBe(0.5);
    expect(bowPrf('a a a', 'a').precision).toBeCloseTo(1 / 3);
    expect(bowPrf('', '').f1).toBe(1);
    expect(bowPrf('x', '').f1).toBe(0);
    expect(classPrf(1, 1, 0).precision).toBe(0.5);
  });
});

describe('parseHtmlDocument', () => {
  it('keeps content written after </body></html> in the body, as a browser does', () => {
    const doc = parseHtmlDocument('<html><head><title>t</title></head><body><p>one</p></body></html>\n<div><p>two</p></div>');
    expect(doc.body.textContent).toContain('one');
    expect(doc.body.textContent).toContain('two');
  });

  it('finds the body when scripts stand between </head> and <body>, or before <html>', () => {
    const a = parseHtmlDocument('<!doctype html><html><head></head><script>x</script><body class="b"><p>text</p></body></html>');
    expect(a.body.getAttribute('class')).toBe('b');
    expect(a.body.textContent).toContain('text');
    const b = parseHtmlDocument('<script>var x;</script><html><head></head><body><p>text</p></body></html>');
    expect(b.body.textContent).toContain('text');
    const c = parseHtmlDocument('<meta charset="utf-8"><head><title>t</title></head><body><p>text</p></body>');
    expect(c.body.textContent).toContain('text');
    expect(normalizeHtml('<head><title>t</title></head><body><p>x</p></body>')).toContain('<body><p>x</p>');
  });

  it('wraps a fragment', () => {
    expect(parseHtmlDocument('<p>just a paragraph</p>').body.textContent).toBe('just a paragraph');
  });
});

describe('npm run analyze', () => {
  const seed = join(projectRoot, 'e2e', 'fixtures');
  const run = (args: string[], input = ''): Record<string, unknown>[] => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'analyze.ts'), ...args], { input, encoding: 'utf8', cwd: projectRoot });
    return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  };

  it('prints one JSON line per file, in order, with an error line for a bad file', () => {
    const lines = run([join(seed, 'article.html'), join(seed, 'missing.html'), join(seed, 'article.txt'), join(seed, 'front-page.html')]);
    expect(lines).toHaveLength(4);
    expect(lines[0]!.isArticle).toBe(true);
    expect(lines[0]!.title).toBe('Japan Might Be Planning to Boycott Huawei and ZTE Equipment');
    expect(String(lines[0]!.bodyText)).toContain('Cybersecurity is becoming an important issue in Japan.');
    expect(lines[0]!.ms).toHaveProperty('body');
    expect(lines[1]!.error).toBeTruthy();
    expect(lines[2]!.isArticle).toBe(true);
    expect(lines[3]!.isArticle).toBe(false);
  }, 30000);

  it('answers --jsonl lines from stdin by id', () => {
    const lines = run(['--jsonl'], '{"id":"a","text":"Hello world."}\nnot json\n{"id":2,"text":"Second."}\n');
    expect(lines.map((l) => l.id)).toEqual(['a', null, 2]);
    expect(lines[0]!.bodyText).toBe('Hello world.');
    expect(lines[1]!.error).toBeTruthy();
  }, 30000);
});
