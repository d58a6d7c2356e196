import type { PresslightDatabase } from './schema';
import type { NoteColor, NoteRecord } from './types';
import type { SavedPage } from './saved-page';
import { entityKey } from './saved-page';
import { queryWords } from './search-words';
import { allStoredNotes } from './note-store';
import { partitionPoint } from '../sorted/partition-point';

/** The Library's filters; `entity` is an entity key (`company:huawei`, `person:yoshihide suga`). */
export interface LibraryQuery {
  text?: string;
  site?: string;
  tag?: string;
  color?: NoteColor;
  entity?: string;
}

export type LibraryNote = Omit<NoteRecord, 'words'>;

export interface ArticleHeading {
  kind: 'article';
  page: string;
  title: string;
  site: string;
  /** Creation time of the article's newest (matching) note. */
  latest: number;
  count: number;
}
export type LibraryRow = ArticleHeading | { kind: 'note'; note: LibraryNote };

/** A slice of the Library's rows (article headings followed by their notes), for a list that renders only what is visible. */
export interface LibraryWindow {
  total: number;
  noteCount: number;
  articleCount: number;
  offset: number;
  rows: LibraryRow[];
}

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface LibraryFacets {
  sites: Facet[];
  tags: Facet[];
  colors: Facet[];
  /** Companies and people of saved articles; count = articles. */
  entities: (Facet & { kind: 'company' | 'person' })[];
  noteCount: number;
}

/** A note as the Library keeps it in memory: the whole note (to answer windows without a database read) and its words. */
interface NoteSummary extends LibraryNote {
  words: string[];
}

/** A row of the Library: an article heading, or a note by its id (no object per note: a one-letter search lists most). */
type FlatRow = ArticleHeading | string;

function summaryOf(note: NoteRecord): NoteSummary {
  return note;
}

export function withoutWords(note: NoteRecord): LibraryNote {
  const { words: _words, ...rest } = note;
  return rest;
}

function sortFacets(counts: Map<string, number>, label: (value: string) => string = (v) => v): Facet[] {
  return [...counts]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The notes a search matched: a mark per note number, so a keystroke builds no set of ids. */
export class WordMatches {
  constructor(
    private readonly marks: Uint8Array,
    private readonly ordinals: ReadonlyMap<string, number>,
  ) {}

  has(id: string): boolean {
    const ordinal = this.ordinals.get(id);
    return ordinal !== undefined && this.marks[ordinal] === 1;
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (const [id, ordinal] of this.ordinals) if (this.marks[ordinal] === 1) yield id;
  }
}

/**
 * The `words` of every note in memory, for search as the reader types: a note matches when it has every word of
 * the query whole and the last one as a prefix (the reader is still typing it), with no database round trip.
 * Notes are numbered, and postings hold numbers: a one-letter prefix (thousands of notes) is a pass over small
 * integers into a byte array, not thousands of string insertions into a set.
 */
export class WordIndex {
  private readonly postings = new Map<string, Set<number>>();
  private readonly ordinals = new Map<string, number>();
  private sorted: string[] | null = null;

  private ordinalOf(id: string): number {
    let ordinal = this.ordinals.get(id);
    if (ordinal === undefined) this.ordinals.set(id, (ordinal = this.ordinals.size));
    return ordinal;
  }

  add(id: string, words: readonly string[]): void {
    const ordinal = this.ordinalOf(id);
    for (const word of words) {
      let notes = this.postings.get(word);
      if (!notes) {
        notes = new Set();
        this.postings.set(word, notes);
        this.sorted = null;
      }
      notes.add(ordinal);
    }
  }

  remove(id: string, words: readonly string[]): void {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return;
    for (const word of words) {
      const notes = this.postings.get(word);
      if (!notes) continue;
      notes.delete(ordinal);
      if (notes.size === 0) {
        this.postings.delete(word);
        this.sorted = null;
      }
    }
  }

  /** Sorts the words for prefix search now (after a load), rather than on the reader's first keystroke. */
  prepare(): void {
    this.sorted ??= [...this.postings.keys()].sort();
  }

  /** Notes having every word of `text`, the last as a prefix; null when `text` has no words. */
  match(text: string): WordMatches | null {
    const words = queryWords(text);
    if (words.length === 0) return null;
    const last = words[words.length - 1]!;
    this.prepare();
    const sorted = this.sorted!;
    const low = partitionPoint(sorted.length, (index) => sorted[index]! < last);
    let marks = new Uint8Array(this.ordinals.size);
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(last); i++) for (const ordinal of this.postings.get(sorted[i]!)!) marks[ordinal] = 1;
    for (const word of new Set(words.slice(0, -1))) {
      const both = new Uint8Array(marks.length);
      for (const ordinal of this.postings.get(word) ?? []) both[ordinal] = marks[ordinal]!;
      marks = both;
    }
    return new WordMatches(marks, this.ordinals);
  }
}

