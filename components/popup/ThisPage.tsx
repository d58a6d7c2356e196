import type { NoteRecord } from '@/utils/db/types';
import type { TabCall } from '@/utils/messaging/client';
import type { PageSummary } from '@/utils/reader/page-summary';
import { NoteList } from './NoteList';

export interface ThisPageProps {
  summary: PageSummary | null | 'unavailable';
  notes: readonly NoteRecord[];
  askTab<T>(send: (call: TabCall) => Promise<T>): Promise<T>;
}

export function ThisPage({ summary, notes, askTab }: ThisPageProps) {
  if (summary === null) return <p class="muted">Reading the page…</p>;
  if (summary === 'unavailable') {
    return <p class="empty">Presslight can’t read this tab (browser pages and the extension store are off limits). Open a news article.</p>;
  }
  const reveal = (start: number, end: number, scope: 'article' | 'page') => void askTab((call) => call('page.reveal', { start, end, scope }));
  return (
    <div class="this-page">
      <h2 class="page-title">{summary.title}</h2>
      <p class="muted">{summary.isArticle ? 'News article' : 'Not an article: only your notes are shown here.'}</p>
      {summary.isArticle && (
        <>
          <section aria-labelledby="companies-heading">
            <h3 id="companies-heading">Companies ({summary.companies.length})</h3>
            {summary.companies.length === 0 ? (
              <p class="muted">None found.</p>
            ) : (
              <ul class="chips">
                {summary.companies.map((company) => (
                  <li key={company.name}>
                    <button type="button" class="chip company" onClick={() => reveal(company.first.start, company.first.end, 'article')}>
                      {company.name} <span class="count">{company.mentions}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="people-heading">
            <h3 id="people-heading">Quoted people ({summary.people.length})</h3>
            {summary.people.length === 0 ? (
              <p class="muted">Nobody is quoted.</p>
            ) : (
              <ul class="people">
                {summary.people.map((person) => (
                  <li key={person.name} class="person">
                    <button type="button" class="link person-name" onClick={() => reveal(person.first.start, person.first.end, 'article')}>
                      {person.name}
                    </button>
                    {person.role && <span class="role">{person.role}</span>}
                    <ul class="quotes">
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
        <h3 id="notes-heading">My notes ({notes.length})</h3>
        {notes.length === 0 ? (
          <p class="muted">Select text on the page and choose “Add note”.</p>
        ) : (
          <NoteList notes={notes} orphanIds={new Set(summary.orphanIds)} />
        )}
      </section>
    </div>
  );
}
