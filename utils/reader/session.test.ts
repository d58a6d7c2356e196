import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { describeSelectors } from '../anchoring/index';
import type { ArticleAnalysisSteps } from '../article/index';
import { buildTextModel } from '../article/text-model';
import type { NoteRecord } from '../db/types';
import type { HighlightKind } from '../highlight/kinds';
import type { HighlightPainter } from '../highlight/painter';
import type { BackgroundCall } from '../messaging/client';
import type { TextAnalysis } from '../nlp/index';
import { memorySettingsStorage } from '../settings/memory-storage';
import { SETTINGS_KEY } from '../settings/settings';
import { installRange } from '../article/test-range';
import { ReaderSession } from './session';
import type { EditorRequest, LegendState, ReaderUi } from './ui';

const PAGE = `<html><body>
  <nav><a href="/">Acme news</a></nav>
  <article><h1>Acme buys Zeta</h1>
    <p>Acme said on Monday it would buy Zeta. “We are delighted,” said Ann Lee, Acme’s chief executive.</p>
    <p>Zeta shares rose.</p>
  </article>
  <footer>Contact Acme</footer>
</body></html>`;

/** The text nodes under `root`, in document order. */
function textNodes(root: Node, out: Text[] = []): Text[] {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child as Text);
    else textNodes(child, out);
  }
  return out;
}

type Backend = (type: string, params: Record<string, unknown>) => unknown;

