import { anchorMany, describeSelectors } from '../anchoring/index';
import type { ArticleAnalysis, ArticleAnalysisSteps } from '../article/index';
import { blockQuoteRanges, buildTextModel, offsetFromPoint, rangeFromOffsets, textModelSteps, type TextModel } from '../article/text-model';
import { DEFAULT_NOTE_COLOR, type NoteColor, type NoteRecord } from '../db/types';
import { ENTITY_HIGHLIGHT_KINDS, NOTE_HIGHLIGHT_KINDS, noteHighlightKind, type HighlightKind } from '../highlight/kinds';
import type { HighlightPainter } from '../highlight/painter';
import type { BackgroundCall } from '../messaging/client';
import type { Handlers } from '../messaging/handler';
import type { TabApi } from '../messaging/protocol';
import { COMMAND_ADD_NOTE, COMMAND_FOCUS_LEGEND, COMMAND_TOGGLE_HIGHLIGHTS } from '../messaging/commands';
import type { TextAnalysis, TextSpan } from '../nlp/index';
import { DEFAULT_SETTINGS, isSiteDisabled, loadSettings, normalizeSite, saveSettings, watchSettings, type Settings, type SettingsStorage } from '../settings/settings';
import { canonicalPageUrl } from '../url/canonical-url';
import { caretFromPoint } from './caret';
import { analysisKey, nextTask, TextAnalyzer } from './text-analyzer';
import { entityMarks, MarkIndex, pointInRects, type Mark, type MarkKind, type Point } from './marks';
import { orphanIdsOf, savedPageOf, summarizeAnalysis, type PageSummary } from './page-summary';
import { isPresslightHost } from './shadow-host';
import { performanceMark, timed } from './timing';
import type { CardContent, LegendKind, LegendState, NoteDraft, ReaderUi } from './ui';

export interface ReaderDependencies {
  doc: Document;
  call: BackgroundCall;
  ui: ReaderUi;
  painter: HighlightPainter;
  /** The article analysis in steps (`articleAnalysisSteps`): the session gives the page a turn between them on long pages. */
  analyzeArticle(doc: Document, url: string): ArticleAnalysisSteps;
  /** The analysis of an article's text; the extension asks its background, so the page's main thread stays free. */
  analyzeText(text: string, blockQuotes?: TextSpan[]): Promise<TextAnalysis>;
  /** Where the reader's settings are kept (`browser.storage.local`); without it the defaults apply. */
  settingsStorage?: SettingsStorage;
  /** Called with every failure that is not the reader's to act on (logged by the entrypoint). */
  onError?(error: unknown): void;
  /** Called right after the wrapping fallback changed the page's DOM, so a page watcher can drop those changes. */
  onOwnDomChange?(): void;
}

interface PlacedNote {
  note: NoteRecord;
  start: number;
  end: number;
}

/** The block quotes of each body read (found once per text model: asked at each analysis and each summary). */
const blockQuotesByBody = new WeakMap<TextModel, TextSpan[]>();

function blockQuotesOf(body: TextModel): TextSpan[] {
  let ranges = blockQuotesByBody.get(body);
  if (!ranges) blockQuotesByBody.set(body, (ranges = blockQuoteRanges(body)));
  return ranges;
}

/** What an article's analysis is made of: its body's text and block quotes. */
function analysisKeyOf(article: ArticleAnalysis): string {
  return analysisKey(article.body.text, blockQuotesOf(article.body));
}

/** Marks the moments a benchmark measures on the page's performance timeline. */
export const PERFORMANCE_MARKS = {
  started: 'presslight:started',
  textModelReady: 'presslight:text-model-ready',
  highlightsPainted: 'presslight:highlights-painted',
} as const;

const SELECTION_DELAY_MS = 120;
const MAX_QUOTE_LENGTH = 50_000;
const CARD_HIDE_DELAY_MS = 300;
const REVEAL_FLASH_MS = 1600;
/** Text longer than this is a long page: its highlights are made a slice at a time, a task each. */
const LONG_TEXT_CHARS = 2500;
/** Steps of reading the page run back to back until they have taken this long; then the page gets a turn. */
const SLICE_MS = 10;

/** Highlight ranges made per task on long pages. */
const RANGE_SLICE = 1500;

const KIND_OF_SETTING: Record<LegendKind, MarkKind> = { companies: 'company', officials: 'person', quotes: 'quote', notes: 'note' };


