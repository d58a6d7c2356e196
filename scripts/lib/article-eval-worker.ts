// Child process for the article eval: analyses pages with our code and with Readability, on linkedom.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analyzeArticle } from '../../utils/article/index.ts';
import { detectionSignals } from '../../utils/article/detect.ts';
import { bodyStats, findBody } from '../../utils/article/body.ts';
import type { ArticlePage } from './article-data.ts';
import { bowPrf } from './bow.ts';
import { parseHtmlDocument } from './dom.ts';
import { readJson, readTextFile } from './files.ts';
import { serveWorker } from './pool.ts';

export interface EvalContext {
  readability: boolean;
  signals: boolean;
  keepText: boolean;
}

export interface PageResult {
  id: string;
  set: string;
  pageType: string;
  label: boolean;
  error?: string;
  ours?: { isArticle: boolean; score: number; precision: number; recall: number; f1: number; ms: number; text?: string };
  readability?: { readerable: boolean; precision: number; recall: number; f1: number; ms: number; readerableMs: number; text?: string };
  signals?: Record<string, number>;
  truthWords?: number;
}

function truthText(page: ArticlePage): string {
  if (page.set === 'wcxb') {
    const gt = readJson<{ ground_truth?: { main_content?: string } }>(page.truthPath);
    return gt.ground_truth?.main_content ?? '';
  }
  const doc = parseHtmlDocument(readTextFile(page.truthPath));
  return doc.body?.textContent ?? '';
}

export function evalPage(page: ArticlePage, ctx: EvalContext): PageResult {
  const res: PageResult = { id: page.id, set: page.set, pageType: page.pageType, label: page.isArticle };
  try {
    const html = readTextFile(page.htmlPath);
    const truth = truthText(page);
    res.truthWords = truth.split(/\s+/).filter(Boolean).length;
    const doc = parseHtmlDocument(html);
    const t0 = performance.now();
    const a = analyzeArticle(doc, page.url);
    const ms = performance.now() - t0;
    const prf = bowPrf(a.body.text, truth);
    res.ours = { isArticle: a.isArticle, score: a.articleScore, ...prf, ms, ...(ctx.keepText ? { text: a.body.text } : {}) };
    if (ctx.signals) {
      const stats = bodyStats(doc);
      const body = findBody(doc, stats);
      res.signals = detectionSignals(doc, page.url, stats, body.root, undefined, a.body.text);
    }
    if (ctx.readability) {
      const doc2 = parseHtmlDocument(html);
      const t1 = performance.now();
      const readerable = isProbablyReaderable(doc2 as never);
      const t2 = performance.now();
      let text = '';
      try {
        text = new Readability(doc2 as never).parse()?.textContent ?? '';
      } catch {
        text = '';
      }
      const t3 = performance.now();
      res.readability = { readerable, ...bowPrf(text, truth), ms: t3 - t2, readerableMs: t2 - t1, ...(ctx.keepText ? { text } : {}) };
    }
  } catch (e) {
    res.error = e instanceof Error ? e.message : String(e);
  }
  return res;
}

serveWorker<ArticlePage, PageResult>((page, ctx) => evalPage(page, ctx as EvalContext));
