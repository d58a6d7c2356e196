import { anchorMany, describeSelectors } from '../anchoring/index';
import type { ArticleAnalysis } from '../article/index';
import { buildTextModel, offsetFromPoint, rangeFromOffsets, type TextModel } from '../article/text-model';
import { DEFAULT_NOTE_COLOR, type NoteColor, type NoteRecord } from '../db/types';
import { ENTITY_HIGHLIGHT_KINDS, NOTE_HIGHLIGHT_KINDS, noteHighlightKind, type HighlightKind } from '../highlight/kinds';
import type { HighlightPainter } from '../highlight/painter';
import type { BackgroundCall } from '../messaging/client';
import type { Handlers } from '../messaging/handler';
import type { TabApi } from '../messaging/protocol';
import { COMMAND_ADD_NOTE, COMMAND_TOGGLE_HIGHLIGHTS } from '../messaging/commands';
import type { TextAnalysis } from '../nlp/index';
import { canonicalPageUrl } from '../url/canonical-url';
import { orphanIdsOf, summarizeAnalysis, type PageSummary } from './page-summary';
import { isPresslightHost } from './shadow-host';
import type { ReaderUi } from './ui';

export interface ReaderDependencies {
  doc: Document;
  call: BackgroundCall;
  ui: ReaderUi;
  painter: HighlightPainter;
  analyzeArticle(doc: Document, url: string): ArticleAnalysis;
  analyzeText(text: string): TextAnalysis;
  /** Called with every failure that is not the reader's to act on (logged by the entrypoint). */
  onError?(error: unknown): void;
}

interface PlacedNote {
  note: NoteRecord;
  start: number;
  end: number;
}

const SELECTION_DELAY_MS = 120;
const MAX_QUOTE_LENGTH = 50_000;

/** Presslight on one page: article analysis and its highlights, the reader's notes, and the on-page UI. */
export class ReaderSession {
  private readonly doc: Document;
  private readonly deps: ReaderDependencies;
  private pageUrl: string;
  private article: ArticleAnalysis | null = null;
  private analyzedText: string | null = null;
  private textAnalysis: TextAnalysis | null = null;
  private pageModel: TextModel | null = null;
  private notes: NoteRecord[] = [];
  private placed: PlacedNote[] = [];
  private highlightsVisible = true;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposers: (() => void)[] = [];

  constructor(deps: ReaderDependencies) {
    this.deps = deps;
    this.doc = deps.doc;
    this.pageUrl = this.currentPageUrl();
  }

  /** The address notes of this page are filed under. */
  get url(): string {
    return this.pageUrl;
  }

  async start(): Promise<void> {
    this.listenForSelection();
    this.analyze();
    await this.loadNotes();
  }

  /** Re-reads the page after it changed: re-analyses only if the article's text changed; re-places notes. */
  async refresh(): Promise<void> {
    const url = this.currentPageUrl();
    const navigated = url !== this.pageUrl;
    this.pageUrl = url;
    this.pageModel = null;
    this.analyze();
    if (navigated) await this.loadNotes();
    else this.placeNotes();
  }

  /** Notes changed elsewhere (popup, another tab): reload when they concern this page. */
  async onNotesChanged(pages: readonly string[]): Promise<void> {
    if (pages.includes(this.pageUrl)) await this.loadNotes();
  }

  destroy(): void {
    clearTimeout(this.selectionTimer);
    for (const dispose of this.disposers.splice(0)) dispose();
    this.deps.painter.destroy();
    this.deps.ui.destroy();
  }

  private currentPageUrl(): string {
    const canonical = this.doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
    return canonicalPageUrl(this.doc.location?.href ?? this.doc.URL, canonical);
  }

  // ---- Article analysis and entity highlights -------------------------------------------------------------

  private analyze(): void {
    const article = this.deps.analyzeArticle(this.doc, this.doc.URL);
    this.article = article;
    if (!article.isArticle) {
      this.analyzedText = null;
      this.textAnalysis = null;
      for (const kind of ENTITY_HIGHLIGHT_KINDS) this.deps.painter.clear(kind);
      return;
    }
    if (article.body.text !== this.analyzedText) {
      this.textAnalysis = this.deps.analyzeText(article.body.text);
      this.analyzedText = article.body.text;
    }
    this.paintEntities(article.body, this.textAnalysis!);
  }

  private paintEntities(model: TextModel, analysis: TextAnalysis): void {
    const ranges = (spans: Iterable<{ start: number; end: number }>) => {
      const result: Range[] = [];
      for (const span of spans) {
        const range = rangeFromOffsets(model, span.start, span.end);
        if (range) result.push(range);
      }
      return result;
    };
    const quoted = new Set(analysis.people.filter((p) => p.quoted).map((p) => p.name));
    this.deps.painter.set('company', ranges(analysis.entities.filter((e) => e.type === 'company')));
    this.deps.painter.set('person', ranges(analysis.people.filter((p) => quoted.has(p.name)).flatMap((p) => p.mentions)));
    this.deps.painter.set('quote', ranges(analysis.quotes.filter((q) => q.speaker && quoted.has(q.speaker.name))));
  }

  // ---- Notes ------------------------------------------------------------------------------------------------

  /** The whole page's text, which notes' selectors refer to (notes can be anywhere, not only in the article). */
  private pageText(): TextModel {
    this.pageModel ??= buildTextModel([this.doc.body ?? this.doc.documentElement], { skip: isPresslightHost });
    return this.pageModel;
  }

