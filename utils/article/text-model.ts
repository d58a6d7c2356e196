// The text model: a plain-text view of some DOM subtrees, with a map from every text offset back to a DOM text node
// and offset, so that spans found in the text (entities, quotes, notes) become DOM Ranges, and DOM points (a user's
// Selection) become text offsets.
//
// Built in one iterative pass (firstChild / nextSibling / parentNode, with enter and exit of elements), without
// per-character objects: a segment covers a run of characters that map linearly onto one text node.

import type { TextSpan } from '../anchoring/types.ts';
import { partitionPoint } from '../sorted/partition-point.ts';

/** A run of the model's text, `[start, end)`, that maps linearly onto `node.data` from `offset`. */
export interface TextSegment {
  readonly start: number;
  readonly end: number;
  readonly node: Text;
  /** Offset in `node.data` of the character at `start`. */
  readonly offset: number;
}

export interface TextModel {
  /** Body text: blocks (paragraphs, headings, list items, block quotes) separated by "\n\n"; whitespace inside a block collapsed to single spaces, trimmed. */
  readonly text: string;
  /** Maps text offsets back to DOM text nodes; sorted, non-overlapping. Characters not covered (the "\n\n" between blocks, a space between two elements with no whitespace node) map to nothing. */
  readonly segments: readonly TextSegment[];
  /** The subtrees the model was built from. */
  readonly roots: readonly Node[];
}

export interface BuildOptions {
  /** Elements for which this returns true are left out with their whole subtree. */
  skip?: (el: Element) => boolean;
}

/** Elements whose content is never text for a reader. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'meta', 'link', 'iframe', 'object',
  'embed', 'canvas', 'video', 'audio', 'picture', 'source', 'track', 'map', 'select', 'option', 'optgroup',
  'datalist', 'textarea', 'input', 'img', 'frame', 'frameset', 'param',
]);

/** Elements that start and end a block: their text is separated from the text around them by a blank line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp', 'option', 'li',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * React's streamed server rendering sends each late part of the page as `<div hidden id="S:0">` at the end of the body,
 * and a script moves it into place as soon as it arrives: in a saved page (or before that script runs) the article may
 * be nowhere else, and it is never hidden from the reader.
 */
const STREAMED_SEGMENT = /^S:\d+$/;

/** True for elements a reader never sees: `[hidden]`, `aria-hidden="true"`, or an inline `display:none` / `visibility:hidden`. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') && !STREAMED_SEGMENT.test(el.getAttribute('id') ?? '')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length > 8 && HIDDEN_STYLE.test(style);
}

/** Lower-case local name of an element (linkedom and browsers agree on `localName`). */
export function tagOf(el: Element): string {
  const n = el.localName;
  return n ? n.toLowerCase() : '';
}

const WS = /\s+/g;

/** Text nodes read between two yields of `textModelSteps`. */
const TEXT_NODES_PER_STEP = 400;