/**
 * The background's view of every note for the Library: a small in-memory summary of each note (kept current by
 * the write handlers), a word index for text search, and the last query's rows, so that
 * scrolling asks only for the rows it shows.
 */
export class LibraryIndex {
  private notes: Map<string, NoteSummary> | null = null;
  private words = new WordIndex();
  private loading: Promise<Map<string, NoteSummary>> | null = null;
  private entityFacets: LibraryFacets['entities'] | null = null;
  private order: { note: NoteSummary; latest: number }[] | null = null;
  private orderOf: Map<string, NoteSummary> | null = null;
  private generation = 0;
  private lastQuery: { key: string; rows: FlatRow[]; noteCount: number; articleCount: number } | null = null;

  constructor(private readonly db: PresslightDatabase) {}

  /** Forget everything (after an import): the next query reloads. */
  invalidate(): void {
    this.generation++;
    this.notes = null;
    this.words = new WordIndex();
    this.loading = null;
    this.lastQuery = null;
    this.entityFacets = null;
    this.order = null;
  }

  noteSaved(note: NoteRecord): void {
    // A load still reading may have missed this write: start over.
    if (!this.notes && this.loading) this.invalidate();
    if (this.notes) {
      const previous = this.notes.get(note.id);
      if (previous) this.words.remove(previous.id, previous.words);
      const summary = summaryOf(note);
      this.notes.set(note.id, summary);
      this.words.add(summary.id, summary.words);
    }
    this.lastQuery = null;
    this.order = null;
  }

  noteDeleted(id: string): void {
    if (!this.notes && this.loading) this.invalidate();
    const previous = this.notes?.get(id);
    if (previous) {
      this.words.remove(id, previous.words);
      this.notes!.delete(id);
    }
    this.lastQuery = null;
    this.order = null;
  }

  pagesChanged(): void {
    this.lastQuery = null;
    this.entityFacets = null;
  }

  private async summaries(): Promise<Map<string, NoteSummary>> {
    if (this.notes) return this.notes;
    if (!this.loading) {
      const generation = this.generation;
      this.loading = allStoredNotes(this.db).then((all) => {
        const map = new Map<string, NoteSummary>();
        const words = new WordIndex();
        for (const note of all) {
          const summary = summaryOf(note);
          map.set(note.id, summary);
          words.add(note.id, summary.words);
        }
        words.prepare();
        if (generation === this.generation) {
          this.notes = map;
          this.words = words;
        }
        return map;
      });
    }
    return this.loading;
  }

  /**
   * Every note in Library order: articles by their newest note, newest first; within an article, newest note
   * first. Kept until a note changes.
   */
  private ordered(notes: Map<string, NoteSummary>): { note: NoteSummary; latest: number }[] {
    if (this.order && this.orderOf === notes) return this.order;
    const latest = new Map<string, number>();
    for (const note of notes.values()) latest.set(note.page, Math.max(latest.get(note.page) ?? -Infinity, note.created));
    this.order = [...notes.values()]
      .map((note) => ({ note, latest: latest.get(note.page)! }))
      .sort(
        (a, b) =>
          b.latest - a.latest ||
          (a.note.page < b.note.page ? -1 : a.note.page > b.note.page ? 1 : 0) ||
          b.note.created - a.note.created ||
          (a.note.id < b.note.id ? -1 : 1),
      );
    this.orderOf = notes;
    return this.order;
  }

  private async rowsFor(query: LibraryQuery) {
    // Keyed by the words searched, so "huawei" and "huawei " share their rows.
    const key = JSON.stringify([queryWords(query.text ?? ''), query.site ?? '', query.tag ?? '', query.color ?? '', query.entity ?? '']);
    if (this.lastQuery?.key === key) return this.lastQuery;
    const [notes, entityPages] = await Promise.all([
      this.summaries(),
      query.entity ? this.db.pages.where('entityKeys').equals(query.entity.toLowerCase()).primaryKeys() : Promise.resolve(null),
    ]);
    const textIds = this.words.match(query.text ?? '');
    const pages = entityPages ? new Set(entityPages) : null;
    const rows: FlatRow[] = [];
    let heading = null as ArticleHeading | null;
    let noteCount = 0;
    let articleCount = 0;
    // One pass over every note in Library order: filtering keeps the order, so no sorting per keystroke.
    for (const { note, latest } of this.ordered(notes)) {
      if (textIds && !textIds.has(note.id)) continue;
      if (query.site && note.site !== query.site) continue;
      if (query.tag && !note.tags.includes(query.tag)) continue;
      if (query.color && note.color !== query.color) continue;
      if (pages && !pages.has(note.page)) continue;
      if (heading?.page !== note.page) {
        heading = { kind: 'article', page: note.page, title: note.pageTitle, site: note.site, latest, count: 0 };
        rows.push(heading);
        articleCount++;
      }
      if (!heading.title && note.pageTitle) heading.title = note.pageTitle;
      heading.count++;
      noteCount++;
      rows.push(note.id);
    }
    this.lastQuery = { key, rows, noteCount, articleCount };
    return this.lastQuery;
  }

