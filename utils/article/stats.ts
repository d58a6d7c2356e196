// One pass over a page's DOM that measures, for every element, how much text it holds, how much of it is link text,
// and how much of it sits in "good" paragraphs (long runs of prose with few links, outside comment/sidebar-like boxes).
// Detection (the shape of the text) and the body finder both read these numbers.

import { BLOCK_TAGS, SKIPPED_TAGS, isHiddenElement, tagOf } from './text-model.ts';

export interface ElementStats {
  readonly el: Element;
  readonly tag: string;
  readonly parent: ElementStats | null;
  readonly depth: number;
  /** Characters of text (each text node trimmed). */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Characters in good paragraphs inside this element (including itself). */
  good: number;
  /** Number of good paragraphs inside. */
  goodCount: number;
  /** Text of this block's own inline content (not of nested blocks); 0 for inline elements after they pass it up. */
  inline: number;
  inlineLink: number;
  commas: number;
  /** Sentence ends ('.', '!', '?') in the inline content. */
  stops: number;
  /** The inline content's last words (before any trailing link, like "Read more") end in an ellipsis: a teaser cut short. */
  cut: boolean;
  /** Inside (or is) a box whose class/id/role/tag says comments, sidebar, related, share, nav, footer... */
  neg: boolean;
  /** Class/id says article body / content / post / entry / story. */
  pos: boolean;
  /** Block elements inside (not counting itself). */
  blocks: number;
  /** <time> and <address> elements inside (or itself). */
  dated: number;
  /** Text inside furniture boxes (nav, footer, comments...) within this element (all of it when it is one). */
  negText: number;
  /** Plain text outside good paragraphs and links (headings, short list items, labels): neither prose nor junk. */
  plain: number;
  /** Headings (h2-h6), list items and images inside (or itself). */
  headings: number;
  items: number;
  images: number;
}

export interface PageStats {
  readonly root: ElementStats | null;
  /** Every element visited, in document order (pre-order). */
  readonly all: ElementStats[];
  readonly byElement: Map<Element, ElementStats>;
  /** Counts of some tags over the whole page (skipped subtrees excluded). */
  readonly tagCounts: Record<string, number>;
  /** Text nodes that look like prices ($12.99, 12,99 €...). */
  prices: number;
  /** Microdata `itemtype` values seen. */
  itemtypes: string[];
  /** Elements whose class/id say byline / author / date. */
  bylines: number;
  /** Characters of prose paragraphs on the whole page, counting those inside boxes called comments, sidebar... too. */
  proseAll: number;
  /** Which class/id names were allowed to mark boxes as furniture. */
  classNeg: ClassNeg;
  /** Short text nodes that read like a cue of a kind of page: "Add to cart", "Reply", "On this page", "By Jane Doe", a date... */
  cues: Record<CueKind, number>;
}

export type CueKind = 'cta' | 'shop' | 'forum' | 'docs' | 'byline' | 'date' | 'readtime';

