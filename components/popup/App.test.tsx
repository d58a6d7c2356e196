import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PresslightDatabase } from '@/utils/db/schema';
import { createBackgroundHandlers } from '@/utils/db/service';
import { createMessageHandler } from '@/utils/messaging/handler';
import { backgroundParamChecks } from '@/utils/messaging/protocol';
import { backgroundClient, tabClient } from '@/utils/messaging/client';
import { createNote } from '@/utils/db/notes';
import { sampleNewNote } from '@/utils/db/test-notes';
import { makeLibrary } from '@/utils/export/sample-library';
import type { PageSummary } from '@/utils/reader/page-summary';
import type { PopupHost } from './host';
import { App } from './App';
import { button, fire, installDom, settle, textOf, waitForSelector } from './test-dom';
import { countNotes, findNote, putNotes } from '@/utils/db/note-store';

const PAGE = 'https://news.example/2018/12/japan-huawei';
const SUMMARY: PageSummary = {
  url: PAGE,
  address: PAGE,
  title: 'Japan Might Be Planning to Boycott Huawei and ZTE Equipment',
  isArticle: true,
  analyzed: true,
  articleScore: 0.9,
  companies: [
    { name: 'Huawei', mentions: 7, first: { start: 10, end: 16 } },
    { name: 'ZTE', mentions: 5, first: { start: 21, end: 24 } },
  ],
  people: [
    {
      name: 'Yoshihide Suga',
      role: 'chief government spokesman',
      mentions: 1,
      first: { start: 100, end: 114 },
      quotes: [{ start: 200, end: 250, text: 'Cybersecurity is becoming an important issue in Japan.', kind: 'direct' }],
    },
  ],
  orphanIds: [],
  placedNotes: [],
  noteCount: 0,
};

let db: PresslightDatabase;
let document: Document;
let counter = 0;
let revealed: { start: number; end: number; scope: string }[];
let downloads: { name: string; text: string }[];
let opened: { url: string; hasTarget: boolean }[];
let summary: PageSummary;

/** Every view's change listeners, as the background's broadcast reaches them all. */
const listeners = new Set<(pages: string[]) => void>();

/** The one background of a test, shared by every view (host) as in the extension. */
let handle: ReturnType<typeof createMessageHandler>;

function makeHost(): PopupHost {
  // This test's background: a view left over from an earlier test must not reach (and load) this one's.
  const background = handle;
  const tab = tabClient(async (message) => {
    if (message.type === 'page.summary') return { ok: true, value: summary };
    revealed.push(message.params as { start: number; end: number; scope: string });
    return { ok: true, value: true };
  });
  return {
    call: backgroundClient((message) => background(structuredClone(message), {})),
    askTab: (send) => send(tab),
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    openPage: async (url, note) => void opened.push({ url, hasTarget: !!note }),
    openSettings: () => {},
    download: (name, _mime, text) => void downloads.push({ name, text }),
  };
}

async function mount(view: Parameters<typeof App>[0]['initialView'] = 'page') {
  const root = document.getElementById('app')!;
  await act(() => render(<App host={makeHost()} initialView={view} />, root));
  await settle();
  return root;
}

beforeEach(() => {
  document = installDom();
  db = new PresslightDatabase(`popup-test-${++counter}`);
  handle = createMessageHandler(
    backgroundParamChecks,
    createBackgroundHandlers({
      db,
      notifyChanged: (pages) => listeners.forEach((listener) => listener(pages)),
      estimateStorage: async () => ({ usage: 2_500_000, quota: 1e10, persisted: true }),
    }),
  );
  revealed = [];
  downloads = [];
  opened = [];
  summary = structuredClone(SUMMARY);
});
afterEach(async () => {
  listeners.clear();
  render(null, document.getElementById('app')!);
  db.close();
  await Dexie.delete(db.name);
});