  /** Rows `offset` to `offset + limit` of the Library for this query, with the notes' full text. */
  async window(query: LibraryQuery, offset: number, limit: number): Promise<LibraryWindow> {
    const { rows, noteCount, articleCount } = await this.rowsFor(query);
    const notes = await this.summaries();
    const result: LibraryRow[] = [];
    for (const row of rows.slice(offset, offset + limit)) {
      if (typeof row !== 'string') result.push({ ...row });
      else {
        const note = notes.get(row);
        // A note deleted since the rows were listed is left out; the change broadcast brings a fresh window.
        if (note) result.push({ kind: 'note', note: withoutWords(note) });
      }
    }
    return { total: rows.length, noteCount, articleCount, offset, rows: result };
  }

  async facets(): Promise<LibraryFacets> {
    const notes = await this.summaries();
    const sites = new Map<string, number>();
    const tags = new Map<string, number>();
    const colors = new Map<string, number>();
    for (const note of notes.values()) {
      sites.set(note.site, (sites.get(note.site) ?? 0) + 1);
      colors.set(note.color, (colors.get(note.color) ?? 0) + 1);
      for (const tag of note.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    }
    return { sites: sortFacets(sites), tags: sortFacets(tags), colors: sortFacets(colors), entities: await this.entities(), noteCount: notes.size };
  }

  private async entities(): Promise<LibraryFacets['entities']> {
    if (this.entityFacets) return this.entityFacets;
    const entityCounts = new Map<string, { kind: 'company' | 'person'; label: string; count: number }>();
    for (const page of await this.db.pages.toArray()) {
      const seen = new Set<string>();
      const add = (kind: 'company' | 'person', name: string) => {
        const key = entityKey(kind, name);
        if (seen.has(key)) return;
        seen.add(key);
        const entry = entityCounts.get(key) ?? { kind, label: name, count: 0 };
        entry.count++;
        entityCounts.set(key, entry);
      };
      for (const company of page.companies) add('company', company.name);
      for (const person of page.people) add('person', person.name);
    }
    this.entityFacets = [...entityCounts]
      .map(([value, { kind, label, count }]) => ({ value, kind, label, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return this.entityFacets;
  }

  /**
   * Every note, without its words: from memory when the Library's index is loaded (as it is once the popup has
   * opened), which the write handlers keep equal to the database; else read from the database.
   */
  async allNotes(): Promise<LibraryNote[]> {
    return [...(await this.summaries()).values()].map(withoutWords);
  }

  /** Notes per page, for the People & companies view. */
  async noteCountsByPage(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const note of (await this.summaries()).values()) counts.set(note.page, (counts.get(note.page) ?? 0) + 1);
    return counts;
  }
}

export interface EntityArticle {
  url: string;
  title: string;
  site: string;
  savedAt: number;
  notes: number;
}

export interface CompanyOverview {
  key: string;
  name: string;
  mentions: number;
  articles: (EntityArticle & { mentions: number })[];
}

export interface PersonOverview {
  key: string;
  name: string;
  roles: string[];
  quoteCount: number;
  articles: (EntityArticle & { role: string | null; quotes: string[] })[];
}

export interface PeopleOverview {
  companies: CompanyOverview[];
  people: PersonOverview[];
  articleCount: number;
}

/** Every company and quoted official across saved articles, with the articles they appear in and every saved quote. */
export function peopleOverview(pages: readonly SavedPage[], notesByPage: ReadonlyMap<string, number>): PeopleOverview {
  const companies = new Map<string, CompanyOverview>();
  const people = new Map<string, PersonOverview>();
  const newestFirst = [...pages].sort((a, b) => b.savedAt - a.savedAt);
  for (const page of newestFirst) {
    const article: EntityArticle = { url: page.url, title: page.title, site: page.site, savedAt: page.savedAt, notes: notesByPage.get(page.url) ?? 0 };
    for (const company of page.companies) {
      const key = entityKey('company', company.name);
      const entry = companies.get(key) ?? { key, name: company.name, mentions: 0, articles: [] };
      entry.mentions += company.mentions;
      entry.articles.push({ ...article, mentions: company.mentions });
      companies.set(key, entry);
    }
    for (const person of page.people) {
      const key = entityKey('person', person.name);
      const entry = people.get(key) ?? { key, name: person.name, roles: [], quoteCount: 0, articles: [] };
      if (person.role && !entry.roles.includes(person.role)) entry.roles.push(person.role);
      entry.quoteCount += person.quotes.length;
      entry.articles.push({ ...article, role: person.role, quotes: person.quotes });
      people.set(key, entry);
    }
  }
  const byReach = <T extends { name: string; articles: unknown[] }>(a: T, b: T) => b.articles.length - a.articles.length || a.name.localeCompare(b.name);
  return { companies: [...companies.values()].sort(byReach), people: [...people.values()].sort(byReach), articleCount: pages.length };
}
