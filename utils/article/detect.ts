// Is this page an article? Signals a reader would trust — what the page says it is (JSON-LD, Open Graph, microdata,
// <article>, byline, publish date), the shape of its text (long runs of prose vs link lists, grids, prices, forms,
// code) and the shape of its URL — combined by a logistic model whose weights were learnt from the WCXB dev pages
// (scripts/lib/train-article.ts writes ./detect-model.ts).

import { bodyStats, findBody } from './body.ts';
import { DETECT_MODEL } from './detect-model.ts';
import { type PageMetadata, addMicrodataType, readMetadata } from './metadata.ts';
import { headingSignals, repeatSignals, textShapeSignals, titleSignals } from './shape.ts';
import { type ElementStats, type PageStats } from './stats.ts';
import { buildTextModel } from './text-model.ts';

export interface ArticleDetection {
  isArticle: boolean;
  score: number;
  signals: Record<string, number>;
}

/** A tree node: [feature index, threshold, left, right, leaf value]; feature -1 marks a leaf. Left when x <= threshold. */
export type TreeNode = readonly [number, number, number, number, number];

export interface DetectModel {
  features: readonly string[];
  /** Logistic regression on standardised features. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Gradient-boosted trees on the same features (optional); the score is the mean of both probabilities. */
  trees?: { base: number; rate: number; trees: readonly (readonly TreeNode[])[] };
  threshold: number;
}

const NEWS_TYPES = new Set([
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReviewNewsArticle',
  'BackgroundNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'SatiricalArticle',
]);
const PLAIN_ARTICLE_TYPES = new Set(['Article', 'Report', 'ScholarlyArticle', 'MedicalScholarlyArticle']);
const BLOG_TYPES = new Set(['BlogPosting', 'Blog']);
const TECH_TYPES = new Set(['TechArticle', 'APIReference', 'SoftwareSourceCode']);
const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'Offer', 'AggregateOffer', 'Car', 'Vehicle', 'Book', 'MenuItem']);
const LIST_TYPES = new Set(['ItemList', 'CollectionPage', 'SearchResultsPage', 'OfferCatalog', 'ProfilePage']);
const FORUM_TYPES = new Set(['DiscussionForumPosting', 'QAPage', 'Question', 'Answer', 'Comment', 'SocialMediaPosting']);
const SERVICE_TYPES = new Set(['Service', 'ProfessionalService', 'LocalBusiness', 'FinancialService', 'Store', 'ContactPage', 'AboutPage', 'Course', 'EducationalOrganization', 'MedicalBusiness']);
const SOFTWARE_TYPES = new Set(['SoftwareApplication', 'WebApplication', 'MobileApplication', 'WebAPI']);
const HOWTO_TYPES = new Set(['HowTo', 'Recipe', 'FAQPage']);

function hasAny(types: Set<string>, group: Set<string>): number {
  for (const t of types) if (group.has(t)) return 1;
  return 0;
}

const URL_ARTICLE = /\/(?:news|article|articles|blog|blogs|story|stories|post|posts|opinion|insights?|column|columns|features?|analysis|magazine|journal|press|press-releases?|stories|learn|resources)(?:\/|$)/i;
const URL_PRODUCT = /\/(?:product|products|shop|store|p|dp|item|items|buy|cart|sku|gp)(?:\/|$)|\.(?:prd|item)\b/i;
const URL_LIST = /\/(?:category|categories|collections?|tag|tags|topics?|search|archive|archives|section|sections|list|lists|directory|browse|page\/\d+)(?:\/|$)/i;
const URL_FORUM = /\/(?:forum|forums|thread|threads|questions?|community|discussions?|t|topic|viewtopic|showthread|r|answers|boards?|comments)(?:\/|$|\.)|reddit\.com|stackexchange|stackoverflow|quora\.com/i;
const URL_DOCS = /\/(?:docs?|documentation|api|reference|manual|guides?|developer|developers|sdk|wiki|kb|knowledge-?base|help|support|tutorials?|handbook)(?:\/|$)|^https?:\/\/(?:docs|developer|developers|learn|help|support|wiki)\./i;
const URL_SERVICE = /\/(?:services?|solutions?|pricing|plans|features|about|about-us|contact|contact-us|company|careers|platform|industries|consulting|agency|hire)(?:\/|$)/i;
const URL_DATE = /\/(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)|\/(?:19|20)\d\d(?:0[1-9]|1[0-2])\d\d\//;