/** Presslight on one page: article analysis and its highlights, the reader's notes, cards, legend and the on-page UI. */
export class ReaderSession {
  private readonly doc: Document;
  private readonly deps: ReaderDependencies;
  private readonly analyzer: TextAnalyzer;
  private pageUrl: string;
  private settings: Settings = DEFAULT_SETTINGS;
  private disabled = false;
  private article: ArticleAnalysis | null = null;
  /** Set when the wrapping fallback has split text nodes: the text models must be rebuilt before use. */
  private modelsStale = false;
  /** What the current analysis was made of (`analysisKey`: the body's text and block quotes), or null. */
  private analyzedKey: string | null = null;
  private textAnalysis: TextAnalysis | null = null;
  private entityMarks: Mark[] = [];
  private pageModel: TextModel | null = null;
  private notes: NoteRecord[] = [];
  private placed: PlacedNote[] = [];
  /** The page text and notes the current placements were computed for (to skip re-anchoring when neither changed). */
  private anchoredFor: { text: string; notes: NoteRecord[] } | null = null;
  private marks = new MarkIndex([]);
  private shown: Record<LegendKind, boolean> = { ...DEFAULT_SETTINGS.enabledKinds };
  private highlightsVisible = true;
  private generation = 0;
  private painted = false;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private cardTimer: ReturnType<typeof setTimeout> | undefined;
  private legendTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  private pointerTask = 0;
  private pendingPoint: Point | null = null;
  private cardMark: Mark | null = null;
  private stepIndex = -1;
  private stepOrder: { kinds: string; marks: Mark[] } | null = null;
  private stepMark: Mark | null = null;
  private lastColor: NoteColor = DEFAULT_NOTE_COLOR;
  /** The address whose article analysis was kept with its first note (once per page visit). */
  private articleKeptFor: string | null = null;
  private readonly disposers: (() => void)[] = [];

  constructor(deps: ReaderDependencies) {
    this.deps = deps;
    this.doc = deps.doc;
    this.analyzer = new TextAnalyzer((text, blockQuotes) => deps.analyzeText(text, blockQuotes.length > 0 ? [...blockQuotes] : undefined));
    this.pageUrl = this.currentPageUrl();
  }

  /** The address notes of this page are filed under. */
  get url(): string {
    return this.pageUrl;
  }

  /** Article texts sent for analysis so far (unchanged text is not sent again). */
  get analysedTexts(): number {
    return this.analyzer.analysedTexts;
  }

  async start(): Promise<void> {
    performanceMark(PERFORMANCE_MARKS.started);
    // Listen first: a reader may select text before the settings and the analysis are in.
    this.listenForSelection();
    this.listenForPointer();
    this.listenForKeys();
    const storage = this.deps.settingsStorage;
    if (storage) {
      this.applySettings(await loadSettings(storage), true);
      // Watching needs `storage.local.onChanged` (Chrome 73+, Firefox 101+); without it, settings apply on the next load.
      if (typeof storage.onChanged?.addListener === 'function') this.disposers.push(watchSettings(storage, (next) => this.onSettingsChanged(next)));
    }
    await this.refresh({ reloadNotes: true });
  }

  /**
   * Re-reads the page after it changed: analyses the article text again only if it changed, re-places notes,
   * and loads the notes of the new address after a single-page-app navigation.
   */
  async refresh({ reloadNotes = false, changed = null }: { reloadNotes?: boolean; changed?: readonly Node[] | null } = {}): Promise<void> {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation;
    const url = this.currentPageUrl();
    const navigated = url !== this.pageUrl;
    this.pageUrl = url;
    this.pageModel = null;
    if (navigated) this.hideCard();
    this.disabled = isSiteDisabled(this.settings, this.doc.URL);
    if (this.disabled) {
      this.clearPage();
      return;
    }
    await this.analyze(stale, !navigated && !reloadNotes ? changed : null);
    if (stale()) return;
    if (reloadNotes || navigated) await this.loadNotes();
    else this.placeNotes();
  }

  /** Notes changed elsewhere (popup, another tab): reload when they concern this page. */
  async onNotesChanged(pages: readonly string[]): Promise<void> {
    if (pages.includes(this.pageUrl) && !this.disabled) await this.loadNotes();
  }

  destroy(): void {
    this.generation++;
    clearTimeout(this.selectionTimer);
    clearTimeout(this.cardTimer);
    clearTimeout(this.legendTimer);
    if (this.pointerFrame) cancelAnimationFrame(this.pointerFrame);
    if (this.pointerTask) this.doc.defaultView?.clearTimeout(this.pointerTask);
    for (const dispose of this.disposers.splice(0)) dispose();
    this.deps.painter.destroy();
    this.deps.ui.destroy();
  }

  private currentPageUrl(): string {
    const canonical = this.doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
    return canonicalPageUrl(this.doc.location?.href ?? this.doc.URL, canonical);
  }

  // ---- Settings --------------------------------------------------------------------------------------------

  private applySettings(settings: Settings, initial: boolean): void {
    const kindsChanged = initial || JSON.stringify(settings.enabledKinds) !== JSON.stringify(this.settings.enabledKinds);
    this.settings = settings;
    if (kindsChanged) this.shown = { ...settings.enabledKinds };
    this.deps.painter.setColors({ company: settings.colors.companies, person: settings.colors.officials, quote: settings.colors.quotes });
  }

