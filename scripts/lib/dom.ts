// Parsing HTML into a standards DOM in Node (linkedom), as the content script sees it in a browser.
import { parseHTML } from 'linkedom';

const parse = (src: string): Document => (parseHTML(src) as unknown as { document: Document }).document;

/** Parses a whole HTML page; returns its Document (with <html>, <head> and one <body> holding the page, as in a browser). */
export function parseHtmlDocument(html: string): Document {
  // linkedom treats a string without <html> as a fragment; wrap such input so that `document.body` exists.
  const whole = /<html[\s>]/i.test(html.slice(0, 4096)) || /<body[\s>]/i.test(html.slice(0, 65536));
  let doc = parse(whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  if (!isWellFormed(doc) || hasContentAfterEnd(html)) doc = parse(normalizeHtml(html));
  mergeBodies(doc);
  return doc;
}

/** linkedom takes the first element as `documentElement` (a stray <script> before <html>, or <head> when <html> is missing). */
function isWellFormed(doc: Document): boolean {
  const root = doc.documentElement;
  return !!root && root.localName?.toLowerCase() === 'html';
}

/** Markup after </body> or </html> (which a browser still puts into the body; linkedom drops it). */
function hasContentAfterEnd(html: string): boolean {
  const m = /<\/(?:body|html)\s*>/i.exec(html);
  if (!m) return false;
  const rest = html.slice(m.index + m[0].length).replace(/<!--[\s\S]*?-->/g, '').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return /<(?!\/?(?:body|html)\b)[a-z]/i.test(rest);
}

/** Rebuilds `<html><head>…</head><body …>…</body></html>` from a page whose top-level structure linkedom would get wrong. */
export function normalizeHtml(html: string): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const headOpen = /<head\b[^>]*>/i.exec(html);
  const headClose = /<\/head\s*>/i.exec(html);
  const bodyOpen = /<body\b[^>]*>/i.exec(html);
  let head = '';
  let body: string;
  let bodyTag = '<body>';
  if (headOpen) {
    const end = headClose ? headClose.index : bodyOpen ? bodyOpen.index : headOpen.index + headOpen[0].length;
    head = html.slice(headOpen.index + headOpen[0].length, Math.max(end, headOpen.index + headOpen[0].length));
  }
  if (bodyOpen) {
    bodyTag = bodyOpen[0];
    body = html.slice(bodyOpen.index + bodyOpen[0].length);
  } else if (headClose) body = html.slice(headClose.index + headClose[0].length);
  else body = htmlTag ? html.slice(htmlTag.index + htmlTag[0].length) : html;
  body = body.replace(/<\/body\s*>/gi, '').replace(/<\/html\s*>/gi, '');
  return `<!DOCTYPE html>${htmlTag ? htmlTag[0] : '<html>'}<head>${head}</head>${bodyTag}${body}</body></html>`;
}

/**
 * linkedom's `document.body` is the element right after <head>; when something else stands there (scripts or comments
 * between </head> and <body>), it creates a new, empty body. A browser has one body holding everything: put the
 * page's body right after <head> (merging several bodies into one) before anyone asks for `document.body`.
 */
function mergeBodies(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const nameOf = (n: Element): string => n.localName?.toLowerCase() ?? '';
  // A second <html> tag: a browser keeps one root (taking the extra attributes); unwrap the nested one.
  for (const nested of Array.from(root.getElementsByTagName('html'))) {
    if (nested === root) continue;
    for (const attr of Array.from(nested.attributes)) if (!root.hasAttribute(attr.name)) root.setAttribute(attr.name, attr.value);
    const parent = nested.parentNode;
    if (!parent) continue;
    while (nested.firstChild) parent.insertBefore(nested.firstChild, nested);
    nested.remove();
  }
  const children = Array.from(root.childNodes).filter((n): n is Element => n.nodeType === 1);
  const bodies = children.filter((n) => nameOf(n) === 'body');
  if (bodies.length === 0) return;
  const body = bodies[0]!;
  let head = children.find((n) => nameOf(n) === 'head');
  if (!head) {
    head = doc.createElement('head');
    root.insertBefore(head, root.firstChild);
  }
  // linkedom's getters want <head> first and <body> right after it: move stray elements into them, as a browser would.
  let seenBody = false;
  for (const el of children) {
    if (el === head) continue;
    if (el === body) {
      seenBody = true;
      continue;
    }
    if (nameOf(el) === 'body') {
      for (const attr of Array.from(el.attributes)) if (!body.hasAttribute(attr.name)) body.setAttribute(attr.name, attr.value);
      while (el.firstChild) body.appendChild(el.firstChild);
      el.remove();
    } else if (seenBody) body.appendChild(el);
    else head.appendChild(el);
  }
  if (root.firstElementChild !== head) root.insertBefore(head, root.firstChild);
  if (head.nextElementSibling !== body) head.after(body);
}
