import type { NoteRecord } from '../db/types';
import type { SavedPageInput } from '../db/saved-page';
import type { TextAnalysis } from '../nlp/index';

export interface SummarySpan {
  start: number;
  end: number;
}

export interface CompanySummary {
  name: string;
  mentions: number;
  first: SummarySpan;
}

export interface QuoteSummary extends SummarySpan {
  text: string;
  kind: 'direct' | 'reported';
}

export interface PersonSummary {
  name: string;
  role: string | null;
  mentions: number;
  first: SummarySpan;
  quotes: QuoteSummary[];
}

export interface PlacedNoteSpan extends SummarySpan {
  id: string;
}

/** What the popup shows about the page in a tab; spans are offsets into the article's text. */
export interface PageSummary {
  /** The address notes of the page are filed under (its canonical URL). */
  url: string;
  /** The address in the tab (differs from `url` when the page names a canonical URL). */
  address: string;
  title: string;
  isArticle: boolean;
  articleScore: number;
  /** Whether the page's current text has been read and, on an article, its companies and people found (until then both lists are empty for now, not for good). */
  analyzed: boolean;
  companies: CompanySummary[];
  people: PersonSummary[];
  /** Ids of this page's notes that could not be placed on its text. */
  orphanIds: string[];
  /** Where each placed note was found, as offsets into the page's text (for `page.reveal` with scope `page`). */
  placedNotes: PlacedNoteSpan[];
  noteCount: number;
}

/** Companies (by canonical name, in order of first mention) and quoted officials, from the text analysis. */
export function summarizeAnalysis(analysis: TextAnalysis): Pick<PageSummary, 'companies' | 'people'> {
  const companies = new Map<string, CompanySummary>();
  for (const entity of analysis.entities) {
    if (entity.type !== 'company') continue;
    const existing = companies.get(entity.canonical);
    if (existing) existing.mentions++;
    else companies.set(entity.canonical, { name: entity.canonical, mentions: 1, first: { start: entity.start, end: entity.end } });
  }
  const people: PersonSummary[] = analysis.people
    .filter((person) => person.quoted && person.mentions.length > 0)
    .map((person) => ({
      name: person.name,
      role: person.role,
      mentions: person.mentions.length,
      first: { start: person.mentions[0]!.start, end: person.mentions[0]!.end },
      quotes: analysis.quotes
        .filter((quote) => quote.speaker?.name === person.name)
        .map((quote) => ({ start: quote.start, end: quote.end, text: quote.text, kind: quote.kind })),
    }));
  return { companies: [...companies.values()], people };
}

export function orphanIdsOf(notes: readonly NoteRecord[], placed: ReadonlySet<string>): string[] {
  return notes.filter((note) => !placed.has(note.id)).map((note) => note.id);
}

/** An article's analysis as it is saved for the People & companies view (names, counts, roles and quotes' text). */
export function savedPageOf(summary: Pick<PageSummary, 'url' | 'title' | 'companies' | 'people'>): SavedPageInput {
  return {
    url: summary.url,
    title: summary.title,
    companies: summary.companies.map(({ name, mentions }) => ({ name, mentions })),
    people: summary.people.map(({ name, role, quotes }) => ({ name, role, quotes: quotes.map((quote) => quote.text) })),
  };
}