/** What the URL's shape says; all zero (with url_known 0) when the page's URL is not known. */
export function urlSignals(url: string | undefined): Record<string, number> {
  const s: Record<string, number> = {
    url_known: 0, url_depth: 0, url_date: 0, url_slug_words: 0, url_article: 0, url_product: 0, url_list: 0, url_forum: 0,
    url_docs: 0, url_service: 0, url_root: 0, url_query: 0, url_digits: 0, url_slug_question: 0, url_slug_article: 0,
    url_slug_service: 0, url_slug_listing: 0,
  };
  if (!url) return s;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return s;
  }
  if (!/^https?:$/.test(u.protocol)) return s;
  s.url_known = 1;
  const segs = u.pathname.split('/').filter(Boolean);
  s.url_depth = Math.min(segs.length, 8);
  s.url_root = segs.length === 0 ? 1 : 0;
  const last = (segs[segs.length - 1] ?? '').replace(/\.(?:html?|php|aspx?|jsp|shtml)$/i, '');
  const words = last.split(/[-_+]/).filter((w) => /[a-z]/i.test(w));
  s.url_slug_words = Math.min(words.length, 15);
  s.url_date = URL_DATE.test(u.pathname) ? 1 : 0;
  // The slug is often the title in words: read it the way the title is read.
  const slug = titleSignals(words.join(' '));
  s.url_slug_question = slug.title_question;
  s.url_slug_article = slug.title_article;
  s.url_slug_service = slug.title_service;
  s.url_slug_listing = slug.title_listing;
  const full = u.origin + u.pathname;
  s.url_article = URL_ARTICLE.test(u.pathname) ? 1 : 0;
  s.url_product = URL_PRODUCT.test(u.pathname) ? 1 : 0;
  s.url_list = URL_LIST.test(u.pathname) ? 1 : 0;
  s.url_forum = URL_FORUM.test(full) ? 1 : 0;
  s.url_docs = URL_DOCS.test(full) ? 1 : 0;
  s.url_service = URL_SERVICE.test(u.pathname) ? 1 : 0;
  s.url_query = u.search.length > 1 ? 1 : 0;
  s.url_digits = /\d{5,}/.test(u.pathname) ? 1 : 0;
  return s;
}

const l1p = (x: number): number => Math.log1p(Math.max(0, x));

