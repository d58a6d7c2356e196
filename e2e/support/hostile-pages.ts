// Pages built to break extensions: each is generated (not stored), served from 127.0.0.1 by the fixture server.

const ARTICLE_PARAGRAPHS = [
  'Shares of Northwind Traders rose after the company said quarterly revenue beat forecasts.',
  '“We are seeing demand recover in every region,” said Maria Keller, the chief executive of Northwind Traders.',
  'Analysts at Contoso Bank noted that the results were stronger than expected, according to a research note.',
  'The company plans to open three new warehouses next year, Keller told Reuters.',
];

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title).replace(/</g, '\\u003c')}}</script>
${head}</head><body>${body}</body></html>`;
}

function article(paragraphs: readonly string[] = ARTICLE_PARAGRAPHS, heading = 'Northwind Traders beats forecasts'): string {
  return `<article><h1>${heading}</h1><p class="byline">By A. Reporter</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

/** A long article: `words` words of prose in paragraphs of about 120 words. */
export function longArticle(words: number): string {
  const sentence = ARTICLE_PARAGRAPHS.join(' ').split(' ');
  const paragraphs: string[] = [];
  for (let written = 0; written < words; written += 120) {
    const start = written % sentence.length;
    paragraphs.push([...sentence, ...sentence].slice(start, start + 120).join(' '));
  }
  return page('A very long report', article(paragraphs, 'A very long report'));
}

export interface HostilePage {
  name: string;
  html: string;
  /** Whether the page's own scripts change its body after loading (then its text is not compared). */
  mutatesItself?: boolean;
  /** A sentence of the page that a reader can select and annotate, if any. */
  annotatable?: string;
}

export const XSS_TEXT = `"><script>window.__presslightXss=1</script><img src=x onerror=window.__presslightXss=1>`;

export function hostilePages(): HostilePage[] {
  const deep = '<div>'.repeat(4000) + article() + '</div>'.repeat(4000);
  const wideCells = Array.from({ length: 20_000 }, (_, i) => `<span class="c${i % 7}">cell ${i}</span>`).join('');
  return [
    { name: 'huge-dom', html: page('Huge DOM', `${article()}<div id="grid">${wideCells}${wideCells}${wideCells}${wideCells}${wideCells}</div>`), annotatable: ARTICLE_PARAGRAPHS[0] },
    { name: 'giant-paragraph', html: page('One giant paragraph', `<article><h1>Giant</h1><p>${'Northwind Traders said the plan would work. '.repeat(2500)}</p></article>`) },
    { name: 'deeply-nested', html: page('Deeply nested', deep), annotatable: ARTICLE_PARAGRAPHS[0] },
    {
      name: 'shadow-dom',
      html: page(
        'Shadow DOM',
        `${article()}<div id="host"></div><script>document.getElementById('host').attachShadow({mode:'open'}).innerHTML='<p>Inside a shadow root, Fabrikam said nothing.</p>';</script>`,
      ),
      annotatable: ARTICLE_PARAGRAPHS[0],
    },
    {
      name: 'iframes',
      html: page('Frames', `${article()}<iframe srcdoc="<p>Framed text from Tailspin Toys.</p>"></iframe><iframe src="/front-page.html"></iframe>`),
      annotatable: ARTICLE_PARAGRAPHS[0],
    },
    { name: 'contenteditable', html: page('Editable', `<div contenteditable="true">${article()}</div>`) },
    {
      name: 'redefined-builtins',
      html: page(
        'Redefined built-ins',
        article(),
        `<script>
          for (const name of ['map','filter','forEach','push','reduce','some','every','find','includes','slice','join','sort','indexOf','concat','flatMap'])
            Array.prototype[name] = function () { throw new Error('page broke Array.prototype.' + name); };
          String.prototype.replace = function () { throw new Error('page broke replace'); };
          window.getSelection = function () { throw new Error('page broke getSelection'); };
          document.getSelection = function () { throw new Error('page broke getSelection'); };
          JSON.parse = JSON.stringify = function () { throw new Error('page broke JSON'); };
          window.Promise = function () { throw new Error('page broke Promise'); };
          window.MutationObserver = function () { throw new Error('page broke MutationObserver'); };
          Node.prototype.appendChild = function () { throw new Error('page broke appendChild'); };
          Element.prototype.attachShadow = function () { throw new Error('page broke attachShadow'); };
          window.CSS = undefined;
        </script>`,
      ),
      annotatable: ARTICLE_PARAGRAPHS[0],
    },
    {
      name: 'strict-csp',
      html: page('Strict CSP', article(), `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'">`),
      annotatable: ARTICLE_PARAGRAPHS[0],
    },
    {
      name: 'removes-foreign-nodes',
      html: page(
        'Removes what it did not make',
        article(),
        `<script>
          document.addEventListener('DOMContentLoaded', () => {
            new MutationObserver((records) => {
              for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) n.remove();
            }).observe(document.documentElement, { childList: true, subtree: true });
          });
        </script>`,
      ),
      mutatesItself: true,
    },
    {
      name: 'xss-in-content',
      html: page(
        `${XSS_TEXT} Title`,
        article([`Northwind Traders said ${XSS_TEXT.replace(/</g, '&lt;')} in a statement.`, ...ARTICLE_PARAGRAPHS], `Heading ${XSS_TEXT.replace(/</g, '&lt;')}`),
      ),
      annotatable: ARTICLE_PARAGRAPHS[0],
    },
    { name: 'long-article-50k-words', html: longArticle(50_000) },
    { name: 'empty-body', html: '<!doctype html><html><head><title>Empty</title></head><body></body></html>' },
    { name: 'frameset-like', html: '<!doctype html><html><head><title>No body text</title></head><body><svg><text>only svg</text></svg></body></html>' },
  ];
}