  private async loadNotes(): Promise<void> {
    this.notes = await this.deps.call('notes.forPage', { page: this.pageUrl });
    this.placeNotes();
  }

  private placeNotes(): void {
    const model = this.pageText();
    const anchors = anchorMany(
      model.text,
      this.notes.map((note) => note.target.selector),
    );
    this.placed = [];
    anchors.forEach((found, i) => {
      if (found) this.placed.push({ note: this.notes[i]!, start: found.start, end: found.end });
    });
    const byColor = new Map<HighlightKind, Range[]>(NOTE_HIGHLIGHT_KINDS.map((kind) => [kind, []]));
    for (const { note, start, end } of this.placed) {
      const range = rangeFromOffsets(model, start, end);
      if (range) byColor.get(noteHighlightKind(note.color))?.push(range);
    }
    for (const [kind, ranges] of byColor) this.deps.painter.set(kind, ranges);
  }

  /** Opens the note editor on the reader's selection. */
  composeNoteFromSelection(): boolean {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      this.deps.ui.toast('Select some text on the page first, then add a note to it.');
      return false;
    }
    const range = selection.getRangeAt(0);
    const model = this.pageText();
    let start = offsetFromPoint(model, range.startContainer, range.startOffset);
    let end = offsetFromPoint(model, range.endContainer, range.endOffset);
    if (start === null || end === null) {
      this.deps.ui.toast('This text can’t hold a note (it is outside the page’s text).');
      return false;
    }
    while (start < end && /\s/.test(model.text[start]!)) start++;
    while (end > start && /\s/.test(model.text[end - 1]!)) end--;
    if (end <= start) {
      this.deps.ui.toast('Select some text on the page first, then add a note to it.');
      return false;
    }
    if (end - start > MAX_QUOTE_LENGTH) {
      this.deps.ui.toast('That selection is too long for one note. Select a shorter passage.');
      return false;
    }
    const span = { start, end };
    const selector = describeSelectors(model.text, span);
    const quote = model.text.slice(start, end);
    this.deps.ui.openEditor({
      mode: 'create',
      quote,
      near: range.getBoundingClientRect?.() ?? null,
      initial: { body: '', color: this.lastColor, tags: [] },
      onSave: async (draft) => {
        const note = await this.deps.call('notes.create', {
          note: {
            page: this.pageUrl,
            pageTitle: this.article?.title || this.doc.title,
            target: { source: this.pageUrl, selector },
            body: draft.body,
            color: draft.color,
            tags: draft.tags,
          },
        });
        this.lastColor = draft.color;
        this.doc.getSelection()?.removeAllRanges();
        this.notes = [...this.notes.filter((n) => n.id !== note.id), note];
        this.placeNotes();
      },
    });
    return true;
  }

  private lastColor: NoteColor = DEFAULT_NOTE_COLOR;

  private listenForSelection(): void {
    const onSelectionChange = () => {
      clearTimeout(this.selectionTimer);
      this.selectionTimer = setTimeout(() => this.offerAddNote(), SELECTION_DELAY_MS);
    };
    this.doc.addEventListener('selectionchange', onSelectionChange);
    this.disposers.push(() => this.doc.removeEventListener('selectionchange', onSelectionChange));
  }

  private offerAddNote(): void {
    if (this.deps.ui.editorOpen) return;
    const selection = this.doc.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    const anchorElement = range ? (range.commonAncestorContainer as Element).closest?.('*') ?? range.commonAncestorContainer.parentElement : null;
    if (!range || !range.toString().trim() || anchorElement?.closest('input, textarea, [contenteditable]:not([contenteditable="false"])')) {
      this.deps.ui.hideAddNote();
      return;
    }
    this.deps.ui.showAddNote(range.getBoundingClientRect(), () => this.composeNoteFromSelection());
  }

  toggleHighlights(): boolean {
    this.highlightsVisible = !this.highlightsVisible;
    this.deps.painter.setVisible(this.highlightsVisible);
    return this.highlightsVisible;
  }

  // ---- What the popup asks ----------------------------------------------------------------------------------

  summary(): PageSummary {
    const article = this.article;
    const entities = this.textAnalysis && article?.isArticle ? summarizeAnalysis(this.textAnalysis) : { companies: [], people: [] };
    return {
      url: this.pageUrl,
      title: article?.title || this.doc.title,
      isArticle: article?.isArticle ?? false,
      articleScore: article?.articleScore ?? 0,
      ...entities,
      orphanIds: orphanIdsOf(this.notes, new Set(this.placed.map((p) => p.note.id))),
      noteCount: this.notes.length,
    };
  }

  /** Scrolls to a span (of the article's text, or of the page's for notes) and flashes it. */
  reveal(start: number, end: number, scope: 'article' | 'page'): boolean {
    const model = scope === 'article' ? this.article?.body : this.pageText();
    const range = model ? rangeFromOffsets(model, start, end) : null;
    if (!range) return false;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.deps.painter.set('focus', [range]);
    setTimeout(() => this.deps.painter.clear('focus'), 1600);
    return true;
  }

  tabHandlers(): Handlers<TabApi, unknown> {
    return {
      'page.summary': async () => this.summary(),
      'page.reveal': async ({ start, end, scope }) => this.reveal(start, end, scope),
      'page.command': async ({ command }) => {
        if (command === COMMAND_ADD_NOTE) return this.composeNoteFromSelection();
        if (command === COMMAND_TOGGLE_HIGHLIGHTS) return this.toggleHighlights();
        return false;
      },
    };
  }
}