  private onSettingsChanged(next: Settings): void {
    const wasDisabled = this.disabled;
    this.applySettings(next, false);
    const disabled = isSiteDisabled(next, this.doc.URL);
    if (disabled !== wasDisabled) {
      void this.refresh({ reloadNotes: true }).catch((error) => this.deps.onError?.(error));
      return;
    }
    this.repaintAll();
  }

  private async turnOffSite(): Promise<void> {
    const site = normalizeSite(this.doc.URL);
    const storage = this.deps.settingsStorage;
    if (!site || !storage) return;
    const before = this.settings.disabledSites;
    this.onSettingsChanged(await saveSettings(storage, { disabledSites: [...before, site] }));
    this.deps.ui.toast(`Presslight is off on ${site}. Turn it on again from the toolbar button.`, {
      label: 'Undo',
      run: () => {
        void saveSettings(storage, { disabledSites: before.filter((s) => s !== site) })
          .then((settings) => this.onSettingsChanged(settings))
          .catch((error) => this.deps.onError?.(error));
      },
    });
  }

  /** Off on this site: nothing of Presslight stays on the page. */
  private clearPage(): void {
    this.hideCard();
    this.deps.ui.hideAddNote();
    this.deps.ui.updateLegend(null);
    this.deps.painter.clear();
    this.article = null;
    this.textAnalysis = null;
    this.analyzedKey = null;
    this.entityMarks = [];
    this.notes = [];
    this.placed = [];
    this.anchoredFor = null;
    this.marks = new MarkIndex([]);
  }

  // ---- Article analysis and entity highlights -------------------------------------------------------------

  /**
   * Changes only inside the article's body (a paragraph loaded late, the next page of an infinite scroll) need
   * only its text model read again: the page is still the same article, with the same body.
   */
  private changedOnlyInsideBody(changed: readonly Node[] | null): boolean {
    const article = this.article;
    if (!changed || changed.length === 0 || !article?.isArticle || this.modelsStale) return false;
    const roots = article.roots;
    if (!roots.every((root) => root.isConnected)) return false;
    return changed.every((node) => node.isConnected && roots.some((root) => root.contains(node)));
  }

  /**
   * Runs work step by step; once the steps so far took a slice's worth of time (a long page), the page gets a turn
   * before the next. Null when a newer analysis started meanwhile.
   */
  private async inSlices<T>(steps: Generator<unknown, T, void>, name: string, stale: () => boolean): Promise<T | null> {
    let sliceStart = performance.now();
    for (;;) {
      const step = timed(name, () => steps.next());
      if (step.done) return step.value;
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await nextTask();
      if (stale()) return null;
      sliceStart = performance.now();
    }
  }

  private async analyze(stale: () => boolean, changed: readonly Node[] | null = null): Promise<void> {
    const previous = this.article;
    let article: ArticleAnalysis | null;
    if (previous && this.changedOnlyInsideBody(changed)) {
      const body = await this.inSlices(textModelSteps(previous.roots, { skip: previous.skip }), 'read-body', stale);
      article = body && { ...previous, body };
    } else {
      article = await this.inSlices(this.deps.analyzeArticle(this.doc, this.doc.URL), 'analyze-article', stale);
    }
    if (!article || stale()) return;
    this.article = article;
    this.modelsStale = false;
    performanceMark(PERFORMANCE_MARKS.textModelReady);
    // On a long page each step gets its own task, so the page stays responsive in between.
    const long = article.body.text.length > LONG_TEXT_CHARS;
    const key = article.isArticle ? analysisKeyOf(article) : null;
    if (key === null) {
      this.analyzedKey = null;
      this.textAnalysis = null;
      this.entityMarks = [];
    } else if (key !== this.analyzedKey) {
      const analysis = await this.analyzer.analyze(article.body.text, blockQuotesOf(article.body));
      if (stale()) return;
      this.textAnalysis = analysis;
      this.analyzedKey = key;
      this.entityMarks = entityMarks(analysis);
      if (long) await nextTask();
      if (stale()) return;
    }
    if (long) {
      const batches = await this.entityRangesInSlices(stale);
      if (!batches || stale()) return;
      await nextTask();
      if (stale()) return;
      timed('paint-entities', () => {
        this.rebuildMarks();
        this.applyPaint(batches);
      });
    } else {
      timed('paint-entities', () => {
        this.rebuildMarks();
        this.paint({ entities: true });
      });
    }
    if (!this.painted) {
      this.painted = true;
      performanceMark(PERFORMANCE_MARKS.highlightsPainted);
    }
    this.updateLegend();
  }

