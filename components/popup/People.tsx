import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { EntityArticle, PeopleOverview } from '@/utils/db/library';
import type { PopupHost } from './host';
import { errorText } from './host';
import { formatTime, countOf } from './format';

export interface PeopleProps {
  host: PopupHost;
  revision: number;
  /** Shows the Library filtered to notes on articles that mention this entity. */
  onShowNotes(entityKey: string): void;
}

/** Companies and quoted officials across every article the reader annotated or saved, with their articles and, for officials, every saved quote. */
export function People({ host, revision, onShowNotes }: PeopleProps) {
  const [overview, setOverview] = useState<PeopleOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');

  useEffect(() => {
    host.call('library.people', {}).then(
      (value) => {
        setOverview(value);
        setError(null);
      },
      (failure) => setError(errorText(failure)),
    );
  }, [host, revision]);

  if (error) {
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  }
  if (!overview) return <p class="muted">Loading…</p>;
  if (overview.articleCount === 0) {
    return (
      <p class="empty">
        No articles here yet. Add a note on a news article, or open Presslight there and choose “Save article” (no note needed): its
        companies and quoted officials are collected here, across every article you annotate or save.
      </p>
    );
  }
  const needle = filter.trim().toLowerCase();
  const companies = overview.companies.filter((c) => c.name.toLowerCase().includes(needle));
  const people = overview.people.filter((p) => p.name.toLowerCase().includes(needle) || p.roles.some((r) => r.toLowerCase().includes(needle)));
  const openArticle = (url: string) => host.openPage(url).catch((failure) => setError(errorText(failure)));

  return (
    <div class="people-view">
      <input type="search" class="search" placeholder="Find a company or person" aria-label="Find a company or person" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
      <p class="muted small-text">From {overview.articleCount} {overview.articleCount === 1 ? 'article' : 'articles'} you annotated or saved.</p>
      <section aria-labelledby="entity-people-heading">
        <h3 id="entity-people-heading">Quoted officials ({people.length})</h3>
        {people.length === 0 ? (
          <p class="muted">No official matches “{filter}”.</p>
        ) : (
          <ul class="entities">
            {people.map((person) => (
              <li key={person.key} class="entity">
                <details>
                  <summary>
                    <span class="entity-name">{person.name}</span>
                    {person.roles.length > 0 && <span class="role">{person.roles.join('; ')}</span>}
                    <span class="muted small-text">
                      {countOf(person.articles.length, 'article')} · {countOf(person.quoteCount, 'quote')}
                    </span>
                  </summary>
                  <ul class="entity-articles">
                    {person.articles.map((article) => (
                      <ArticleLine key={article.url} article={article} detail={article.role && article.role !== person.roles[0] ? article.role : ''} onOpen={openArticle}>
                        {article.quotes.length > 0 && (
                          <ul class="quotes">
                            {article.quotes.map((quote, i) => (
                              <li key={i}>
                                <blockquote class="saved-quote">“{quote}”</blockquote>
                              </li>
                            ))}
                          </ul>
                        )}
                      </ArticleLine>
                    ))}
                  </ul>
                  <button type="button" class="small" onClick={() => onShowNotes(person.key)}>
                    My notes on these articles
                  </button>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="entity-companies-heading">
        <h3 id="entity-companies-heading">Companies ({companies.length})</h3>
        {companies.length === 0 ? (
          <p class="muted">No company matches “{filter}”.</p>
        ) : (
          <ul class="entities">
            {companies.map((company) => (
              <li key={company.key} class="entity">
                <details>
                  <summary>
                    <span class="entity-name">{company.name}</span>
                    <span class="muted small-text">
                      {countOf(company.articles.length, 'article')} · {countOf(company.mentions, 'mention')}
                    </span>
                  </summary>
                  <ul class="entity-articles">
                    {company.articles.map((article) => (
                      <ArticleLine
                        key={article.url}
                        article={article}
                        detail={[countOf(article.mentions, 'mention'), article.notes > 0 ? countOf(article.notes, 'note') : ''].filter(Boolean).join(' · ')}
                        onOpen={openArticle}
                      />
                    ))}
                  </ul>
                  <button type="button" class="small" onClick={() => onShowNotes(company.key)}>
                    My notes on these articles
                  </button>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** One article an entity appears in: its title (opens it), site and date, and what the entity did there. */
function ArticleLine({ article, detail, onOpen, children }: { article: EntityArticle; detail: string; onOpen(url: string): Promise<unknown>; children?: ComponentChildren }) {
  return (
    <li>
      <button type="button" class="link" onClick={() => void onOpen(article.url)}>
        {article.title || article.url}
      </button>
      <span class="muted small-text">
        {' '}
        {article.site} · {formatTime(article.savedAt)}
        {detail ? ` · ${detail}` : ''}
      </span>
      {children}
    </li>
  );
}
