// The layout shape of a page, for detection: does the body repeat one kind of box (a listing's cards, a forum's
// posts), what do its headings say (a sales page's "Why choose us", "Our services"), and how does its text read
// (sentences in paragraphs, or labels and fragments)? All are read off the stats pass, without walking the DOM again.

import type { ElementStats, PageStats } from './stats.ts';

/** Boxes that repeat in a listing or a thread; paragraphs, headings and table parts repeat in any article. */
const NOT_A_BOX = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'td', 'th', 'tr', 'tbody', 'thead', 'dd', 'dt', 'pre', 'blockquote', 'figcaption', 'option']);
const BOX_TAGS = new Set(['div', 'li', 'article', 'section', 'tr', 'dl', 'figure', 'aside', 'header', 'details', 'form', 'ul', 'ol', 'table']);
/** A card: a short box with a link in it (a teaser's title or "read more"). */
const CARD_MAX_TEXT = 1500;

interface Group {
  /** Siblings in the group. */
  n: number;
  /** Siblings holding at least one prose paragraph, and their prose. */
  prose: number;
  proseChars: number;
  /** Siblings that look like cards, and their text. */
  cards: number;
  cardChars: number;
}

export interface RepeatSignals {
  /** Most siblings of one kind (same tag and first class) that each hold prose: posts of a thread, long teasers. */
  rep_prose_max: number;
  /** Most siblings of one kind that are cards (short, with a link). */
  rep_cards_max: number;
  /** Share of the body's text in groups of three or more cards. */
  root_card_share: number;
  /** Share of the body's prose in groups of three or more prose boxes. */
  root_rep_prose_share: number;
  /** Share of the page's text (outside furniture) in groups of three or more cards. */
  page_card_share: number;
}

/** Tag and first class name: the siblings of a listing share it even when some carry an extra modifier class. */
function signature(s: ElementStats): string {
  const cls = s.el.getAttribute('class') ?? '';
  const first = cls.trim().split(/\s+/, 1)[0] ?? '';
  return s.tag + '.' + first;
}

/** Index range [from, to) of `root` and its descendants in `stats.all` (a pre-order list). */
function subtreeRange(stats: PageStats, root: ElementStats | null): [number, number] {
  if (!root) return [0, 0];
  const from = stats.all.indexOf(root);
  if (from < 0) return [0, 0];
  let to = from + 1;
  while (to < stats.all.length && stats.all[to]!.depth > root.depth) to++;
  return [from, to];
}

/** Groups repeated boxes under the same parent, within `stats.all[from, to)`. */
function groupBoxes(stats: PageStats, from: number, to: number, skipNeg: boolean): Group[] {
  const byParent = new Map<ElementStats, Map<string, Group>>();
  for (let i = from; i < to; i++) {
    const s = stats.all[i]!;
    if (!s.parent || !BOX_TAGS.has(s.tag) || NOT_A_BOX.has(s.tag) || s.text === 0) continue;
    if (skipNeg && s.neg) continue;
    let groups = byParent.get(s.parent);
    if (!groups) byParent.set(s.parent, (groups = new Map()));
    const key = signature(s);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { n: 0, prose: 0, proseChars: 0, cards: 0, cardChars: 0 }));
    g.n++;
    if (s.good > 0) {
      g.prose++;
      g.proseChars += s.good;
    }
    if (s.link > 0 && s.text <= CARD_MAX_TEXT) {
      g.cards++;
      g.cardChars += s.text;
    }
  }
  const out: Group[] = [];
  for (const groups of byParent.values()) for (const g of groups.values()) if (g.n >= 2) out.push(g);
  return out;
}

/**
 * Repeated boxes in the body and on the page. Groups nest (a list of cards inside a grid of columns), so the shares sum
 * only the groups directly found at each level and are capped at 1.
 */
export function repeatSignals(stats: PageStats, root: ElementStats | null): RepeatSignals {
  const [from, to] = subtreeRange(stats, root);
  const inRoot = root ? groupBoxes(stats, from + 1, to, false) : [];
  const onPage = groupBoxes(stats, 0, stats.all.length, true);
  let proseMax = 0;
  let cardsMax = 0;
  for (const g of onPage) {
    proseMax = Math.max(proseMax, g.prose);
    cardsMax = Math.max(cardsMax, g.cards);
  }
  const sum = (gs: Group[], pick: (g: Group) => number): number => gs.reduce((a, g) => a + pick(g), 0);
  const rootText = root?.text ?? 0;
  const rootGood = root?.good ?? 0;
  const page = stats.root;
  const pageText = page ? page.text - page.negText : 0;
  return {
    rep_prose_max: Math.log1p(proseMax),
    rep_cards_max: Math.log1p(cardsMax),
    root_card_share: rootText > 0 ? Math.min(1, sum(inRoot, (g) => (g.cards >= 3 ? g.cardChars : 0)) / rootText) : 0,
    root_rep_prose_share: rootGood > 0 ? Math.min(1, sum(inRoot, (g) => (g.prose >= 3 ? g.proseChars : 0)) / rootGood) : 0,
    page_card_share: pageText > 0 ? Math.min(1, sum(onPage, (g) => (g.cards >= 3 ? g.cardChars : 0)) / pageText) : 0,
  };
}