  private rangesOf(marks: readonly Mark[]): Range[] {
    const ranges: Range[] = [];
    for (const mark of marks) {
      const range = this.rangeOf(mark);
      if (range) ranges.push(range);
    }
    return ranges;
  }

  private rangeOf(mark: Pick<Mark, 'scope' | 'start' | 'end'>): Range | null {
    const model = mark.scope === 'article' ? this.articleModel() : this.pageText();
    return model ? rangeFromOffsets(model, mark.start, mark.end) : null;
  }

  /**
   * The article's text model. The wrapping fallback splits the page's text nodes when it paints, so there the
   * model is rebuilt after painting (same text, new nodes); with the Highlight API the DOM never changes.
   */
  private articleModel(): TextModel | null {
    if (!this.article?.isArticle) return null;
    if (this.modelsStale) {
      // Same body, same text: only its text nodes are new.
      this.modelsStale = false;
      this.article = { ...this.article, body: buildTextModel(this.article.roots, { skip: this.article.skip }) };
    }
    return this.article.isArticle ? this.article.body : null;
  }

  private isShown(kind: MarkKind): boolean {
    const setting = (Object.keys(KIND_OF_SETTING) as LegendKind[]).find((key) => KIND_OF_SETTING[key] === kind)!;
    return this.shown[setting];
  }

  /** Repaints the given groups of highlights: every range is taken from the text models before any is painted. */
  private paint({ entities = false, notes = false }: { entities?: boolean; notes?: boolean }): void {
    const batches = new Map<HighlightKind, Range[]>();
    if (entities) {
      for (const kind of ENTITY_HIGHLIGHT_KINDS) {
        const marks = this.isShown(kind) && this.article?.isArticle ? this.entityMarks.filter((mark) => mark.kind === kind) : [];
        batches.set(kind, this.rangesOf(marks));
      }
    }
    if (notes) {
      for (const kind of NOTE_HIGHLIGHT_KINDS) batches.set(kind, []);
      if (this.isShown('note') && this.placed.length > 0) {
        const model = this.pageText();
        for (const { note, start, end } of this.placed) {
          const range = rangeFromOffsets(model, start, end);
          if (range) batches.get(noteHighlightKind(note.color))?.push(range);
        }
      }
    }
    this.applyPaint(batches);
  }

  private applyPaint(batches: ReadonlyMap<HighlightKind, Range[]>): void {
    for (const [kind, ranges] of batches) this.deps.painter.set(kind, ranges);
    if (this.deps.painter.mode === 'wrap' && batches.size > 0) {
      this.pageModel = null;
      this.modelsStale = true;
      this.deps.onOwnDomChange?.();
    }
  }

  /** The entity highlights' ranges, made a slice at a time with a task each (long pages); null when the work became stale. */
  private async entityRangesInSlices(stale: () => boolean): Promise<Map<HighlightKind, Range[]> | null> {
    const batches = new Map<HighlightKind, Range[]>(ENTITY_HIGHLIGHT_KINDS.map((kind) => [kind, []]));
    const marks = this.article?.isArticle ? this.entityMarks.filter((mark) => this.isShown(mark.kind)) : [];
    for (let i = 0; i < marks.length; i += RANGE_SLICE) {
      if (i > 0) {
        await nextTask();
        if (stale()) return null;
      }
      timed('entity-ranges', () => {
        for (const mark of marks.slice(i, i + RANGE_SLICE)) {
          const range = this.rangeOf(mark);
          if (range) batches.get(mark.kind as HighlightKind)!.push(range);
        }
      });
    }
    return batches;
  }

  private repaintAll(): void {
    this.pageModel = null;
    this.paint({ entities: true, notes: true });
    this.updateLegend();
  }

  private rebuildMarks(): void {
    const noteMarks: Mark[] = this.placed.map(({ note, start, end }) => ({ kind: 'note', scope: 'page', start, end, key: note.id }));
    this.marks = new MarkIndex([...(this.article?.isArticle ? this.entityMarks : []), ...noteMarks]);
    this.stepOrder = null;
  }

  // ---- Notes ------------------------------------------------------------------------------------------------

  /** The whole page's text, which notes' selectors refer to (notes can be anywhere, not only in the article). */
  private pageText(): TextModel {
    this.pageModel ??= buildTextModel([this.doc.body ?? this.doc.documentElement], { skip: isPresslightHost });
    return this.pageModel;
  }

  private async loadNotes(): Promise<void> {
    const url = this.pageUrl;
    const notes = await this.deps.call('notes.forPage', { page: url });
    if (url !== this.pageUrl || this.disabled) return;
    this.notes = notes;
    this.placeNotes();
  }

  private placeNotes(): void {
    if (this.notes.length === 0) {
      // Nothing to place: the page's whole text model is not even built.
      this.placed = [];
      this.anchoredFor = null;
    } else {
      timed('anchor-notes', () => this.anchorNotes());
    }
    this.rebuildMarks();
    this.paint({ notes: true });
    this.updateLegend();
  }