describe('popup: This page', () => {
  it('shows the article, its companies with counts, quoted officials and notes; clicking reveals', async () => {
    const note = await createNote(db, sampleNewNote());
    summary.placedNotes = [{ id: note.id, start: 500, end: 544 }];
    const root = await mount();
    expect(root.querySelector('.article-status')!.textContent).toContain('News article');
    expect(textOf(root, '.chip.company')).toEqual(['Huawei 7', 'ZTE 5']);
    expect(textOf(root, '.person-name')).toEqual(['Yoshihide Suga']);
    expect(textOf(root, '.role')).toEqual(['chief government spokesman']);
    expect(textOf(root, '.note .note-body')).toEqual(['Worth checking later']);
    await act(() => fire(root.querySelector('.chip.company')!, 'click'));
    await act(() => fire(root.querySelector('.quote')!, 'click'));
    await act(() => fire(root.querySelector('.note-quote')!, 'click'));
    await settle();
    expect(revealed).toEqual([
      { start: 10, end: 16, scope: 'article' },
      { start: 200, end: 250, scope: 'article' },
      { start: 500, end: 544, scope: 'page' },
    ]);
  });

  it('edits a note, deletes it, and undoes the delete', async () => {
    const note = await createNote(db, sampleNewNote());
    const root = await mount();
    await act(() => fire(button(root, /^Edit note/), 'click'));
    await settle();
    const textarea = root.querySelector('textarea')!;
    textarea.value = 'Rewritten';
    await act(() => fire(textarea, 'input'));
    const green = root.querySelector<HTMLInputElement>('input[value="green"]')!;
    green.checked = true;
    await act(() => fire(green, 'change'));
    await act(() => fire(root.querySelector('form.note-form')!, 'submit'));
    await settle();
    expect(await findNote(db, note.id)).toMatchObject({ body: 'Rewritten', color: 'green' });
    expect(textOf(root, '.note .note-body')).toEqual(['Rewritten']);

    await act(() => fire(button(root, /^Delete note/), 'click'));
    await settle();
    expect(await countNotes(db)).toBe(0);
    expect(root.querySelectorAll('.note').length).toBe(0);
    expect(root.querySelector('.toast')!.textContent).toContain('Note deleted.');
    await act(() => fire(button(root, 'Undo'), 'click'));
    await settle();
    expect(await findNote(db, note.id)).toMatchObject({ body: 'Rewritten', color: 'green' });
    expect(textOf(root, '.note .note-body')).toEqual(['Rewritten']);
  });

  it('lists orphans apart with their quotes, and says what to do on pages it cannot read', async () => {
    const note = await createNote(db, sampleNewNote());
    summary.orphanIds = [note.id];
    const root = await mount();
    expect(root.querySelector('#orphans-heading')!.textContent).toBe('Not found on the page (1)');
    expect(root.textContent).toContain('Cybersecurity is becoming an important issue');
    render(null, root);
    const unreadable = makeHost();
    unreadable.askTab = () => Promise.reject(new Error('No tab'));
    await act(() => render(<App host={unreadable} />, root));
    await settle();
    expect(root.querySelector('.empty')!.textContent).toContain('Open');
  });

  it('says so while a long article is still being read, then shows its lists without reopening', async () => {
    summary.analyzed = false;
    summary.companies = [];
    summary.people = [];
    const root = await mount();
    expect(root.querySelector('.reading')!.textContent).toContain('Finding companies and quoted officials');
    expect(root.querySelector('#companies-heading')).toBeNull();
    expect((button(root, 'Save article') as HTMLButtonElement).disabled).toBe(true);
    summary = structuredClone(SUMMARY);
    await waitForSelector(root, '.chip.company');
    expect(textOf(root, '.chip.company')).toEqual(['Huawei 7', 'ZTE 5']);
    expect(root.querySelector('.reading')).toBeNull();
    expect((button(root, 'Save article') as HTMLButtonElement).disabled).toBe(false);
  });

  it('saves the article’s analysis with one click', async () => {
    const root = await mount();
    await act(() => fire(button(root, 'Save article'), 'click'));
    await settle();
    const saved = await db.pages.get(PAGE);
    expect(saved).toMatchObject({ companies: [{ name: 'Huawei', mentions: 7 }, { name: 'ZTE', mentions: 5 }] });
    expect(saved!.people[0]).toEqual({ name: 'Yoshihide Suga', role: 'chief government spokesman', quotes: ['Cybersecurity is becoming an important issue in Japan.'] });
    expect(saved!.entityKeys).toContain('company:huawei');
  });
});

describe('popup: Library', () => {
  it('renders only the visible rows of a large library, searches, and opens notes', async () => {
    const library = makeLibrary(500, 50);
    await putNotes(db, library.notes);
    await db.pages.bulkAdd(library.pages);
    const root = await mount('library');
    await waitForSelector(root, '.note-row');
    expect(root.querySelector('.result-count')!.textContent).toContain('500 notes on 50 articles');
    const rendered = root.querySelectorAll('[data-row]').length;
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(30);
    expect(root.querySelector('[role="list"]')!.getAttribute('style')).toMatch(new RegExp(`height: ?${550 * 84}px`));

    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'Note 463';
    await act(() => fire(search, 'input'));
    await settle();
    await waitForSelector(root, '.result-count');
    for (let i = 0; i < 50 && !root.querySelector('.result-count')!.textContent!.startsWith('1 note'); i++) await settle(1);
    expect(textOf(root, '.note-row .row-body')).toEqual([expect.stringContaining('Note 463:')]);

    await act(() => fire(root.querySelector('.note-row .row-button')!, 'click'));
    await settle();
    expect(opened).toEqual([{ url: library.notes[463]!.page, hasTarget: true }]);
  });

  it('updates live when a note is added elsewhere, and shows what to do when empty', async () => {
    const root = await mount('library');
    expect(root.querySelector('.empty')!.textContent).toContain('No notes yet');
    const host = makeHost();
    await host.call('notes.create', { note: sampleNewNote() });
    // Another view (a second host on the same background) writes; the open Library shows it without reloading.
    await waitForSelector(root, '.note-row');
    expect(textOf(root, '.note-row .row-body')).toEqual(['Worth checking later']);
    expect(textOf(root, '.article-row .row-title')).toEqual(['Japan Might Be Planning to Boycott Huawei and ZTE Equipment']);
  });
});

describe('popup: Export', () => {
  it('exports the three formats and refuses a hostile import without changing anything', async () => {
    await createNote(db, sampleNewNote());
    const root = await mount('transfer');
    for (const label of ['Markdown', 'JSON (re-importable)', 'W3C Web Annotations (JSON-LD)']) {
      await act(() => fire(button(root, label), 'click'));
      await settle();
    }
    expect(downloads.map((d) => d.name.split('.').pop())).toEqual(['md', 'json', 'jsonld']);
    expect(downloads[0]!.text).toContain('> Cybersecurity is becoming an important issue');
    expect(root.querySelector('.storage-line')!.textContent).toContain('1 note, 2.4 MB used');

    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{"format":"presslight-library","version":1,"notes":[{"id":1}]}'], 'bad.json')], configurable: true });
    await act(() => fire(input, 'change'));
    await settle(20);
    expect(root.querySelector('.import-result')!.textContent).toContain('Nothing was imported');
    expect(await countNotes(db)).toBe(1);

    Object.defineProperty(input, 'files', { value: [new File([downloads[1]!.text], 'good.json')], configurable: true });
    await act(() => fire(input, 'change'));
    await settle(20);
    expect(root.querySelector('.import-result')!.textContent).toMatch(/0 new notes.*1 — already in your library/s);
  });
});