/** The signals (features) the model weighs; also reported to callers for debugging. */
export function detectionSignals(doc: Document, url: string | undefined, stats: PageStats, root: ElementStats | null, md: PageMetadata = readMetadata(doc), text = ''): Record<string, number> {
  for (const it of stats.itemtypes) addMicrodataType(md, it);
  const types = md.ldTypes;
  const micro = md.microdataTypes;
  const og = (md.meta.get('og:type') ?? '').toLowerCase();
  const page = stats.root;
  const pageText = page?.text ?? 0;
  const t = stats.tagCounts;
  const r = root;
  const rootGood = r?.good ?? 0;
  const rootText = r?.text ?? 0;
  const s: Record<string, number> = {
    ld_any: types.size > 0 ? 1 : 0,
    ld_news: hasAny(types, NEWS_TYPES),
    ld_article: hasAny(types, PLAIN_ARTICLE_TYPES),
    ld_blog: hasAny(types, BLOG_TYPES),
    ld_tech: hasAny(types, TECH_TYPES),
    ld_product: hasAny(types, PRODUCT_TYPES),
    ld_list: hasAny(types, LIST_TYPES),
    ld_forum: hasAny(types, FORUM_TYPES),
    ld_service: hasAny(types, SERVICE_TYPES),
    ld_software: hasAny(types, SOFTWARE_TYPES),
    ld_howto: hasAny(types, HOWTO_TYPES),
    ld_video: types.has('VideoObject') ? 1 : 0,
    ld_event: types.has('Event') ? 1 : 0,
    md_article: hasAny(micro, NEWS_TYPES) || hasAny(micro, PLAIN_ARTICLE_TYPES) || hasAny(micro, BLOG_TYPES) ? 1 : 0,
    md_product: hasAny(micro, PRODUCT_TYPES),
    md_forum: hasAny(micro, FORUM_TYPES),
    og_article: og.includes('article') || og === 'blog' ? 1 : 0,
    og_product: og.includes('product') ? 1 : 0,
    og_website: og === 'website' ? 1 : 0,
    og_none: og === '' ? 1 : 0,
    meta_published: md.meta.has('article:published_time') || md.meta.has('datepublished') || md.meta.has('pubdate') || md.meta.has('publish-date') || md.meta.has('parsely-pub-date') || md.meta.has('sailthru.date') || md.meta.has('date') || md.meta.has('dc.date') || md.meta.has('dcterms.created') ? 1 : 0,
    meta_author: md.meta.has('author') || md.meta.has('article:author') || md.meta.has('parsely-author') || md.meta.has('sailthru.author') || md.linkRels.has('author') ? 1 : 0,
    meta_section: md.meta.has('article:section') ? 1 : 0,
    meta_amp: md.linkRels.has('amphtml') ? 1 : 0,
    twitter_large: (md.meta.get('twitter:card') ?? '') === 'summary_large_image' ? 1 : 0,
    product_meta: md.meta.has('product:price:amount') || md.meta.has('og:price:amount') ? 1 : 0,
    n_article: l1p(t.article!),
    one_article: t.article === 1 ? 1 : 0,
    n_time: l1p(t.time!),
    bylines: l1p(stats.bylines),
    page_text: l1p(pageText),
    page_link_density: pageText > 0 ? (page!.link / pageText) : 1,
    root_good: l1p(rootGood),
    root_paragraphs: l1p(r?.goodCount ?? 0),
    root_avg_paragraph: r && r.goodCount > 0 ? l1p(rootGood / r.goodCount) : 0,
    root_good_share: rootText > 0 ? rootGood / rootText : 0,
    root_page_share: pageText > 0 ? rootText / pageText : 0,
    good_page_share: pageText > 0 ? (page!.good / pageText) : 0,
    root_good_of_all_good: page && page.good > 0 ? rootGood / page.good : 0,
    root_link_density: rootText > 0 ? r!.link / rootText : 1,
    root_blocks_per_kchar: rootText > 0 ? Math.min(50, (r!.blocks * 1000) / rootText) : 0,
    n_p: l1p(t.p!),
    li_per_p: Math.min(20, t.li! / (t.p! + 1)),
    n_links: l1p(t.a!),
    links_per_kchar: pageText > 0 ? Math.min(100, (t.a! * 1000) / pageText) : 0,
    n_h1: Math.min(5, t.h1!),
    n_h2h3: l1p(t.h2! + t.h3!),
    n_pre: l1p(t.pre!),
    n_code: l1p(t.code!),
    n_forms: l1p(t.form!),
    n_inputs: l1p(t.input! + t.select! + t.textarea!),
    n_buttons: l1p(t.button!),
    n_tables: l1p(t.table!),
    n_td: l1p(t.td!),
    n_img: l1p(t.img!),
    n_blockquote: l1p(t.blockquote!),
    n_figure: l1p(t.figure!),
    n_dl: l1p(t.dl!),
    prices: l1p(stats.prices),
    cue_cta: l1p(stats.cues.cta),
    cue_shop: l1p(stats.cues.shop),
    cue_forum: l1p(stats.cues.forum),
    cue_docs: l1p(stats.cues.docs),
    cue_byline: l1p(stats.cues.byline),
    cue_date: l1p(stats.cues.date),
    cue_readtime: stats.cues.readtime > 0 ? 1 : 0,
    ld_date: md.ldText.includes('"datePublished"') ? 1 : 0,
    ld_author: md.ldText.includes('"author"') ? 1 : 0,
    title_words: Math.min(30, md.title.split(/\s+/).filter(Boolean).length),
    root_headings_per_kchar: rootGood > 0 ? Math.min(20, (r!.headings * 1000) / rootGood) : 0,
    root_items_per_paragraph: r && r.goodCount > 0 ? Math.min(20, r.items / r.goodCount) : 0,
    root_images_per_kchar: rootGood > 0 ? Math.min(20, (r!.images * 1000) / rootGood) : 0,
    root_plain_share: rootText > 0 ? r!.plain / rootText : 0,
    h1_near_root: h1NearRoot(stats, r),
    ...textSignals(text),
    ...textShapeSignals(text),
    ...repeatSignals(stats, r),
    ...headingSignals(stats),
    ...titleSignals(md.title),
    ...urlSignals(url),
  };
  return s;
}