function setUp({ settings, notes = [], backend }: { settings?: unknown; notes?: NoteRecord[]; backend?: Backend } = {}) {
  let legendFocused = 0;
  const { document } = parseHTML(PAGE);
  Object.defineProperty(document, 'URL', { value: 'https://news.example/acme-zeta' });
  installRange(document as unknown as Document);

  const painted = new Map<HighlightKind, string[]>();
  const painter: HighlightPainter = {
    mode: 'highlight-api',
    set: (kind, ranges) => void painted.set(kind, ranges.map((range) => range.toString())),
    clear: (kind) => (kind ? void painted.delete(kind) : painted.clear()),
    setVisible: () => {},
    setColors: () => {},
    destroy: () => painted.clear(),
  };
  let legend: LegendState | null = null;
  const toasts: string[] = [];
  let editor: EditorRequest | null = null;
  const ui: ReaderUi = {
    showAddNote() {},
    hideAddNote() {},
    openEditor: (request) => void (editor = request),
    closeEditor() {},
    editorOpen: false,
    showCard() {},
    hideCard() {},
    cardOpen: false,
    pointerInCard: false,
    updateLegend: (state) => void (legend = state),
    focusLegend() {
      legendFocused++;
    },
    toast: (message) => void toasts.push(message),
    destroy() {},
  };
  let articleCalls = 0;
  const analyzeArticle = function* (doc: Document): ArticleAnalysisSteps {
    articleCalls++;
    const root = doc.querySelector('article')!;
    yield 'body';
    return { isArticle: true, articleScore: 0.9, title: 'Acme buys Zeta', roots: [root], skip: () => false, body: buildTextModel([root]), ms: { detect: 0, body: 0 } };
  };
  const blockQuotesAsked: unknown[] = [];
  const analyzeText = async (text: string, blockQuotes?: { start: number; end: number }[]): Promise<TextAnalysis> => {
    blockQuotesAsked.push(blockQuotes);
    const analysis: TextAnalysis = { entities: [], people: [], quotes: [] };
    for (const match of text.matchAll(/Acme|Zeta/g)) {
      analysis.entities.push({ type: 'company', start: match.index, end: match.index + match[0].length, text: match[0], canonical: match[0] });
    }
    const lee = text.indexOf('Ann Lee');
    const quote = text.indexOf('We are delighted');
    if (lee >= 0) {
      analysis.people.push({ name: 'Ann Lee', role: 'Acme’s chief executive', mentions: [{ start: lee, end: lee + 7 }], quoted: quote >= 0 });
      if (quote >= 0) analysis.quotes.push({ start: quote, end: quote + 16, text: 'We are delighted', kind: 'direct', speaker: { name: 'Ann Lee', start: lee, end: lee + 7 } });
    }
    return analysis;
  };
  const call = (async (type: string, params: Record<string, unknown>) => {
    if (type === 'notes.forPage') return notes;
    if (backend) return backend(type, params);
    throw new Error(`unexpected ${type}`);
  }) as unknown as BackgroundCall;
  const storage = memorySettingsStorage(settings ? { [SETTINGS_KEY]: settings } : {});
  const session = new ReaderSession({ doc: document as unknown as Document, call, ui, painter, analyzeArticle, analyzeText, settingsStorage: storage });
  return { document, session, painted, storage, toasts, editor: () => editor, legend: () => legend, articleCalls: () => articleCalls, legendFocused: () => legendFocused, blockQuotesAsked };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function noteOn(document: Document, exact: string, id: string): NoteRecord {
  const text = buildTextModel([document.body]).text;
  const start = text.indexOf(exact);
  return {
    id,
    page: 'https://news.example/acme-zeta',
    site: 'news.example',
    pageTitle: 'Acme buys Zeta',
    created: 1,
    updated: 1,
    target: { source: 'https://news.example/acme-zeta', selector: describeSelectors(text, { start: Math.max(0, start), end: Math.max(0, start) + exact.length }) },
    body: 'a note',
    color: 'green',
    tags: [],
    words: [],
  };
}

/** Selects `text` on the page (linkedom has no selection) and saves a note on it through the editor. */
async function addNoteOn({ document, session, editor }: ReturnType<typeof setUp>, text: string): Promise<void> {
  const node = textNodes(document.body).find((n) => n.data.includes(text))!;
  const range = document.createRange() as unknown as Range;
  range.setStart(node, node.data.indexOf(text));
  range.setEnd(node, node.data.indexOf(text) + text.length);
  Object.assign(document, { getSelection: () => ({ rangeCount: 1, isCollapsed: false, getRangeAt: () => range, removeAllRanges() {} }) });
  expect(session.composeNoteFromSelection()).toBe(true);
  await editor()!.onSave({ body: 'why now?', color: 'yellow', tags: [] });
  await tick();
}

describe('ReaderSession', () => {
  it('paints companies, the quoted person and the quote from the article only, and shows a legend with counts', async () => {
    const { session, painted, legend } = setUp();
    // Until the page is read, the summary says so: empty lists mean "not yet", not "none".
    expect(session.summary()).toMatchObject({ analyzed: false, companies: [], people: [] });
    await session.start();
    await tick();
    expect(session.summary().analyzed).toBe(true);
    expect(painted.get('company')).toEqual(['Acme', 'Zeta', 'Acme', 'Zeta', 'Acme', 'Zeta']);
    expect(painted.get('person')).toEqual(['Ann Lee']);
    expect(painted.get('quote')).toEqual(['We are delighted']);
    expect(legend()?.counts).toEqual({ companies: 2, officials: 1, quotes: 1, notes: 0 });
    const summary = session.summary();
    expect(summary.companies.map((c) => [c.name, c.mentions])).toEqual([
      ['Acme', 3],
      ['Zeta', 3],
    ]);
    expect(summary.people[0]).toMatchObject({ name: 'Ann Lee', role: 'Acme’s chief executive' });
  });

  it('stays off on a site the reader switched off, and comes back when it is switched on again', async () => {
    const { session, painted, storage, legend } = setUp({ settings: { disabledSites: ['news.example'] } });
    await session.start();
    await tick();
    expect([...painted.values()].flat()).toEqual([]);
    expect(legend()).toBeNull();
    await storage.set({ [SETTINGS_KEY]: { disabledSites: [] } });
    await tick();
    await tick();
    expect(painted.get('person')).toEqual(['Ann Lee']);
    expect(legend()).not.toBeNull();
  });

  it('honours the kinds switched off in settings, and the legend’s toggles', async () => {
    const { session, painted, legend } = setUp({ settings: { enabledKinds: { companies: false } } });
    await session.start();
    await tick();
    expect(painted.get('company')).toEqual([]);
    expect(painted.get('person')).toEqual(['Ann Lee']);
    expect(legend()?.shown.companies).toBe(false);
    legend()!.toggleKind('companies');
    legend()!.toggleKind('officials');
    expect(painted.get('company')).toHaveLength(6);
    expect(painted.get('person')).toEqual([]);
  });

  it('places notes and reports their spans; a note whose text is gone is an orphan, kept and counted', async () => {
    const { document } = parseHTML(PAGE);
    const placed = noteOn(document as unknown as Document, 'Zeta shares rose.', 'n1');
    const orphan = noteOn(document as unknown as Document, 'Zeta shares rose.', 'n2');
    orphan.target.selector[0] = { type: 'TextQuoteSelector', exact: 'a sentence that is not on this page at all', prefix: '', suffix: '' };
    const { session, painted, legend } = setUp({ notes: [placed, orphan] });
    await session.start();
    await tick();
    expect(painted.get('note-green')).toEqual(['Zeta shares rose.']);
    const summary = session.summary();
    expect(summary.noteCount).toBe(2);
    expect(summary.orphanIds).toEqual(['n2']);
    expect(summary.placedNotes).toHaveLength(1);
    expect(summary.placedNotes[0]!.id).toBe('n1');
    expect(summary.placedNotes[0]!.end - summary.placedNotes[0]!.start).toBe('Zeta shares rose.'.length);
    expect(legend()?.orphans).toBe(1);
    expect(legend()?.counts.notes).toBe(1);
  });

  it('keeps the article’s analysis with its first note (for People & companies), unless it was saved already', async () => {
    const calls: string[] = [];
    const saved: unknown[] = [];
    let alreadySaved = false;
    const backend: Backend = (type, params) => {
      calls.push(type);
      if (type === 'notes.create') return { ...(params.note as object), site: 'news.example', created: 2, updated: 2, words: [] };
      if (type === 'pages.get') return alreadySaved ? { url: params.url } : null;
      if (type === 'pages.save') return saved.push(params.page);
      throw new Error(`unexpected ${type}`);
    };
    const first = setUp({ backend });
    await first.session.start();
    await tick();
    await addNoteOn(first, 'Zeta shares rose.');
    expect(saved).toEqual([
      {
        url: 'https://news.example/acme-zeta',
        title: 'Acme buys Zeta',
        companies: [
          { name: 'Acme', mentions: 3 },
          { name: 'Zeta', mentions: 3 },
        ],
        people: [{ name: 'Ann Lee', role: 'Acme’s chief executive', quotes: ['We are delighted'] }],
      },
    ]);
    await addNoteOn(first, 'Acme said on Monday');
    expect(calls.filter((type) => type.startsWith('pages.'))).toEqual(['pages.get', 'pages.save']);

    calls.length = 0;
    alreadySaved = true;
    const again = setUp({ backend });
    await again.session.start();
    await tick();
    await addNoteOn(again, 'Zeta shares');
    expect(calls.filter((type) => type.startsWith('pages.'))).toEqual(['pages.get']);
    expect(saved).toHaveLength(1);
  });

  it('on changes inside the article, reads only the body again and analyses only text that changed', async () => {
    const { document, session, painted, articleCalls } = setUp();
    await session.start();
    expect(articleCalls()).toBe(1);
    expect(session.analysedTexts).toBe(1);
    await session.refresh({ changed: [document.querySelector('nav')!] });
    expect(articleCalls()).toBe(2);
    expect(session.analysedTexts).toBe(1);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Later, Zeta thanked Acme.';
    document.querySelector('article')!.append(paragraph);
    await session.refresh({ changed: [document.querySelector('article')!] });
    expect(articleCalls()).toBe(2);
    expect(session.analysedTexts).toBe(2);
    expect(painted.get('company')).toHaveLength(8);
  });

  it('sends the body’s block quotes with its text, and analyses again when only they changed', async () => {
    const { document, session, blockQuotesAsked } = setUp();
    await session.start();
    const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent === 'Zeta shares rose.')!;
    const quote = document.createElement('blockquote');
    paragraph.replaceWith(quote);
    quote.append(paragraph);
    await session.refresh({ changed: [document.querySelector('article')!] });
    expect(session.analysedTexts).toBe(2);
    const body = buildTextModel([document.querySelector('article')!]).text;
    const start = body.indexOf('Zeta shares rose.');
    expect(blockQuotesAsked).toEqual([undefined, [{ start, end: start + 'Zeta shares rose.'.length }]]);
  });

  it('goes to the legend on the focus-legend command (the rebindable shortcut), unless off on the site', async () => {
    const { session, legendFocused } = setUp();
    await session.start();
    const handlers = session.tabHandlers();
    expect(await handlers['page.command']({ command: 'focus-legend' }, undefined)).toBe(true);
    expect(legendFocused()).toBe(1);
    const off = setUp({ settings: { disabledSites: ['news.example'] } });
    await off.session.start();
    expect(await off.session.tabHandlers()['page.command']({ command: 'focus-legend' }, undefined)).toBe(false);
    expect(off.legendFocused()).toBe(0);
  });
});
