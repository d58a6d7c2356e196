// The article body on the live DOM: the smallest subtree holding the page's prose, and the boxes inside it that are not
// the article (related links, share bars, ads, bylines, captions' credits, forms...), which the text model skips.

import { type ElementStats, type PageStats, classHints, collectStats, isNegativeBox } from './stats.ts';
import { BLOCK_TAGS, tagOf } from './text-model.ts';

/** Weight of non-prose text (links, short lines, boxes) against prose when choosing the body's container. */
export const JUNK_WEIGHT = 0.3;
/** Weight of plain text that is neither prose nor links (headings, short list items, labels). */
export const PLAIN_WEIGHT = 0.1;
/** Weight of text inside boxes that will be excluded anyway (nav, footer, comments...). */
export const NEG_WEIGHT = 0.05;

export interface BodyResult {
  roots: Element[];
  /** Elements inside the roots left out with their subtrees. */
  excluded: Set<Element>;
  /** Stats of the chosen root (null when nothing looked like prose). */
  root: ElementStats | null;
  /** True for subtrees inside the roots that are not the article (a Related box, a share bar): skip them when reading. */
  skip: (el: Element) => boolean;
}

const JUNK_HEADING =
  /^(?:related(?:\s+(?:articles?|stories|posts|content|reading|coverage|news|topics|links))?|trending(?:\s+now)?|read\s+(?:more|next|also)|more\s+(?:from|on|stories|articles|news|like\s+this|to\s+read)|recommended(?:\s+for\s+you)?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)|popular|most\s+(?:read|popular|viewed|shared)|sponsored|advertisement|share(?:\s+(?:this|on|article|story))?|tags?|topics?|comments?|\d+\s+comments?|leave\s+a\s+(?:reply|comment)|see\s+also|further\s+reading|also\s+read|don['’]t\s+miss|latest(?:\s+news)?|sign\s+up|subscribe|newsletter|follow\s+us|disclaimer|about\s+the\s+(?:author|reviewer|writer|contributors?)|about\s+(?:us|me)|author|written\s+by|reviewed\s+by|editorial\s+(?:standards|policy)|get\s+in\s+touch|contact\s+us|recent\s+posts|categories|archives)\b[\s:]*$/i;
const CREDIT = /^\s*(?:images?|photos?|photograph|picture|credits?|source|illustration|video|featured\s+image)(?:\s+(?:credit|by|source))?\s*:|©|\bgetty\s+images\b|\bshutterstock\b|\bap\s+photo\b|\breuters\/|\bafp\b|\bistock\b|\bunsplash\b/i;
/** A line asking the reader to follow a site or its writer on social networks ("follow us on Facebook, Instagram …"). */
const SOCIAL_PROMO = /\b(?:follow|like|find|connect with|join)\s+(?:us|me|him|her|them)\s+on\s+(?:Facebook|Instagram|Twitter|X|TikTok|LinkedIn|YouTube|Threads|Bluesky|Pinterest|Snapchat)\b/i;
/** A writer's note about themselves ("Jane Roe is a reporter for …", "… is a contributing writer at …"). */
const WRITER_NOTE = /\bis an? (?:[\w-]+ ){0,3}(?:reporter|writer|editor|correspondent|columnist|journalist|contributor|author|producer)\b/i;
const ADVERT_TEXT = /^(?:advertisement|advertisements|sponsored|ad|ads|anzeige|publicité|publicidad|pubblicità|reklama|werbung)$/i;
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const ALWAYS_OUT = new Set(['button', 'nav', 'dialog', 'menu', 'select', 'label', 'address']);

function hasBylineClass(el: Element): boolean {
  return classHints(el).byline;
}

/** The first non-blank text inside `el` (looking at no more than a few dozen nodes). */
function leadingText(el: Element): string {
  let n: Node | null = el.firstChild;
  let steps = 0;
  while (n && steps++ < 40) {
    if (n.nodeType === 3) {
      const t = (n as Text).data.trim();
      if (t) return t;
    }
    if (n.firstChild && n.nodeType === 1) {
      const tag = tagOf(n as Element);
      if (tag !== 'script' && tag !== 'style') {
        n = n.firstChild;
        continue;
      }
    }
    while (n && !n.nextSibling && n !== el) n = n.parentNode;
    if (!n || n === el) break;
    n = n.nextSibling;
  }
  return '';
}

/** Picks the element maximising prose minus weighted junk; ties go to the smaller (deeper) element. */
export function chooseRoot(stats: PageStats): ElementStats | null {
  let best: ElementStats | null = null;
  let bestScore = 0;
  for (const s of stats.all) {
    if (s.good === 0 || !BLOCK_TAGS.has(s.tag)) continue;
    // Furniture boxes (nav, comments...) are left out of the body anyway: they weigh little.
    let score = s.good - JUNK_WEIGHT * (s.text - s.good - s.negText - s.plain) - PLAIN_WEIGHT * s.plain - NEG_WEIGHT * s.negText;
    if (s.pos) score *= 1.05;
    if (score > bestScore + 1e-9) {
      best = s;
      bestScore = score;
    } else if (best && score >= bestScore - 1e-9 && isAncestor(best, s)) {
      best = s;
    }
  }
  return best;
}

function isAncestor(a: ElementStats, b: ElementStats): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/** Decides, top-down inside the root, which subtrees are not part of the article. */
function markExclusions(root: ElementStats, stats: PageStats, excluded: Set<Element>): void {
  const rootEl = root.el;
  let node: Node | null = rootEl.firstChild;
  // A heading like "Related" or "Latest News" alone in its element: the box right after it goes with it.
  let label: Element | null = null;
  while (node) {
    let descend = true;
    if (node.nodeType === 1) {
      const el = node as Element;
      const s = stats.byElement.get(el);
      if (!s) descend = false; // skipped by the stats pass (script, hidden...): the text model skips it too
      else if (label && el.previousElementSibling === label && s.text < 5000 && s.good < 0.6 * root.good) {
        excluded.add(el);
        descend = false;
        label = null;
      } else if (shouldExclude(s, root)) {
        excluded.add(el);
        descend = false;
        // (An "Advertisement" marker labels the ad it sits in, not the paragraph after it.)
        const heading = s.text < 60 && s.good === 0 ? (el.textContent ?? '').trim() : '';
        label = heading && JUNK_HEADING.test(heading) && !ADVERT_TEXT.test(heading) ? el : null;
      }
    } else descend = false;
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== rootEl && !node.nextSibling) node = node.parentNode;
    if (!node || node === rootEl) break;
    node = node.nextSibling;
  }
}

