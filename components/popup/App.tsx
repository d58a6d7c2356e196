import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NotePatch, NoteRecord } from '@/utils/db/types';
import { savedPageOf, type PageSummary } from '@/utils/reader/page-summary';
import { VIEWS, errorText, type PopupHost, type ViewName } from './host';
import { ThisPage } from './ThisPage';
import { Library } from './Library';
import { People } from './People';
import { Transfer } from './Transfer';
import { Toast, type ToastMessage } from './Toast';

export interface AppProps {
  host: PopupHost;
  initialView?: ViewName;
  /** Called once, when the first view has its data on screen. */
  onFirstRender?(): void;
}

export function App({ host, initialView = 'page', onFirstRender }: AppProps) {
  const [view, setView] = useState<ViewName>(initialView);
  const [revision, setRevision] = useState(0);
  const [libraryEntity, setLibraryEntity] = useState<string | undefined>(undefined);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const firstRenderDone = useRef(false);
  const tabRefs = useRef<Partial<Record<ViewName, HTMLButtonElement | null>>>({});

  const ready = useCallback(() => {
    if (firstRenderDone.current) return;
    firstRenderDone.current = true;
    onFirstRender?.();
    // Once the first view is on screen, let the background load the Library's index, so the Library opens fast.
    setTimeout(() => void host.call('library.facets', {}).catch(() => {}), 50);
  }, [onFirstRender, host]);

  useEffect(() => host.subscribe(() => setRevision((r) => r + 1)), [host]);

  const say = useCallback((text: string, action?: ToastMessage['action']) => setToast({ id: Date.now(), text, action }), []);
  const dismiss = useCallback(() => setToast(null), []);

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: VIEWS.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = VIEWS[(next + VIEWS.length) % VIEWS.length]!;
    setView(target.name);
    tabRefs.current[target.name]?.focus();
  };

  return (
    <div class="popup">
      <header class="top">
        <div class="title-row">
          <h1>Presslight</h1>
          <button type="button" class="small" onClick={() => host.openSettings()}>
            Settings
          </button>
        </div>
        <div class="tabs" role="tablist" aria-label="Views">
          {VIEWS.map(({ name, label }, index) => (
            <button
              key={name}
              ref={(element) => {
                tabRefs.current[name] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-selected={view === name}
              aria-controls={`panel-${name}`}
              tabIndex={view === name ? 0 : -1}
              class="tab"
              onClick={() => setView(name)}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <main id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class={`panel panel-${view}`}>
        {view === 'page' ? (
          <PageView host={host} revision={revision} say={say} onError={setError} onReady={ready} />
        ) : view === 'library' ? (
          <Library host={host} revision={revision} entity={libraryEntity} onReady={ready} />
        ) : view === 'people' ? (
          <People
            host={host}
            revision={revision}
            onShowNotes={(entity) => {
              setLibraryEntity(entity);
              setView('library');
            }}
          />
        ) : (
          <Transfer host={host} revision={revision} />
        )}
      </main>
      <Toast toast={toast} onDismiss={dismiss} />
    </div>
  );
}

/** How often, and how many times, the popup asks a tab that is still reading its article for the finished summary (about 15 s in all). */
const SUMMARY_RETRY_MS = 250;
const SUMMARY_RETRIES = 60;

function PageView({
  host,
  revision,
  say,
  onError,
  onReady,
}: {
  host: PopupHost;
  revision: number;
  say(text: string, action?: ToastMessage['action']): void;
  onError(message: string | null): void;
  onReady(): void;
}) {
  const [summary, setSummary] = useState<PageSummary | null | 'unavailable'>(null);
  const [notes, setNotes] = useState<NoteRecord[]>([]);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      let found: PageSummary;
      try {
        found = await host.askTab((tabCall) => tabCall('page.summary', {}));
      } catch {
        if (live) setSummary('unavailable');
        return;
      }
      try {
        const [pageNotes, saved] = await Promise.all([host.call('notes.forPage', { page: found.url }), host.call('pages.get', { url: found.url })]);
        if (!live) return;
        setNotes(pageNotes);
        setSavedAt(saved?.savedAt ?? null);
        onError(null);
      } catch (failure) {
        if (live) onError(errorText(failure));
      }
      if (live) setSummary(found);
      // A long article may still be being read when the popup opens: ask again until its companies
      // and quoted officials are in, so the lists (and a saved analysis) are never the early, empty ones.
      for (let attempt = 0; live && !found.analyzed && attempt < SUMMARY_RETRIES; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, SUMMARY_RETRY_MS));
        if (!live) return;
        try {
          found = await host.askTab((tabCall) => tabCall('page.summary', {}));
        } catch {
          return;
        }
        if (live) setSummary(found);
      }
    })();
    return () => {
      live = false;
    };
  }, [host, revision, onError]);

  useLayoutEffect(() => {
    if (summary !== null) onReady();
  }, [summary, onReady]);

  const saveArticle = async () => {
    if (!summary || summary === 'unavailable') return;
    try {
      const saved = await host.call('pages.save', { page: savedPageOf(summary) });
      setSavedAt(saved.savedAt);
      say(`Saved: ${summary.companies.length} companies and ${summary.people.length} quoted officials.`);
    } catch (failure) {
      onError(`Could not save the article: ${errorText(failure)}`);
    }
  };

  return (
    <ThisPage
      summary={summary}
      notes={notes}
      savedAt={savedAt}
      reveal={(start, end, scope) => {
        host.askTab((call) => call('page.reveal', { start, end, scope })).then(
          (shown) => !shown && say('That passage is no longer on the page.'),
          () => say('The page did not answer. Reload it and try again.'),
        );
      }}
      onSaveArticle={saveArticle}
      onSaveNote={async (note, patch: NotePatch) => {
        await host.call('notes.update', { id: note.id, patch });
        say('Note saved.');
      }}
      onDeleteNote={async (note) => {
        try {
          const deleted = await host.call('notes.delete', { id: note.id });
          if (!deleted) return;
          setNotes((current) => current.filter((n) => n.id !== note.id));
          say('Note deleted.', {
            label: 'Undo',
            run: async () => {
              try {
                await host.call('notes.restore', { note: deleted });
              } catch (failure) {
                onError(`Could not restore the note: ${errorText(failure)}`);
              }
            },
          });
        } catch (failure) {
          onError(`Could not delete the note: ${errorText(failure)}`);
        }
      }}
    />
  );
}
