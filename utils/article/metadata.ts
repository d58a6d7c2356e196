// What a page says about itself: JSON-LD (schema.org) types and fields, Open Graph and other <meta> tags, microdata.

export interface PageMetadata {
  /** schema.org types of the page's top-level JSON-LD items (including @graph members and mainEntity). */
  ldTypes: Set<string>;
  /** First JSON-LD headline / name of an article-like item. */
  ldHeadline: string;
  /** Microdata `itemtype`s seen (type names only). */
  microdataTypes: Set<string>;
  /** `<meta>` values by lower-cased property / name (first occurrence). */
  meta: Map<string, string>;
  /** `<link rel>` values present (lower-cased). */
  linkRels: Set<string>;
  title: string;
  /** All JSON-LD text of the page (for cheap field checks). */
  ldText: string;
}

export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'ReviewNewsArticle', 'BackgroundNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'LiveBlogPosting',
  'Report', 'ScholarlyArticle', 'MedicalScholarlyArticle', 'Blog', 'TechArticle', 'APIReference', 'Review',
  'CriticReview', 'UserReview', 'EmployerReview', 'Guide', 'Posting', 'HowTo', 'Recipe',
]);

/** Strips "http://schema.org/" and similar prefixes. */
function typeName(t: string): string {
  const i = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'), t.lastIndexOf('#'));
  return i >= 0 ? t.slice(i + 1) : t;
}

function addTypes(t: unknown, out: Set<string>): void {
  if (typeof t === 'string') out.add(typeName(t.trim()));
  else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') out.add(typeName(x.trim()));
}

/** Collects the types of top-level items: the roots, array members, `@graph` members and `mainEntity` of those. */
export function jsonLdTypes(data: unknown, out: Set<string>, headline: { value: string }, depth = 0): void {
  if (depth > 5 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const x of data) jsonLdTypes(x, out, headline, depth + 1);
    return;
  }
  const o = data as Record<string, unknown>;
  const before = out.size;
  addTypes(o['@type'], out);
  if (!headline.value) {
    const types = new Set<string>();
    addTypes(o['@type'], types);
    if ([...types].some((t) => ARTICLE_TYPES.has(t))) {
      const h = o['headline'] ?? o['name'];
      if (typeof h === 'string' && h.trim()) headline.value = h.trim();
    }
  }
  void before;
  if (o['@graph']) jsonLdTypes(o['@graph'], out, headline, depth + 1);
  if (o['mainEntity'] && typeof o['mainEntity'] === 'object') jsonLdTypes(o['mainEntity'], out, headline, depth + 1);
  if (o['mainEntityOfPage'] && typeof o['mainEntityOfPage'] === 'object' && depth === 0) {
    // "mainEntityOfPage": {"@type": "WebPage"} says nothing new; skip.
  }
}

/** Parses JSON-LD text leniently: tries JSON first, then strips comments/control characters, then falls back to a regex on "@type". */
export function parseJsonLd(text: string, out: Set<string>, headline: { value: string }): void {
  const src = text.trim().replace(/^<!--|-->$/g, '');
  try {
    jsonLdTypes(JSON.parse(src), out, headline);
    return;
  } catch {
    // fall through
  }
  try {
    // eslint-disable-next-line no-control-regex
    jsonLdTypes(JSON.parse(src.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), out, headline);
    return;
  } catch {
    // fall through
  }
  const re = /"@type"\s*:\s*"([^"]+)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const t = typeName(m[1]!);
    if (ARTICLE_TYPES.has(t) || /Product|Offer|Forum|QAPage|FAQPage|ItemList|CollectionPage/.test(t)) out.add(t);
  }
}

/** Reads the head's <meta>, <link>, <title> and every JSON-LD script in the document. */
export function readMetadata(doc: Document): PageMetadata {
  const md: PageMetadata = {
    ldTypes: new Set(),
    ldHeadline: '',
    microdataTypes: new Set(),
    meta: new Map(),
    linkRels: new Set(),
    title: '',
    ldText: '',
  };
  const headline = { value: '' };
  const head = doc.head;
  if (head) {
    let node: Node | null = head.firstChild;
    while (node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.localName.toLowerCase();
        if (tag === 'meta') {
          const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase().trim();
          const content = el.getAttribute('content');
          if (key && content !== null && !md.meta.has(key)) md.meta.set(key, content.trim());
        } else if (tag === 'link') {
          const rel = (el.getAttribute('rel') ?? '').toLowerCase();
          for (const r of rel.split(/\s+/)) if (r) md.linkRels.add(r);
        } else if (tag === 'title') {
          if (!md.title) md.title = (el.textContent ?? '').trim();
        }
        if (el.firstChild && tag !== 'script' && tag !== 'style') {
          node = el.firstChild;
          continue;
        }
      }
      while (node && node !== head && !node.nextSibling) node = node.parentNode;
      if (!node || node === head) break;
      node = node.nextSibling;
    }
  }
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type.includes('ld+json')) {
      const text = s.textContent ?? '';
      md.ldText += text;
      parseJsonLd(text, md.ldTypes, headline);
    }
  }
  md.ldHeadline = headline.value;
  if (!md.title) {
    const t = doc.getElementsByTagName('title')[0];
    if (t) md.title = (t.textContent ?? '').trim();
  }
  return md;
}

/** Adds a microdata itemtype (a URL or a name) to the metadata. */
export function addMicrodataType(md: PageMetadata, itemtype: string): void {
  for (const t of itemtype.split(/\s+/)) if (t) md.microdataTypes.add(typeName(t));
}