function shouldExclude(s: ElementStats, root: ElementStats): boolean {
  const tag = s.tag;
  if (ALWAYS_OUT.has(tag)) return true;
  const block = BLOCK_TAGS.has(tag);
  if (s.text === 0) return false;
  if (isNegativeBox(s.el, tag)) {
    // A box that holds most of the article is not furniture, whatever it is called.
    if (s.good > 0.5 * root.good || (!classHints(s.el).neg && s.text > 0.6 * root.text)) return false;
    return true;
  }
  if (tag === 'h1') return true;
  if (tag === 'form' && s.good < 0.5 * s.text) return true;
  if (tag === 'header' && s.good <= 0.25 * s.text) return true;
  if (!block) return false;
  // Author boxes, bios, datelines: small next to the article, whatever prose they hold.
  if (classHints(s.el).byline && s.good < 0.2 * root.good && s.text < 1500) return true;
  if (tag === 'figcaption') return true;
  if (s.good === 0) {
    // (A heading that is all link is usually its own permalink or a table-of-contents backref.)
    if (s.link > 0.5 * s.text && !HEADING_TAGS.has(tag)) return true;
    if (s.text <= 20 && ADVERT_TEXT.test(s.el.textContent?.trim() ?? '')) return true;
    if (s.text < 300 && hasBylineClass(s.el)) return true;
    if (s.text < 200 && CREDIT.test(s.el.textContent ?? '')) return true;
  }
  // Under a heading like "Related" or "Recommended for you": a small box, or a stream of linked teasers of any size.
  const teaserStream = s.headings >= 3 && s.items >= 3 && s.link >= 0.15 * s.text && s.good < 0.9 * root.good;
  if ((s.text < 3000 && s.good < 0.35 * root.good) || teaserStream) {
    const lead = leadingText(s.el);
    if (lead.length < 60 && JUNK_HEADING.test(lead)) return true;
  }
  // "Follow us on Facebook, Instagram and TikTok": a small block asking the reader to follow the site elsewhere (not a
  // writer's note about themselves that ends so: "Lucas Nolan is a reporter for … Follow him on Twitter").
  if (s.text < 300) {
    const text = s.el.textContent ?? '';
    if (SOCIAL_PROMO.test(text) && !WRITER_NOTE.test(text)) return true;
  }
  // Datelines and bylines: small blocks holding a <time> or an <address>.
  if (s.dated > 0 && s.text < 400 && s.good < 0.2 * root.good) return true;
  return false;
}

