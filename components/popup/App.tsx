import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BackgroundCall, TabCall } from '@/utils/messaging/client';
import type { NoteRecord } from '@/utils/db/types';
import type { PageSummary } from '@/utils/reader/page-summary';
import { NoteList } from './NoteList';
import { ThisPage } from './ThisPage';

export interface AppProps {
  call: BackgroundCall;
  /** Asks the content script of the tab the popup is about; rejects when there is none (e.g. a browser page). */
  askTab<T>(send: (call: TabCall) => Promise<T>): Promise<T>;
  /** Calls back when notes change anywhere; returns the unsubscribe function. */
  subscribe(onChange: (pages: string[]) => void): () => void;
  openPage(url: string): void;
}

type TabName = 'page' | 'library';

export function App({ call, askTab, subscribe, openPage }: AppProps) {
  const [tab, setTab] = useState<TabName>('page');
  const [summary, setSummary] = useState<PageSummary | null | 'unavailable'>(null);
  const [pageNotes, setPageNotes] = useState<NoteRecord[]>([]);
  const [error, setError] = useState<string | null>(null);

  const loadPage = useCallback(async () => {
    try {
      const found = await askTab((tabCall) => tabCall('page.summary', {}));
      setSummary(found);
      setPageNotes(await call('notes.forPage', { page: found.url }));
    } catch {
      setSummary('unavailable');
    }
  }, [askTab, call]);

  useEffect(() => {
    void loadPage();
    return subscribe(() => void loadPage());
  }, [loadPage, subscribe]);

  return (
    <div class="popup">
      <header class="top">
        <h1>Presslight</h1>
        <nav class="tabs" role="tablist" aria-label="Views">
          {(
            [
              ['page', 'This page'],
              ['library', 'Library'],
            ] as const
          ).map(([name, label]) => (
            <button
              key={name}
              role="tab"
              id={`tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`panel-${name}`}
              class="tab"
              onClick={() => setTab(name)}
            >
              {label}
            </button>
          ))}
        </nav>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="panel">
        {tab === 'page' ? (
          <ThisPage summary={summary} notes={pageNotes} askTab={askTab} />
        ) : (
          <Library call={call} subscribe={subscribe} openPage={openPage} onError={setError} />
        )}
      </main>
    </div>
  );
}

function Library({
  call,
  subscribe,
  openPage,
  onError,
}: Pick<AppProps, 'call' | 'subscribe' | 'openPage'> & { onError(message: string | null): void }) {
  const [query, setQuery] = useState('');
  const [notes, setNotes] = useState<NoteRecord[] | null>(null);

  const load = useCallback(async () => {
    try {
      setNotes(await call('notes.find', { query: query ? { text: query } : {} }));
      onError(null);
    } catch (failure) {
      onError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [call, query, onError]);

  useEffect(() => {
    void load();
    return subscribe(() => void load());
  }, [load, subscribe]);

  return (
    <section aria-label="All notes">
      <input
        type="search"
        class="search"
        placeholder="Search notes, quotes, titles, tags"
        aria-label="Search notes"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {notes === null ? (
        <p class="muted">Loading…</p>
      ) : notes.length === 0 ? (
        <p class="empty">{query ? 'No note matches this search.' : 'No notes yet. Select text on any page and choose “Add note”.'}</p>
      ) : (
        <NoteList notes={notes} showPage onOpen={(note) => openPage(note.page)} />
      )}
    </section>
  );
}