const CUES: [CueKind, RegExp][] = [
  ['cta', /^(?:contact\s+us|get\s+(?:started|a\s+quote|in\s+touch|a\s+demo)|book\s+a\s+(?:demo|call|consultation|meeting)|request\s+a\s+(?:demo|quote|consultation|call)|free\s+(?:trial|consultation|quote)|talk\s+to\s+(?:us|an?\s+expert|sales)|schedule\s+a\s+(?:call|demo|consultation)|start\s+(?:your\s+)?free\s+trial|try\s+(?:it\s+)?(?:for\s+)?free|let['’]s\s+talk|our\s+services|pricing|see\s+pricing|view\s+pricing)\b/i],
  ['shop', /^(?:add\s+to\s+(?:cart|bag|basket|wishlist|wish\s+list)|buy\s+(?:it\s+)?now|in\s+stock|out\s+of\s+stock|quantity|qty|sku\b|free\s+(?:shipping|delivery|returns)|write\s+a\s+review|size\s+guide|select\s+(?:a\s+)?(?:size|colou?r|option)|checkout|shop\s+now|sold\s+out|\d+\s+reviews?|customer\s+reviews|product\s+details|specifications)\b/i],
  ['forum', /^(?:reply|quote|report|joined|posts?:|members?|replies|views:?|upvote|downvote|permalink|#\d+|new\s+member|registered|thread\s+starter|original\s+poster|op|solved|accepted\s+answer|\d+\s+(?:replies|answers|votes|posts|points))\b/i],
  ['docs', /^(?:on\s+this\s+page|edit\s+(?:this\s+page|on\s+github)|was\s+this\s+(?:page|article|helpful)|table\s+of\s+contents|in\s+this\s+(?:article|section|guide)|api\s+reference|parameters|returns|syntax|prerequisites|copy(?:\s+code)?|copied!?|example\s+usage|request\s+body|response|feedback)\b/i],
  ['byline', /^(?:by\s+[A-Z][a-z]|written\s+by|posted\s+(?:on|by|in)|published\s+(?:on|by|in)?|updated\s+(?:on)?|author:)/],
  ['readtime', /\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\b|reading\s+time/i],
  ['date', /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d[./][01]?\d[./](?:19|20)\d\d\b/i],
];

export type ClassNeg = 'all' | 'strong' | 'none';

export interface StatsOptions {
  /** Let class/id names mark boxes as furniture: all of them (comments, sidebar, related, footer..., the default), only those that never hold the article (comments, replies, cookie banners), or none. */
  classNeg?: ClassNeg;
  /** Let tags and roles (nav, aside, footer...) mark boxes as furniture (default true). */
  tagNeg?: boolean;
}

const NEG_WORDS = new Set([
  'comment', 'comments', 'commentlist', 'disqus', 'sidebar', 'related',
  'trending', 'popular', 'share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'newsletter', 'subscribe',
  'subscription', 'promo', 'promos', 'promotion', 'sponsor', 'sponsored', 'advert', 'adverts', 'advertisement',
  'advertising', 'ads', 'ad', 'adslot', 'dfp', 'breadcrumb', 'breadcrumbs', 'footer', 'masthead', 'nav', 'navbar',
  'navigation', 'menu', 'cookie', 'cookies', 'consent', 'modal', 'popup', 'recommend', 'recommended',
  'recommendations', 'outbrain', 'taboola', 'readmore', 'pagination', 'pager', 'toolbar', 'signup', 'login',
  'subnav', 'topnav', 'megamenu', 'reply', 'replies', 'discussion', 'respond', 'supplemental', 'remark',
  'shoutbox', 'gdpr', 'agegate', 'skyscraper', 'combx',
]);
const STRONG_NEG_WORDS = new Set(['disqus', 'reply', 'replies', 'respond', 'cookie', 'cookies', 'consent', 'gdpr', 'outbrain', 'taboola']);
const BYLINE_WORDS = new Set([
  'byline', 'bylines', 'author', 'authors', 'dateline', 'timestamp', 'published', 'posted', 'pubdate', 'credit',
  'credits', 'copyright', 'attribution', 'meta', 'postmeta', 'date', 'time', 'writer', 'contributor', 'updated',
  'bio', 'biography', 'authorbox', 'reviewer', 'disclaimer',
]);
const NEG_PHRASE = /read-?more|more-?(?:stories|articles|news|from|posts)|you-?may|also-?like|most-?(?:read|popular|viewed)|right-?rail|left-?rail|further-?reading/;
const POS_WORDS = new Set([
  'article', 'articlebody', 'article-body', 'body', 'content', 'main', 'post', 'entry', 'story', 'text', 'blog',
  'prose', 'richtext', 'markdown', 'storybody', 'postbody', 'entrycontent', 'maincontent',
]);
const NEG_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);
const NEG_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'menu', 'menubar', 'alert']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const COUNTED_TAGS = [
  'a', 'p', 'li', 'article', 'time', 'h1', 'h2', 'h3', 'pre', 'code', 'form', 'input', 'button', 'table', 'img', 'blockquote',
  'nav', 'aside', 'footer', 'header', 'figure', 'dl', 'select', 'textarea', 'section', 'main', 'ul', 'ol', 'td', 'iframe',
] as const;
const COUNTED = new Set<string>(COUNTED_TAGS);
/** Chinese and Japanese script (ideographs, kana, their punctuation). */
const HAS_CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const PRICE = /(?:[$€£¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|USD|EUR|GBP)\b)/;

/** Splits class/id text into lower-case words ("relatedArticles post_body" -> related, articles, post, body). */
function wordsOf(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
}

export interface ClassHints {
  neg: boolean;
  /** Comments, replies, cookie/consent boxes: never the article. */
  strongNeg: boolean;
  pos: boolean;
  /** byline, author, dateline, timestamp, credit... */
  byline: boolean;
}

const hintCache = new Map<string, ClassHints>();

/** What an element's class and id say about it. */
export function classHints(el: Element): ClassHints {
  const cls = el.getAttribute('class') ?? '';
  let id = el.getAttribute('id') ?? '';
  // An id made from a heading ("sharing-with-a-single-developer") says what the section is about, not what box it is.
  if (id && id.split(/[-_]/).length >= 4) id = '';
  if (!cls && !id) return NO_HINTS;
  const key = cls + '#' + id;
  let h = hintCache.get(key);
  if (!h) {
    let neg = false;
    let strongNeg = false;
    let pos = false;
    let byline = false;
    const words = wordsOf(key);
    for (const w of words) {
      if ((w.startsWith('comment') && !w.startsWith('commentar')) || STRONG_NEG_WORDS.has(w)) neg = strongNeg = true;
      else if (NEG_WORDS.has(w)) neg = true;
      else if (POS_WORDS.has(w)) pos = true;
      else if (BYLINE_WORDS.has(w)) byline = true;
    }
    if (!neg && NEG_PHRASE.test(key.toLowerCase())) neg = true;
    h = { neg, strongNeg, pos, byline };
    if (hintCache.size > 5000) hintCache.clear();
    hintCache.set(key, h);
  }
  return h;
}
const NO_HINTS: ClassHints = { neg: false, strongNeg: false, pos: false, byline: false };

/** True when the element itself says it is page furniture (by tag, ARIA role or class/id), whatever it holds. */
export function isNegativeBox(el: Element, tag = tagOf(el), byClass: ClassNeg = 'all'): boolean {
  if (NEG_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && NEG_ROLES.has(role)) return true;
  if (byClass === 'none' || tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return false;
  // Class names mark boxes, not words: a <span class="comment"> is a code comment, not a comment section.
  if (!BLOCK_TAGS.has(tag) && !tag.includes('-')) return false;
  const h = classHints(el);
  if (byClass === 'strong') return h.strongNeg;
  return h.neg && !h.pos;
}

function countChar(s: string, c: string): number {
  let n = 0;
  let i = s.indexOf(c);
  while (i >= 0) {
    n++;
    i = s.indexOf(c, i + 1);
  }
  return n;
}

/** Full stops of Chinese and Japanese text, which no space follows: "。", "！", "？". */
const CJK_STOPS = /[。！？]/g;
/** Commas of Chinese and Japanese text: "，", "、". */
const CJK_COMMAS = /[，、]/g;

function countStops(s: string): number {
  const stops = countChar(s, '. ') + countChar(s, '? ') + countChar(s, '! ') + (/[.!?]["”’)]?\s*$/.test(s) ? 1 : 0);
  return HAS_CJK.test(s) ? stops + (s.match(CJK_STOPS) ?? []).length : stops;
}

/** Commas, of Latin and of Chinese and Japanese text. */
function countCommas(s: string): number {
  const commas = s.indexOf(',') >= 0 ? countChar(s, ',') : 0;
  return HAS_CJK.test(s) ? commas + (s.match(CJK_COMMAS) ?? []).length : commas;
}

/** Text cut short by a listing: "... and the vendor lists will be...", "[…]". */
const CUT_SHORT = /(?:\.\.\.|…)\s*\]?$/;
/** Teasers are short: a longer paragraph ending in an ellipsis is prose that trails off. */
const TEASER_MAX = 400;

/** Minimum own-text length of a good paragraph. */
export const GOOD_MIN = 60;

/** Is this block's own inline text a paragraph of prose (wherever it stands)? */
function isProse(s: ElementStats): boolean {
  if (s.inline < GOOD_MIN) return false;
  if (HEADINGS.has(s.tag)) return false;
  if (s.inlineLink > s.inline * 0.35) return false;
  // Short runs need to read like sentences.
  if (s.inline < 150 && s.stops === 0 && s.commas === 0) return false;
  // A listing's teaser (an article's first lines, cut short) is not the page's own prose.
  if (s.cut && s.inline < TEASER_MAX) return false;
  return true;
}

export function collectStats(doc: Document, options: StatsOptions = {}): PageStats {
  const classNeg = options.classNeg ?? 'all';
  const tagNeg = options.tagNeg !== false;
  const all: ElementStats[] = [];
  const byElement = new Map<Element, ElementStats>();
  const tagCounts: Record<string, number> = {};
  for (const t of COUNTED_TAGS) tagCounts[t] = 0;
  const cues: Record<CueKind, number> = { cta: 0, shop: 0, forum: 0, docs: 0, byline: 0, date: 0, readtime: 0 };
  const stats: PageStats = { root: null, all, byElement, tagCounts, prices: 0, itemtypes: [], bylines: 0, proseAll: 0, classNeg, cues };
  const start = doc.body ?? doc.documentElement;
  if (!start) return stats;

  let linkDepth = 0;
  let top: ElementStats | null = null;

  const enter = (el: Element, tag: string): ElementStats => {
    const parent = top;
    const negSelf = tagNeg ? isNegativeBox(el, tag, classNeg) : false;
    const hints = classHints(el);
    if (hints.byline) stats.bylines++;
    const itemtype = el.getAttribute('itemtype');
    if (itemtype) stats.itemtypes.push(itemtype);
    const s: ElementStats = {
      el,
      tag,
      parent,
      depth: parent ? parent.depth + 1 : 0,
      text: 0,
      link: 0,
      good: 0,
      goodCount: 0,
      inline: 0,
      inlineLink: 0,
      commas: 0,
      stops: 0,
      cut: false,
      neg: negSelf || (parent?.neg ?? false),
      pos: hints.pos || el.getAttribute('itemprop') === 'articleBody',
      blocks: 0,
      dated: tag === 'time' || tag === 'address' ? 1 : 0,
      negText: 0,
      plain: 0,
      headings: tag.length === 2 && tag[0] === 'h' && tag !== 'hr' && tag !== 'h1' ? 1 : 0,
      items: tag === 'li' ? 1 : 0,
      images: 0,
    };
    all.push(s);
    byElement.set(el, s);
    if (tag === 'a') linkDepth++;
    if (COUNTED.has(tag)) tagCounts[tag]!++;
    return s;
  };

  const leave = (s: ElementStats): void => {
    const p = s.parent;
    if (s.tag === 'a') linkDepth--;
    const block = BLOCK_TAGS.has(s.tag);
    if (block && s.inline >= GOOD_MIN && isProse(s)) {
      stats.proseAll += s.inline;
      if (!s.neg) {
        s.good += s.inline;
        s.goodCount++;
      }
    } else if (block && s.inline > 0 && !s.neg && !s.cut && s.inlineLink < 0.5 * s.inline) s.plain += s.inline - s.inlineLink;
    if (s.neg && !(p?.neg ?? false)) s.negText = s.text;
    if (!p) return;
    p.negText += s.negText;
    p.plain += s.plain;
    p.headings += s.headings;
    p.items += s.items;
    p.images += s.images;
    p.text += s.text;
    p.link += s.link;
    p.good += s.good;
    p.goodCount += s.goodCount;
    p.dated += s.dated;
    if (block) {
      p.blocks += s.blocks + 1;
      s.stops += 0;
    } else {
      p.blocks += s.blocks;
      p.inline += s.inline;
      p.inlineLink += s.inlineLink;
      p.commas += s.commas;
      p.stops += s.stops;
      if (s.inline > s.inlineLink) p.cut = s.cut;
    }
  };

  let node: Node = start;
  outer: for (;;) {
    const type = node.nodeType;
    if (type === 3) {
      if (top) {
        const data = (node as Text).data;
        const t = data.trim();
        const n = t.length;
        if (n > 0) {
          top.text += n;
          top.inline += n;
          if (linkDepth > 0) {
            top.link += n;
            top.inlineLink += n;
          }
          top.commas += countCommas(t);
          if (n > 1) top.stops += countStops(t);
          if (linkDepth === 0) top.cut = CUT_SHORT.test(t);
          if (n <= 60) {
            if (n < 40 && PRICE.test(t)) stats.prices++;
            for (const [kind, re] of CUES) if (re.test(t)) cues[kind]++;
          }
        }
      }
    } else if (type === 1) {
      const el = node as Element;
      const tag = tagOf(el);
      if (tag === 'img' && top) top.images++;
      if (SKIPPED_TAGS.has(tag)) {
        // Images, fields and frames hold no text, so the walk does not enter them; count them all the same.
        if (COUNTED.has(tag) && !(tag === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden')) tagCounts[tag]!++;
      } else if (!isHiddenElement(el)) {
        top = enter(el, tag);
        const first = el.firstChild;
        if (first) {
          node = first;
          continue;
        }
        leave(top);
        top = top.parent;
      }
    }
    for (;;) {
      if (node === start) break outer;
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        continue outer;
      }
      const parent: Node | null = node.parentNode;
      if (!parent) break outer;
      node = parent;
      if (top && top.el === node) {
        leave(top);
        if (node === start) break outer;
        top = top.parent;
      }
    }
  }
  (stats as { root: ElementStats | null }).root = all[0] ?? null;
  return stats;
}