/** The text model of `roots` (see `textModelSteps`). */
export function buildTextModel(roots: readonly Node[], options: BuildOptions = {}): TextModel {
  const steps = textModelSteps(roots, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Builds the text model, yielding every few hundred text nodes, so a caller on a page's main thread can give the
 * page a turn while a very long body is read.
 */
export function* textModelSteps(roots: readonly Node[], options: BuildOptions = {}): Generator<'text', TextModel, void> {
  const skip = options.skip;
  let textNodes = 0;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let len = 0;
  let pendingBreak = false;
  let pendingSpace = false;
  let spaceNode: Text | null = null;
  let spaceOffset = 0;

  const addSegment = (start: number, end: number, node: Text, offset: number): void => {
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.end === start && last.offset + (last.end - last.start) === offset) {
      (last as { end: number }).end = end;
    } else {
      segments.push({ start, end, node, offset });
    }
  };

  const text = (node: Text): void => {
    const data = node.data;
    if (!data) return;
    WS.lastIndex = 0;
    let pos = 0;
    for (;;) {
      const m = WS.exec(data);
      const wsStart = m ? m.index : data.length;
      if (wsStart > pos) {
        // A word run [pos, wsStart).
        if (len > 0) {
          if (pendingBreak) {
            parts.push('\n\n');
            len += 2;
          } else if (pendingSpace && spaceNode) {
            parts.push(' ');
            addSegment(len, len + 1, spaceNode, spaceOffset);
            len += 1;
          }
        }
        pendingBreak = false;
        pendingSpace = false;
        parts.push(pos === 0 && wsStart === data.length ? data : data.slice(pos, wsStart));
        addSegment(len, len + (wsStart - pos), node, pos);
        len += wsStart - pos;
      }
      if (!m) break;
      if (!pendingSpace) {
        pendingSpace = true;
        spaceNode = node;
        spaceOffset = m.index;
      }
      pos = m.index + m[0].length;
      if (pos >= data.length) break;
    }
  };

  for (const root of roots) {
    pendingBreak = true;
    let node: Node = root;
    outer: for (;;) {
      const type = node.nodeType;
      if (type === 3) {
        text(node as Text);
        if (++textNodes % TEXT_NODES_PER_STEP === 0) yield 'text';
      } else if (type === 1) {
        const el = node as Element;
        const tag = tagOf(el);
        if (!SKIPPED_TAGS.has(tag) && !isHiddenElement(el) && !(skip && skip(el))) {
          const block = BLOCK_TAGS.has(tag);
          if (block) pendingBreak = true;
          const first = el.firstChild;
          if (first) {
            node = first;
            continue;
          }
        }
      } else if (type === 9 || type === 11) {
        const first = node.firstChild;
        if (first) {
          node = first;
          continue;
        }
      }
      // Leave `node` (and any ancestors whose last child it was), then go to the next sibling.
      for (;;) {
        if (node === root) break outer;
        const next: Node | null = node.nextSibling;
        if (next) {
          node = next;
          continue outer;
        }
        const parent: Node | null = node.parentNode;
        if (!parent) break outer;
        node = parent;
        if (node.nodeType === 1 && BLOCK_TAGS.has(tagOf(node as Element))) pendingBreak = true;
      }
    }
  }
  return { text: parts.join(''), segments, roots };
}

/** Index of the first segment whose end is > offset (segments.length if none). */
function firstEndingAfter(segs: readonly TextSegment[], offset: number): number {
  return partitionPoint(segs.length, (index) => segs[index]!.end <= offset);
}

/** Index of the last segment whose start is < offset (-1 if none). */
function lastStartingBefore(segs: readonly TextSegment[], offset: number): number {
  return partitionPoint(segs.length, (index) => segs[index]!.start < offset) - 1;
}

export interface BoundaryPoints {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * The DOM boundary points of the text span `[start, end)`. A span starting or ending between segments (on a block
 * separator) is shrunk to the characters that map to the DOM. Null when the span holds no mapped character (a
 * collapsed span maps to the point before the character at `start`, or after the last character).
 */
export function boundaryPoints(model: TextModel, start: number, end: number): BoundaryPoints | null {
  const segs = model.segments;
  if (segs.length === 0 || !(start >= 0) || !(end >= start)) return null;
  if (start === end) {
    const i = firstEndingAfter(segs, start);
    const seg = segs[i];
    if (seg) {
      const off = seg.offset + Math.max(0, start - seg.start);
      return { startContainer: seg.node, startOffset: off, endContainer: seg.node, endOffset: off };
    }
    const lastSeg = segs[segs.length - 1]!;
    if (start > lastSeg.end) return null;
    const off = lastSeg.offset + (lastSeg.end - lastSeg.start);
    return { startContainer: lastSeg.node, startOffset: off, endContainer: lastSeg.node, endOffset: off };
  }
  const i = firstEndingAfter(segs, start);
  const j = lastStartingBefore(segs, end);
  if (i >= segs.length || j < 0 || j < i) return null;
  const a = segs[i]!;
  const b = segs[j]!;
  return {
    startContainer: a.node,
    startOffset: a.offset + Math.max(0, start - a.start),
    endContainer: b.node,
    endOffset: b.offset + (Math.min(end, b.end) - b.start),
  };
}

/** A DOM Range for the text span `[start, end)` (see `boundaryPoints`), or null when it maps to nothing. */
export function rangeFromOffsets(model: TextModel, start: number, end: number): Range | null {
  const p = boundaryPoints(model, start, end);
  if (!p) return null;
  const doc = p.startContainer.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(p.startContainer, p.startOffset);
  range.setEnd(p.endContainer, p.endOffset);
  return range;
}

const nodeIndexCache = new WeakMap<TextModel, Map<Node, number>>();

/** Index of the first segment of each text node in the model. */
function nodeIndex(model: TextModel): Map<Node, number> {
  let map = nodeIndexCache.get(model);
  if (!map) {
    map = new Map();
    const segs = model.segments;
    for (let i = 0; i < segs.length; i++) {
      const n = segs[i]!.node;
      if (!map.has(n)) map.set(n, i);
    }
    nodeIndexCache.set(model, map);
  }
  return map;
}

function isInside(node: Node, roots: readonly Node[]): boolean {
  for (const r of roots) if (r === node || r.contains(node)) return true;
  return false;
}

/** The node after `node`'s subtree in document order. */
function followingNode(node: Node): Node | null {
  let n: Node | null = node;
  while (n) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

/** The next node in document order (pre-order). */
function nextInOrder(node: Node): Node | null {
  return node.firstChild ?? followingNode(node);
}

/** The previous node in document order (pre-order reversed). */
function previousInOrder(node: Node): Node | null {
  let p = node.previousSibling;
  if (!p) return node.parentNode;
  while (p.lastChild) p = p.lastChild;
  return p;
}

/**
 * DOM point -> text offset. A point inside a mapped text node gives that character's offset; a point elsewhere (inside
 * an element, in skipped whitespace, in an excluded subtree) snaps to the next mapped character (`bias: 'forward'`,
 * the default) or to just after the previous one (`'backward'`, natural for the end of a selection). Null when the point
 * is outside the model's roots.
 */
export function offsetFromPoint(
  model: TextModel,
  node: Node,
  offset: number,
  bias: 'forward' | 'backward' = 'forward',
): number | null {
  const segs = model.segments;
  const index = nodeIndex(model);
  const first = index.get(node);
  if (first !== undefined) {
    let prevEnd = -1;
    for (let i = first; i < segs.length && segs[i]!.node === node; i++) {
      const s = segs[i]!;
      const len = s.end - s.start;
      if (offset < s.offset) return bias === 'forward' || prevEnd < 0 ? s.start : prevEnd;
      if (offset <= s.offset + len) return s.start + (offset - s.offset);
      prevEnd = s.end;
    }
    // After the node's last mapped character.
    if (bias === 'backward') return prevEnd;
    const after = followingNode(node);
    return after ? scanForward(model, after) : model.text.length;
  }
  if (!isInside(node, model.roots)) return null;
  if (bias === 'forward') {
    const start = node.nodeType === 3 ? followingNode(node) : (node.childNodes[offset] ?? followingNode(node));
    return start ? scanForward(model, start) : model.text.length;
  }
  // Backward: the last node before the point.
  let before: Node | null;
  if (node.nodeType === 3) before = previousInOrder(node);
  else {
    const child = offset > 0 ? node.childNodes[offset - 1] : null;
    if (child) {
      before = child;
      while (before.lastChild) before = before.lastChild;
    } else before = node;
  }
  return before ? scanBackward(model, before) : 0;
}

function scanForward(model: TextModel, from: Node): number {
  const index = nodeIndex(model);
  for (let n: Node | null = from; n; n = nextInOrder(n)) {
    const i = index.get(n);
    if (i !== undefined) return model.segments[i]!.start;
  }
  return model.text.length;
}

function scanBackward(model: TextModel, from: Node): number {
  const index = nodeIndex(model);
  const segs = model.segments;
  for (let n: Node | null = from; n; n = previousInOrder(n)) {
    let i = index.get(n);
    if (i !== undefined) {
      while (i + 1 < segs.length && segs[i + 1]!.node === n) i++;
      return segs[i]!.end;
    }
  }
  return 0;
}

/**
 * The spans of the model's text inside block quotes (`<blockquote>`, the outermost one where they nest, below the
 * roots): one span per block quote, from its first character to its last. A page sets off quoted words so, marks or not.
 */
export function blockQuoteRanges(model: TextModel): TextSpan[] {
  const ranges: TextSpan[] = [];
  const roots = new Set<Node>(model.roots);
  // The outermost block quote around each element (null for none), found once per element on the way up: a page of
  // deeply nested elements costs one visit of each. (Up to a root, which is the body itself: a root that is a block
  // quote, or inside one, quotes nothing.)
  const quoteOf = new Map<Node, Element | null>();
  const enclosingQuote = (parent: Node | null): Element | null => {
    const path: Node[] = [];
    let node = parent;
    let quote: Element | null = null;
    for (; node && !roots.has(node); node = node.parentNode) {
      const known = quoteOf.get(node);
      if (known !== undefined) {
        quote = known;
        break;
      }
      path.push(node);
    }
    for (let index = path.length - 1; index >= 0; index--) {
      const step = path[index]!;
      if (!quote && step.nodeType === 1 && tagOf(step as Element) === 'blockquote') quote = step as Element;
      quoteOf.set(step, quote);
    }
    return quote;
  };
  let current: { quote: Element; range: TextSpan } | null = null;
  for (const segment of model.segments) {
    const quote = enclosingQuote(segment.node.parentNode);
    if (quote && current && current.quote === quote) {
      current.range.end = segment.end;
      continue;
    }
    if (current) ranges.push(current.range);
    current = quote ? { quote, range: { start: segment.start, end: segment.end } } : null;
  }
  if (current) ranges.push(current.range);
  return ranges;
}