/**
 * The page's stats for finding the body. When boxes named like furniture ("page-footer", "sidebar-layout"...) hold most
 * of the page's prose, the stats are taken again trusting only the names that never hold an article (comments,
 * replies, cookie banners), and kept if that finds at least two and a half times more prose (the rest of an article
 * behind a "Read more" button); when almost nothing was found, once more trusting no name and no tag (an unclosed
 * <aside> wrapping the page).
 */
export function bodyStats(doc: Document, stats: PageStats = collectStats(doc)): PageStats {
  if (stats.classNeg !== 'all' || stats.proseAll < 500) return stats;
  const root = chooseRoot(stats);
  const found = root?.good ?? 0;
  if (found >= 0.5 * stats.proseAll) return stats;
  // Most prose sits in boxes named like furniture: try again trusting only the names that never hold the article.
  const weaker = collectStats(doc, { classNeg: 'strong' });
  const root2 = chooseRoot(weaker);
  if (root2 && root2.good >= 2.5 * Math.max(found, 200)) return weaker;
  if (found >= 300) return stats;
  const none = collectStats(doc, { classNeg: 'none', tagNeg: false });
  const root3 = chooseRoot(none);
  return root3 && root3.good > found ? none : stats;
}

/** A child holding at least this share of its parent's prose stands for the parent. */
export const DESCEND_SHARE = 0.85;

/**
 * From the chosen container, goes down while one child holds nearly all of its prose (so that testimonials or a
 * contact blurb far from the article do not pull in the whole page), then takes back the siblings of that child that
 * are prose themselves (an intro paragraph beside the body's container, the rest of a body split by an ad).
 */
export function refineRoots(best: ElementStats, stats: PageStats): ElementStats[] {
  let e = best;
  for (;;) {
    let top: ElementStats | null = null;
    let second: ElementStats | null = null;
    for (let c = e.el.firstElementChild; c; c = c.nextElementSibling) {
      const s = stats.byElement.get(c);
      if (!s || s.good === 0) continue;
      if (!top || s.good > top.good) {
        second = top;
        top = s;
      } else if (!second || s.good > second.good) second = s;
    }
    if (!top || !BLOCK_TAGS.has(top.tag)) break;
    // Tables, lists and headings beside the prose are article content too: do not leave them behind.
    if (top.good >= DESCEND_SHARE * e.good && e.plain - top.plain <= 0.25 * top.good) e = top;
    else if (second && isDuplicate(top, second) && top.good + second.good >= DESCEND_SHARE * e.good) {
      // The same article twice (a desktop and a mobile layout, one hidden by CSS): keep the first.
      e = documentOrderFirst(top, second);
    } else break;
  }
  if (e === best || !e.parent) return [e];
  const roots: ElementStats[] = [];
  for (let c = e.parent.el.firstElementChild; c; c = c.nextElementSibling) {
    const s = stats.byElement.get(c);
    if (!s) continue;
    if (s === e || (s.good > 0 && !s.neg && s.good >= 0.6 * s.text && s.link < 0.25 * s.text)) roots.push(s);
  }
  return roots;
}

/** Same prose in both: similar amounts, and a run from the middle of one found in the other (the two layouts' headers often differ). */
export function isDuplicate(a: ElementStats, b: ElementStats): boolean {
  if (Math.abs(a.good - b.good) > 0.05 * Math.max(a.good, b.good)) return false;
  const ta = (a.el.textContent ?? '').replace(/\s+/g, '');
  const tb = (b.el.textContent ?? '').replace(/\s+/g, '');
  if (ta.slice(0, 100) === tb.slice(0, 100)) return true;
  const mid = Math.floor(ta.length / 2);
  return ta.length >= 400 && tb.includes(ta.slice(mid, mid + 100));
}

function documentOrderFirst(a: ElementStats, b: ElementStats): ElementStats {
  for (let n = a.el.nextElementSibling; n; n = n.nextElementSibling) if (n === b.el) return a;
  return b;
}

/** Finds the body with the page's stats already collected (see `bodyStats`). */
export function findBody(doc: Document, stats: PageStats): BodyResult {
  const excluded = new Set<Element>();
  const best = chooseRoot(stats);
  const skip = (el: Element): boolean => excluded.has(el);
  if (!best) return { roots: [], excluded, root: null, skip };
  const roots = refineRoots(best, stats);
  const main = roots.reduce((a, b) => (b.good > a.good ? b : a));
  for (const r of roots) markExclusions(r, stats, excluded);
  return { roots: roots.map((r) => r.el), excluded, root: main, skip };
}

/** The body roots (live elements): usually one. Some subtrees inside them are not the article: see `findBody`'s `skip`. */
export function findArticleBody(doc: Document): Element[] {
  return findBody(doc, bodyStats(doc)).roots;
}