  /** Finds every note on the page's text, unless neither the text nor the notes changed since the last time. */
  private anchorNotes(): void {
    const model = this.pageText();
    if (!this.anchoredFor || this.anchoredFor.text !== model.text || this.anchoredFor.notes !== this.notes) {
      const anchors = this.notes.length > 0 ? anchorMany(model.text, this.notes.map((note) => note.target.selector)) : [];
      this.placed = [];
      anchors.forEach((found, i) => {
        if (found) this.placed.push({ note: this.notes[i]!, start: found.start, end: found.end });
      });
      this.anchoredFor = { text: model.text, notes: this.notes };
    }
  }

  private async createNote(span: { start: number; end: number }, draft: NoteDraft): Promise<void> {
    const model = this.pageText();
    const note = await this.deps.call('notes.create', {
      note: {
        id: crypto.randomUUID(),
        page: this.pageUrl,
        pageTitle: this.article?.title || this.doc.title,
        target: { source: this.pageUrl, selector: describeSelectors(model.text, span) },
        body: draft.body,
        color: draft.color,
        tags: draft.tags,
      },
    });
    this.lastColor = draft.color;
    this.notes = [...this.notes.filter((n) => n.id !== note.id), note];
    this.placeNotes();
    void this.keepArticle().catch((error) => this.deps.onError?.(error));
  }

  /**
   * An annotated article belongs in People & companies as much as a saved one: with the first note on an article,
   * its analysis is saved too, unless the reader already saved it (a later "Save article" refreshes it).
   */
  private async keepArticle(): Promise<void> {
    const url = this.pageUrl;
    if (this.articleKeptFor === url || !this.article?.isArticle || !this.textAnalysis) return;
    this.articleKeptFor = url;
    if (await this.deps.call('pages.get', { url })) return;
    await this.deps.call('pages.save', { page: savedPageOf(this.summary()) });
  }

  /** The page-text span of a DOM range, trimmed of surrounding whitespace; a message for the reader when it has none. */
  private pageSpanOf(range: Range): { start: number; end: number } | string {
    const model = this.pageText();
    let start = offsetFromPoint(model, range.startContainer, range.startOffset);
    let end = offsetFromPoint(model, range.endContainer, range.endOffset, 'backward');
    if (start === null || end === null) return 'This text can’t hold a note (it is outside the page’s text).';
    while (start < end && /\s/.test(model.text[start]!)) start++;
    while (end > start && /\s/.test(model.text[end - 1]!)) end--;
    if (end <= start) return 'Select some text on the page first, then add a note to it.';
    if (end - start > MAX_QUOTE_LENGTH) return 'That selection is too long for one note. Select a shorter passage.';
    return { start, end };
  }