/** 1 when the page's first <h1> sits in or just before the body (a title over its article), 0 otherwise. */
function h1NearRoot(stats: PageStats, root: ElementStats | null): number {
  if (!root) return 0;
  const h1 = stats.all.find((s) => s.tag === 'h1');
  if (!h1) return 0;
  let a: ElementStats | null = h1;
  for (let up = 0; a && up <= 4; up++, a = a.parent) {
    for (let b: ElementStats | null = root; b; b = b.parent) if (b === a) return up <= 1 || root.depth - a.depth <= 4 ? 1 : 0;
  }
  return 0;
}

const WE = /\b(?:we|our|us|ours)\b/gi;
const YOU = /\b(?:you|your|yours)\b/gi;
const SAID = /\b(?:said|says|told|according\s+to|announced|reported)\b/gi;
const FIRST = /\b(?:I|my|me|I'm|I've)\b/g;
const WORDS = /\S+/g;

/** Voice of the body text: marketing "we/you", reporting "said/according to", first person. */
export function textSignals(text: string): Record<string, number> {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const words = (sample.match(WORDS) ?? []).length;
  const rate = (re: RegExp): number => (words > 0 ? ((sample.match(re) ?? []).length * 100) / words : 0);
  return {
    text_we: rate(WE),
    text_you: rate(YOU),
    text_said: rate(SAID),
    text_first: rate(FIRST),
    text_digits: words > 0 ? Math.min(50, ((sample.match(/\d+/g) ?? []).length * 100) / words) : 0,
    text_questions: words > 0 ? Math.min(20, ((sample.match(/\?/g) ?? []).length * 100) / words) : 0,
  };
}

/** Score in 0..1 from the signals: the logistic model's probability, averaged with the trees' when the model has them. */
export function scoreSignals(signals: Record<string, number>, model: DetectModel = DETECT_MODEL): number {
  const x = model.features.map((f) => signals[f] ?? 0);
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  const p = 1 / (1 + Math.exp(-z));
  if (!model.trees) return p;
  let t = model.trees.base;
  for (const tree of model.trees.trees) {
    let k = 0;
    for (;;) {
      const node = tree[k]!;
      if (node[0] < 0) {
        t += model.trees.rate * node[4];
        break;
      }
      k = x[node[0]]! <= node[1] ? node[2] : node[3];
    }
  }
  return (p + 1 / (1 + Math.exp(-t))) / 2;
}

/** An article has a body: below this much prose (characters in paragraphs) a page is not one, whatever it says. */
export const MIN_ARTICLE_PROSE = 300;

/** Detection with the page's stats and body root already computed (as analyzeArticle does). */
export function detectWithStats(doc: Document, url: string | undefined, stats: PageStats, root: ElementStats | null, md?: PageMetadata, text = ''): ArticleDetection {
  const signals = detectionSignals(doc, url, stats, root, md, text);
  let score = scoreSignals(signals);
  const prose = root?.good ?? 0;
  if (prose < MIN_ARTICLE_PROSE) score = Math.min(score, DETECT_MODEL.threshold * 0.9) * (prose / MIN_ARTICLE_PROSE);
  return { isArticle: score >= DETECT_MODEL.threshold, score, signals };
}

export function detectArticle(doc: Document, url?: string): ArticleDetection {
  const stats = bodyStats(doc);
  const body = findBody(doc, stats);
  const text = buildTextModel(body.roots, { skip: body.skip }).text;
  return detectWithStats(doc, url ?? docUrl(doc), stats, body.root, undefined, text);
}

/** The document's own URL when it has a real one (a browser page), else its canonical link. */
export function docUrl(doc: Document): string | undefined {
  try {
    const u = doc.URL;
    if (u && /^https?:/.test(u)) return u;
  } catch {
    // linkedom may not have URL
  }
  const canon = doc.querySelector?.('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector?.('meta[property="og:url"]')?.getAttribute('content');
  return canon && /^https?:/.test(canon) ? canon : undefined;
}