const WE_YOU = /\b(?:we|our|us|you|your)\b/i;
const SALES_HEADING = /\b(?:why\s+(?:choose|us|work\s+with)|how\s+it\s+works|get\s+started|our\s+(?:services|team|clients|process|work|approach|solutions)|what\s+we\s+(?:do|offer)|pricing|plans|testimonials?|contact|request|book|free\s+(?:quote|consultation|trial)|benefits|features|faqs?|frequently\s+asked)\b/i;

export interface HeadingSignals {
  /** Share of the page's h2-h4 headings (outside furniture) addressing the reader or speaking for the company. */
  heading_we_you: number;
  /** Share of those headings that read like a sales page's sections. */
  heading_sales: number;
  /** Share of those headings that are questions (an FAQ, a Q&A). */
  heading_questions: number;
}

/** What the page's section headings say. Headings are few, so reading their text costs little. */
export function headingSignals(stats: PageStats): HeadingSignals {
  let n = 0;
  let weYou = 0;
  let sales = 0;
  let questions = 0;
  for (const s of stats.all) {
    if (s.neg || (s.tag !== 'h2' && s.tag !== 'h3' && s.tag !== 'h4') || s.text === 0 || s.text > 200) continue;
    const t = s.el.textContent ?? '';
    n++;
    if (WE_YOU.test(t)) weYou++;
    if (SALES_HEADING.test(t)) sales++;
    if (t.trim().endsWith('?')) questions++;
    if (n >= 200) break;
  }
  return n > 0 ? { heading_we_you: weYou / n, heading_sales: sales / n, heading_questions: questions / n } : { heading_we_you: 0, heading_sales: 0, heading_questions: 0 };
}

export interface TextShapeSignals {
  /** Share of the body text's characters in blocks that are sentences (80+ characters ending in . ! ? or a quote). */
  text_sentence_share: number;
  /** Mean words per block of the body text (log). */
  text_block_words: number;
  /** Blocks of the body text (log). */
  text_blocks: number;
  /** Share of blocks of one to four words (labels, prices, names, buttons). */
  text_fragment_share: number;
}

const SENTENCE_END = /[.!?。！？]["”’)\]」』]?$/;
/** Chinese and Japanese characters, written without spaces: about two make a word. */
const CJK_CHARS = /[\u3040-\u30ff\u3400-\u9fff]/g;

/** How the body text reads, from the text model's blocks (separated by blank lines). */
export function textShapeSignals(text: string): TextShapeSignals {
  const blocks = text.split('\n\n');
  let chars = 0;
  let sentenceChars = 0;
  let words = 0;
  let fragments = 0;
  let n = 0;
  for (const b of blocks) {
    if (!b) continue;
    n++;
    chars += b.length;
    if (b.length >= 80 && SENTENCE_END.test(b)) sentenceChars += b.length;
    let w = 1;
    for (let i = b.indexOf(' '); i >= 0; i = b.indexOf(' ', i + 1)) w++;
    const cjk = b.match(CJK_CHARS);
    if (cjk) w += Math.floor(cjk.length / 2);
    words += w;
    if (w <= 4) fragments++;
  }
  if (n === 0) return { text_sentence_share: 0, text_block_words: 0, text_blocks: 0, text_fragment_share: 0 };
  return {
    text_sentence_share: sentenceChars / chars,
    text_block_words: Math.log1p(words / n),
    text_blocks: Math.log1p(n),
    text_fragment_share: fragments / n,
  };
}

const TITLE_QUESTION = /^(?:how|what|why|when|where|who|which|is|are|can|do|does|should|will)\b/i;
const TITLE_ARTICLE = /\b(?:guide|tips|ways|reasons|explained|things|lessons|steps|mistakes|ideas|review|vs\.?|versus|should|could|why|how)\b|\?/i;
const TITLE_SERVICE = /\b(?:services?|solutions?|company|agency|agencies|consulting|consultants?|experts?|specialists?|pricing|plans|software|platform|hire|near\s+me|official\s+site|contractors?|firm|packages?|programs?|degrees?|courses?|certifications?)\b/i;
const TITLE_LISTING = /\b(?:news|blog|articles|archives?|category|categories|topics?|results|search|collections?|shop|all\s+\w+)\s*$/i;

export interface TitleSignals {
  title_question: number;
  title_article: number;
  title_service: number;
  title_listing: number;
}

/** What the page's title says it is: a question or a guide, a company's service, a section of a site. */
export function titleSignals(title: string): TitleSignals {
  // The part before " | Site" / " - Site" is the page's own title.
  const own = title.split(/\s+[|–—·•»]\s+|\s+-\s+/)[0]?.trim() ?? '';
  return {
    title_question: TITLE_QUESTION.test(own) ? 1 : 0,
    title_article: TITLE_ARTICLE.test(own) ? 1 : 0,
    title_service: TITLE_SERVICE.test(own) ? 1 : 0,
    title_listing: TITLE_LISTING.test(own) ? 1 : 0,
  };
}
