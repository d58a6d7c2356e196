// Article analysis on a live DOM: is it an article, what is its title, and the text model of its body.

import { bodyStats, findBody } from './body.ts';
import { detectWithStats, docUrl } from './detect.ts';
import { type PageMetadata, readMetadata } from './metadata.ts';
import { type TextModel, textModelSteps } from './text-model.ts';

export type { TextModel, TextSegment } from './text-model.ts';
export { buildTextModel, rangeFromOffsets, offsetFromPoint, boundaryPoints, blockQuoteRanges } from './text-model.ts';
export { detectArticle, type ArticleDetection } from './detect.ts';
export { findArticleBody, findBody } from './body.ts';

export interface ArticleAnalysis {
  isArticle: boolean;
  articleScore: number;
  title: string;
  roots: Element[];
  /** Subtrees inside the roots that are not the article (a Related box, a share bar): read the roots again without them. */
  skip: (el: Element) => boolean;
  body: TextModel;
  ms: { detect: number; body: number };
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** What an analysis step did, yielded between steps: reading the page's shape, finding the body, its text, detection. */
export type ArticleStep = 'stats' | 'body' | 'text';
export type ArticleAnalysisSteps = Generator<ArticleStep, ArticleAnalysis, void>;

/**
 * The analysis one step at a time, so a caller on a page's main thread can give the page a turn between steps
 * (on a 50,000-word page the whole analysis is more than one long task). The DOM may change between steps;
 * a caller that watches the page analyses again after such a change.
 */
export function* articleAnalysisSteps(doc: Document, url?: string): ArticleAnalysisSteps {
  let t0 = now();
  let bodyMs = 0;
  const stats = bodyStats(doc);
  bodyMs += now() - t0;
  yield 'stats';
  t0 = now();
  const found = findBody(doc, stats);
  bodyMs += now() - t0;
  yield 'body';
  // The text is read in steps too: on a very long body it is the longest part.
  const reading = textModelSteps(found.roots, { skip: found.skip });
  let body: TextModel;
  for (;;) {
    t0 = now();
    const step = reading.next();
    bodyMs += now() - t0;
    if (step.done) {
      body = step.value;
      break;
    }
    yield 'text';
  }
  yield 'text';
  const t1 = now();
  const md = readMetadata(doc);
  const detection = detectWithStats(doc, url ?? docUrl(doc), stats, found.root, md, body.text);
  const title = titleFrom(doc, md);
  const t2 = now();
  return {
    isArticle: detection.isArticle,
    articleScore: detection.score,
    title,
    roots: found.roots,
    skip: found.skip,
    body,
    ms: { detect: round(t2 - t1), body: round(bodyMs) },
  };
}

/** The whole analysis at once (the command line, evaluations, tests). */
export function analyzeArticle(doc: Document, url?: string): ArticleAnalysis {
  const steps = articleAnalysisSteps(doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const round = (x: number): number => Math.round(x * 100) / 100;

const SEPARATORS = /\s+(?:[|–—·•»:]|-{1,2}|::)\s+/;

/** Removes a trailing " | Site" (or " - Site", " — Site"...) when the tail is short or is the site's name. */
export function stripSiteSuffix(title: string, siteName = ''): string {
  let t = title.replace(/\s+/g, ' ').trim();
  const site = siteName.trim().toLowerCase();
  for (let i = 0; i < 2; i++) {
    const parts = t.split(SEPARATORS);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    const rest = t.slice(0, t.length - last.length).replace(/\s*(?:[|–—·•»:]|-{1,2}|::)\s*$/, '');
    if ((site && last.toLowerCase() === site) || (last.split(' ').length <= 4 && rest.split(' ').length >= 3)) t = rest;
    else if (site && first.toLowerCase() === site) t = t.slice(first.length).replace(/^\s*(?:[|–—·•»:]|-{1,2}|::)\s*/, '');
    else break;
  }
  return t;
}

function titleFrom(doc: Document, md: PageMetadata): string {
  const site = md.meta.get('og:site_name') ?? '';
  const og = md.meta.get('og:title') ?? md.meta.get('twitter:title') ?? '';
  if (og.trim()) return stripSiteSuffix(og, site);
  if (md.ldHeadline) return stripSiteSuffix(md.ldHeadline, site);
  const h1 = doc.getElementsByTagName('h1')[0];
  const h1Text = h1 ? (h1.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  if (h1Text) return h1Text;
  return stripSiteSuffix(md.title, site);
}

/** og:title / JSON-LD headline / h1 / <title> minus " | Site" suffix. */
export function articleTitle(doc: Document): string {
  return titleFrom(doc, readMetadata(doc));
}
