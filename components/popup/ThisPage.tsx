import { useState } from 'preact/hooks';
import type { NotePatch, NoteRecord } from '@/utils/db/types';
import type { PageSummary } from '@/utils/reader/page-summary';
import { NoteCard } from './NoteCard';
import { countOf } from './format';

type CardNote = Omit<NoteRecord, 'words'>;

export interface ThisPageProps {
  summary: PageSummary | null | 'unavailable';
  notes: readonly NoteRecord[];
  /** When this article's analysis was last saved, or null. */
  savedAt: number | null;
  reveal(start: number, end: number, scope: 'article' | 'page'): void;
  onSaveArticle(): Promise<void>;
  onSaveNote(note: CardNote, patch: NotePatch): Promise<void>;
  onDeleteNote(note: CardNote): Promise<void>;
}

export function ThisPage({ summary, notes, savedAt, reveal, onSaveArticle, onSaveNote, onDeleteNote }: ThisPageProps) {
  const [saving, setSaving] = useState(false);
  if (summary === null) return <p class="muted">Reading the page…</p>;
  if (summary === 'unavailable') {
    return (
      <p class="empty">
        Presslight can’t read this tab: browser pages, the extension store and pages opened before Presslight was installed are off limits. Open
        (or reload) a news article, then open Presslight again. Your Library has every note you saved.
      </p>
    );
  }
  const orphanIds = new Set(summary.orphanIds);
  const placed = notes.filter((note) => !orphanIds.has(note.id));
  const orphans = notes.filter((note) => orphanIds.has(note.id));
  const placedSpans = new Map((summary.placedNotes ?? []).map((span) => [span.id, span]));
  const revealNote = (note: CardNote) => {
    const { start, end } = placedSpans.get(note.id) ?? note.target.selector[1];
    reveal(start, end, 'page');
  };
  return (
    <div class="this-page">
      <h2 class="page-title">{summary.title || summary.url}</h2>
      <p class="muted article-status">
        {summary.isArticle ? 'News article' : 'Not a news article: only your notes are shown here.'}
        {summary.isArticle && (
          <button
            type="button"
            class="small save-article"
            disabled={saving || !summary.analyzed}
            onClick={async () => {
              setSaving(true);
              try {
                await onSaveArticle();
              } finally {
                setSaving(false);
              }
            }}
          >
            {savedAt ? 'Save again' : 'Save article'}
          </button>
        )}
      </p>
      {summary.isArticle && savedAt && <p class="muted small-text">Saved to People &amp; companies.</p>}
      {summary.isArticle && !summary.analyzed && (
        <p class="muted reading" role="status">
          Finding companies and quoted officials…
        </p>
      )}
      {summary.isArticle && summary.analyzed && (
        <>
          <section aria-labelledby="companies-heading">
            <h3 id="companies-heading">Companies ({summary.companies.length})</h3>
            {summary.companies.length === 0 ? (
              <p class="muted">No company is named in this article.</p>
            ) : (
              <ul class="chips">
                {summary.companies.map((company) => (
                  <li key={company.name}>
                    <button
                      type="button"
                      class="chip company"
                      aria-label={`${company.name}, ${countOf(company.mentions, 'mention')}: show on the page`}
                      onClick={() => reveal(company.first.start, company.first.end, 'article')}
                    >
                      {company.name} <span class="count">{company.mentions}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="people-heading">
            <h3 id="people-heading">Quoted officials ({summary.people.length})</h3>
            {summary.people.length === 0 ? (
              <p class="muted">Nobody is quoted in this article.</p>
            ) : (
              <ul class="people">
                {summary.people.map((person) => (
                  <li key={person.name} class="person">
                    <button type="button" class="link person-name" onClick={() => reveal(person.first.start, person.first.end, 'article')}>
                      {person.name}
                    </button>
                    {person.role && <span class="role">{person.role}</span>}
                    <ul class="quotes" aria-label={`Quotes of ${person.name}`}>
                      {person.quotes.map((quote) => (
                        <li key={quote.start}>
                          <button type="button" class={`quote ${quote.kind}`} onClick={() => reveal(quote.start, quote.end, 'article')}>
                            {quote.kind === 'direct' ? `“${quote.text}”` : quote.text}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <section aria-labelledby="notes-heading">
        <h3 id="notes-heading">My notes ({placed.length})</h3>
        {notes.length === 0 ? (
          <p class="muted">No notes here yet. Select text on the page and choose “Add note” (or press Alt+Shift+N).</p>
        ) : placed.length === 0 ? (
          <p class="muted">None of your notes could be placed on the page as it is now; they are listed below.</p>
        ) : (
          <ul class="notes">
            {placed.map((note) => (
              <NoteCard key={note.id} note={note} onReveal={revealNote} onSave={onSaveNote} onDelete={onDeleteNote} />
            ))}
          </ul>
        )}
      </section>
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading">
          <h3 id="orphans-heading">Not found on the page ({orphans.length})</h3>
          <p class="muted small-text">The page changed since these notes were made; their quotes are kept here.</p>
          <ul class="notes">
            {orphans.map((note) => (
              <NoteCard key={note.id} note={note} orphan onSave={onSaveNote} onDelete={onDeleteNote} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