  /** Opens the note editor on the reader's selection. */
  composeNoteFromSelection(): boolean {
    if (this.disabled) {
      this.deps.ui.toast('Presslight is off on this site. Turn it on from the toolbar button to add notes here.');
      return false;
    }
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      this.deps.ui.toast('Select some text on the page first, then add a note to it.');
      return false;
    }
    const range = selection.getRangeAt(0);
    const span = this.pageSpanOf(range);
    if (typeof span === 'string') {
      this.deps.ui.toast(span);
      return false;
    }
    this.hideCard();
    this.deps.ui.openEditor({
      mode: 'create',
      quote: this.pageText().text.slice(span.start, span.end),
      near: range.getBoundingClientRect?.() ?? null,
      initial: { body: '', color: this.lastColor, tags: [] },
      onSave: async (draft) => {
        await this.createNote(span, draft);
        this.doc.getSelection()?.removeAllRanges();
      },
    });
    return true;
  }

  /** A note on a company or person, attached to the mention the reader is looking at. */
  private composeNoteOnEntity(mark: Mark, name: string): void {
    const range = this.rangeOf(mark);
    const span = range ? this.pageSpanOf(range) : 'This mention is no longer on the page.';
    if (typeof span === 'string') {
      this.deps.ui.toast(span);
      return;
    }
    this.hideCard();
    this.deps.ui.openEditor({
      mode: 'create',
      quote: this.pageText().text.slice(span.start, span.end),
      near: range?.getBoundingClientRect() ?? null,
      initial: { body: '', color: this.lastColor, tags: [name] },
      onSave: (draft) => this.createNote(span, draft),
    });
  }

  private editNote(id: string, near: DOMRect | null): void {
    const placed = this.placed.find((p) => p.note.id === id);
    if (!placed) return;
    const { note } = placed;
    this.hideCard();
    this.deps.ui.openEditor({
      mode: 'edit',
      quote: note.target.selector[0].exact,
      near,
      initial: { body: note.body, color: note.color, tags: note.tags },
      onSave: async (draft) => {
        const updated = await this.deps.call('notes.update', { id, patch: draft });
        if (updated) this.replaceNote(updated);
      },
      onDelete: () => this.deleteNote(id),
    });
  }

  private replaceNote(note: NoteRecord): void {
    this.notes = this.notes.map((n) => (n.id === note.id ? note : n));
    this.placeNotes();
  }

  private async deleteNote(id: string): Promise<void> {
    const removed = await this.deps.call('notes.delete', { id });
    this.hideCard();
    this.notes = this.notes.filter((n) => n.id !== id);
    this.placeNotes();
    if (!removed) return;
    this.deps.ui.toast('Note deleted.', {
      label: 'Undo',
      run: () => {
        void this.deps
          .call('notes.restore', { note: removed })
          .then((restored) => {
            this.notes = [...this.notes.filter((n) => n.id !== restored.id), restored];
            this.placeNotes();
          })
          .catch((error) => this.deps.ui.toast(error instanceof Error ? error.message : String(error)));
      },
    });
  }

  private listenForSelection(): void {
    const onSelectionChange = () => {
      clearTimeout(this.selectionTimer);
      this.selectionTimer = setTimeout(() => this.offerAddNote(), SELECTION_DELAY_MS);
    };
    this.doc.addEventListener('selectionchange', onSelectionChange);
    this.disposers.push(() => this.doc.removeEventListener('selectionchange', onSelectionChange));
  }

  private offerAddNote(): void {
    if (this.deps.ui.editorOpen || this.disabled) return;
    const selection = this.doc.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    const container = range?.commonAncestorContainer;
    const anchorElement = container ? (container.nodeType === 1 ? (container as Element) : container.parentElement) : null;
    if (!range || !range.toString().trim() || anchorElement?.closest('input, textarea, [contenteditable]:not([contenteditable="false"])')) {
      this.deps.ui.hideAddNote();
      return;
    }
    this.deps.ui.showAddNote(range.getBoundingClientRect(), () => this.composeNoteFromSelection());
  }

  toggleHighlights(): boolean {
    this.highlightsVisible = !this.highlightsVisible;
    this.deps.painter.setVisible(this.highlightsVisible);
    if (!this.highlightsVisible) this.hideCard();
    this.updateLegend();
    return this.highlightsVisible;
  }

  private toggleKind(kind: LegendKind): void {
    this.shown = { ...this.shown, [kind]: !this.shown[kind] };
    this.paint(kind === 'notes' ? { notes: true } : { entities: true });
    if (this.cardMark && !this.isShown(this.cardMark.kind)) this.hideCard();
    this.updateLegend();
  }

  // ---- Hit-testing and cards ----------------------------------------------------------------------------------

  private visibleKinds(): Set<MarkKind> {
    const kinds = new Set<MarkKind>();
    if (!this.highlightsVisible || this.disabled) return kinds;
    for (const kind of ['company', 'person', 'quote', 'note'] as const) if (this.isShown(kind)) kinds.add(kind);
    return kinds;
  }

  /** The visible highlight under a viewport point: caret position from the point, marks at that offset, and their boxes. */
  markAt(point: Point): Mark | null {
    const kinds = this.visibleKinds();
    if (kinds.size === 0) return null;
    const caret = caretFromPoint(this.doc, point.x, point.y);
    if (!caret) return null;
    const element = caret.node.nodeType === 1 ? (caret.node as Element) : caret.node.parentElement;
    if (!element || element.closest('presslight-ui')) return null;
    const candidates: Mark[] = [];
    if (this.placed.length > 0 && kinds.has('note')) {
      const offset = offsetFromPoint(this.pageText(), caret.node, caret.offset);
      if (offset !== null) candidates.push(...this.marks.at('page', offset, kinds));
    }
    const body = this.articleModel();
    if (body) {
      const offset = offsetFromPoint(body, caret.node, caret.offset);
      if (offset !== null) candidates.push(...this.marks.at('article', offset, kinds));
    }
    for (const mark of candidates) {
      const range = this.rangeOf(mark);
      if (range && pointInRects(point, range.getClientRects())) return mark;
    }
    return null;
  }

  private listenForPointer(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const onPointerMove = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      this.pendingPoint = { x: event.clientX, y: event.clientY };
      // One hit test per frame at most, however fast the pointer moves, run just after the frame is drawn: the page's
      // layout is fresh then, so finding what is under the pointer lays out nothing (on a page that has just grown, a hit
      // test inside the frame would lay out the new text within the extension's work).
      if (!this.pointerFrame) this.pointerFrame = win.requestAnimationFrame(() => (this.pointerTask = win.setTimeout(() => this.onPointerFrame(), 0)));
    };
    this.doc.addEventListener('pointermove', onPointerMove, { passive: true });
    this.disposers.push(() => this.doc.removeEventListener('pointermove', onPointerMove));
    const onScroll = () => {
      if (this.cardMark && !this.deps.ui.pointerInCard) this.scheduleHideCard();
    };
    win.addEventListener('scroll', onScroll, { passive: true });
    this.disposers.push(() => win.removeEventListener('scroll', onScroll));
  }

  private onPointerFrame(): void {
    this.pointerFrame = 0;
    this.pointerTask = 0;
    const point = this.pendingPoint;
    if (!point || this.deps.ui.editorOpen) return;
    if (this.deps.ui.pointerInCard) {
      clearTimeout(this.cardTimer);
      return;
    }
    const mark = timed('hit-test', () => this.markAt(point));
    if (!mark) {
      if (this.cardMark) this.scheduleHideCard();
      return;
    }
    clearTimeout(this.cardTimer);
    if (this.cardMark && sameMark(this.cardMark, mark)) return;
    this.openCard(mark, false);
  }

  private scheduleHideCard(): void {
    clearTimeout(this.cardTimer);
    this.cardTimer = setTimeout(() => {
      if (!this.deps.ui.pointerInCard) this.hideCard();
    }, CARD_HIDE_DELAY_MS);
  }

  private hideCard(): void {
    clearTimeout(this.cardTimer);
    this.cardMark = null;
    this.deps.ui.hideCard();
  }

  /** The card's content for a mark, or null when what it stood for is gone. */
  cardFor(mark: Mark): CardContent | null {
    if (mark.kind === 'note') {
      const placed = this.placed.find((p) => p.note.id === mark.key);
      if (!placed) return null;
      const { note } = placed;
      return {
        kind: 'note',
        quote: note.target.selector[0].exact,
        body: note.body,
        tags: note.tags,
        color: note.color,
        onEdit: () => this.editNote(note.id, this.rangeOf(mark)?.getBoundingClientRect() ?? null),
        onDelete: () => void this.deleteNote(note.id).catch((error) => this.deps.ui.toast(error instanceof Error ? error.message : String(error))),
      };
    }
    const analysis = this.textAnalysis;
    if (!analysis) return null;
    if (mark.kind === 'company') {
      const mentions = this.entityMarks.filter((m) => m.kind === 'company' && m.key === mark.key).length;
      return { kind: 'company', name: mark.key, mentions, onAddNote: () => this.composeNoteOnEntity(mark, mark.key) };
    }
    const person = analysis.people.find((p) => p.name === mark.key);
    if (!person) return null;
    const nameMark = mark.kind === 'person' ? mark : this.entityMarks.find((m) => m.kind === 'person' && m.key === person.name);
    return {
      kind: 'person',
      name: person.name,
      role: person.role,
      mentions: person.mentions.length,
      quotes: analysis.quotes
        .filter((quote) => quote.speaker?.name === person.name)
        .map((quote) => ({
          text: quote.text,
          kind: quote.kind,
          current: mark.kind === 'quote' && mark.start === quote.start,
          reveal: () => {
            this.hideCard();
            this.reveal(quote.start, quote.end, 'article');
          },
        })),
      onAddNote: () => this.composeNoteOnEntity(nameMark ?? mark, person.name),
    };
  }

  private openCard(mark: Mark, focus: boolean): boolean {
    const content = this.cardFor(mark);
    const range = this.rangeOf(mark);
    if (!content || !range) return false;
    const rects = range.getClientRects();
    const near = rects.length > 0 ? rects[0]! : range.getBoundingClientRect();
    this.cardMark = mark;
    this.deps.ui.showCard(content, near, {
      focus,
      onClose: () => {
        clearTimeout(this.cardTimer);
        this.cardMark = null;
      },
    });
    return true;
  }

  /** Keyboard access: moves to the next or previous visible highlight in reading order, scrolls to it and opens its card. */
  step(direction: 1 | -1): boolean {
    const kinds = this.visibleKinds();
    const key = [...kinds].join();
    if (!this.stepOrder || this.stepOrder.kinds !== key) {
      // Reading order, worked out once until the highlights change.
      const entries = this.marks
        .all(kinds)
        .map((mark) => ({ mark, range: this.rangeOf(mark) }))
        .filter((entry): entry is { mark: Mark; range: Range } => entry.range !== null)
        .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || a.mark.end - a.mark.start - (b.mark.end - b.mark.start));
      this.stepOrder = { kinds: key, marks: entries.map((entry) => entry.mark) };
      // Carry on from the highlight the reader was on, if it is still there.
      const last = this.stepMark;
      this.stepIndex = last ? this.stepOrder.marks.findIndex((mark) => sameMark(mark, last)) : -1;
    }
    const ordered = this.stepOrder.marks;
    if (ordered.length === 0) {
      this.deps.ui.toast('No highlights to step through on this page.');
      return false;
    }
    this.stepIndex = (this.stepIndex + direction + ordered.length) % ordered.length;
    const mark = ordered[this.stepIndex]!;
    this.stepMark = mark;
    const range = this.rangeOf(mark);
    if (!range) return false;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center' });
    this.flash(range);
    return this.openCard(mark, true);
  }

  private listenForKeys(): void {
    const onKeyDown = (event: KeyboardEvent) => {
      // Alt+Shift+L (also the rebindable `focus-legend` command, for when the browser takes the keys first): to
      // the legend, whose buttons step through highlights. Escape closes a hover card.
      if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL') {
        const target = event.target as Element | null;
        if (target?.closest?.('input, textarea, [contenteditable]:not([contenteditable="false"])')) return;
        if (this.disabled) return;
        event.preventDefault();
        this.deps.ui.focusLegend();
      } else if (event.key === 'Escape' && this.cardMark) {
        this.hideCard();
      }
    };
    this.doc.addEventListener('keydown', onKeyDown, true);
    this.disposers.push(() => this.doc.removeEventListener('keydown', onKeyDown, true));
  }

  // ---- Legend ---------------------------------------------------------------------------------------------------

  /** The legend is not urgent: it is brought up to date in a task of its own, once for a burst of changes. */
  private updateLegend(): void {
    if (this.legendTimer !== undefined) return;
    this.legendTimer = setTimeout(() => {
      this.legendTimer = undefined;
      this.renderLegend();
    }, 0);
  }

  private renderLegend(): void {
    if (this.disabled) {
      this.deps.ui.updateLegend(null);
      return;
    }
    const marks = this.article?.isArticle ? this.entityMarks : [];
    const distinct = (kind: MarkKind) => new Set(marks.filter((mark) => mark.kind === kind).map((mark) => mark.key)).size;
    const counts: Record<LegendKind, number> = {
      companies: distinct('company'),
      officials: distinct('person'),
      quotes: marks.filter((mark) => mark.kind === 'quote').length,
      notes: this.placed.length,
    };
    const orphans = this.notes.length - this.placed.length;
    const anything = counts.companies + counts.officials + counts.quotes + this.notes.length > 0;
    if (!anything) {
      this.deps.ui.updateLegend(null);
      return;
    }
    const state: LegendState = {
      counts,
      orphans,
      shown: { ...this.shown },
      colors: { ...this.settings.colors },
      allShown: this.highlightsVisible,
      site: normalizeSite(this.doc.URL) ?? '',
      toggleKind: (kind) => this.toggleKind(kind),
      toggleAll: () => void this.toggleHighlights(),
      step: (direction) => void this.step(direction),
      turnOffSite: () => void this.turnOffSite().catch((error) => this.deps.onError?.(error)),
    };
    timed('legend', () => this.deps.ui.updateLegend(state));
  }

  // ---- What the popup asks ----------------------------------------------------------------------------------

  summary(): PageSummary {
    const article = this.article;
    const entities = this.textAnalysis && article?.isArticle ? summarizeAnalysis(this.textAnalysis) : { companies: [], people: [] };
    return {
      url: this.pageUrl,
      address: this.doc.URL,
      title: article?.title || this.doc.title,
      isArticle: article?.isArticle ?? false,
      articleScore: article?.articleScore ?? 0,
      analyzed: !!article && (!article.isArticle || (this.textAnalysis !== null && this.analyzedKey === analysisKeyOf(article))),
      ...entities,
      orphanIds: orphanIdsOf(this.notes, new Set(this.placed.map((p) => p.note.id))),
      placedNotes: this.placed.map(({ note, start, end }) => ({ id: note.id, start, end })),
      noteCount: this.notes.length,
    };
  }

  private flash(range: Range): void {
    this.deps.painter.set('focus', [range]);
    setTimeout(() => this.deps.painter.clear('focus'), REVEAL_FLASH_MS);
  }

  /** Scrolls to a span (of the article's text, or of the page's for notes) and flashes it. */
  reveal(start: number, end: number, scope: 'article' | 'page'): boolean {
    const range = this.rangeOf({ scope, start, end });
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.flash(range);
    return true;
  }

  tabHandlers(): Handlers<TabApi, unknown> {
    return {
      'page.summary': async () => this.summary(),
      'page.reveal': async ({ start, end, scope }) => this.reveal(start, end, scope),
      'page.command': async ({ command }) => {
        if (command === COMMAND_ADD_NOTE) return this.composeNoteFromSelection();
        if (command === COMMAND_TOGGLE_HIGHLIGHTS) return this.toggleHighlights();
        if (command === COMMAND_FOCUS_LEGEND && !this.disabled) {
          this.deps.ui.focusLegend();
          return true;
        }
        return false;
      },
    };
  }
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.kind === b.kind && a.scope === b.scope && a.start === b.start && a.end === b.end && a.key === b.key;
}
