// The article data in ../shared/data/articles: WCXB dev pages (labels + ground truth) and Readability's test pages.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listDir, readJson, sharedRoot } from './files.ts';

export const articlesRoot = join(sharedRoot, 'data', 'articles');

export interface ArticlePage {
  /** "wcxb/0001" or "readability/001". */
  id: string;
  set: 'wcxb' | 'readability';
  htmlPath: string;
  url?: string;
  /** Page type ("article", "product", ...) for WCXB; "article" / "not-readerable" for Readability cases. */
  pageType: string;
  /** Is it an article (WCXB label; Readability's own `readerable` flag for its test pages). */
  isArticle: boolean;
  /** Where the expected body text is: a WCXB ground-truth JSON or a Readability expected.html.gz. */
  truthPath: string;
}

interface WcxbLabel {
  page_type: string;
  url?: string;
}

export function hasArticleData(): boolean {
  return existsSync(join(articlesRoot, 'wcxb-dev', 'labels.json'));
}

export function listWcxb(): ArticlePage[] {
  const dir = join(articlesRoot, 'wcxb-dev');
  const labels = readJson<Record<string, WcxbLabel>>(join(dir, 'labels.json'));
  return Object.keys(labels)
    .sort()
    .map((id) => ({
      id: `wcxb/${id}`,
      set: 'wcxb' as const,
      htmlPath: join(dir, 'html', `${id}.html.gz`),
      url: labels[id]!.url,
      pageType: labels[id]!.page_type,
      isArticle: labels[id]!.page_type === 'article',
      truthPath: join(dir, 'ground-truth', `${id}.json`),
    }))
    .filter((p) => existsSync(p.htmlPath));
}

export function listReadability(): ArticlePage[] {
  const dir = join(articlesRoot, 'readability');
  const out: ArticlePage[] = [];
  for (const name of listDir(dir)) {
    const src = join(dir, name, 'source.html.gz');
    const expected = join(dir, name, 'expected.html.gz');
    if (!existsSync(src) || !existsSync(expected)) continue;
    let readerable = true;
    try {
      readerable = readJson<{ readerable?: boolean }>(join(dir, name, 'expected-metadata.json')).readerable !== false;
    } catch {
      // keep the default
    }
    out.push({
      id: `readability/${name}`,
      set: 'readability',
      htmlPath: src,
      pageType: readerable ? 'article' : 'not-readerable',
      isArticle: readerable,
      truthPath: expected,
    });
  }
  return out;
}

/** WCXB ids split in two halves by parity, to report numbers on pages not used for tuning. */
export function wcxbHalf(page: ArticlePage): 'even' | 'odd' | null {
  if (page.set !== 'wcxb') return null;
  const n = Number(page.id.slice(5));
  return n % 2 === 0 ? 'even' : 'odd';
}
