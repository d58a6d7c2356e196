import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LibraryFacets, LibraryQuery, LibraryRow } from '@/utils/db/library';
import { NOTE_COLORS, type NoteColor } from '@/utils/db/types';
import type { PopupHost } from './host';
import { errorText } from './host';
import { LibraryPages } from './library-pages';
import { scrollToShow, visibleRange } from './virtual-range';
import { formatTime, countOf } from './format';

/** Every row (article heading or note) has this height, so the list can place any row without measuring. */
export const ROW_HEIGHT = 84;
const VIEWPORT_FALLBACK = 420;

export interface LibraryProps {
  host: PopupHost;
  /** Starts filtered, e.g. from People & companies (`company:huawei`). */
  entity?: string;
  /** Bumped by the App on every change broadcast. */
  revision: number;
  onReady?(): void;
}

export function Library({ host, entity, revision, onReady }: LibraryProps) {
  const [query, setQuery] = useState<LibraryQuery>(entity ? { entity } : {});
  const [pages, setPages] = useState<LibraryPages | null>(null);
  const [facets, setFacets] = useState<LibraryFacets | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const sequence = useRef(0);
  const typedAt = useRef<number | null>(null);

  useEffect(() => {
    if (entity) setQuery((current) => ({ ...current, entity }));
  }, [entity]);

  useEffect(() => {
    host.call('library.facets', {}).then(setFacets, (failure) => setError(errorText(failure)));
  }, [host, revision]);

  // A layout effect, so the request leaves as soon as the query renders: a plain effect would wait for the next
  // frame to be painted, a whole frame added to every keystroke.
  useLayoutEffect(() => {
    const mine = ++sequence.current;
    const next = new LibraryPages(query, (q, offset, limit) => host.call('library.window', { query: q, offset, limit }));
    next.start().then(
      () => {
        if (mine !== sequence.current) return;
        setPages(next);
        setError(null);
      },
      (failure) => mine === sequence.current && setError(errorText(failure)),
    );
  }, [host, query, revision]);

  useLayoutEffect(() => {
    if (!pages) return;
    onReady?.();
    if (typedAt.current !== null) {
      performance.measure('presslight:search', { start: typedAt.current, end: performance.now() });
      typedAt.current = null;
    }
  }, [pages, onReady]);

  const update = (patch: Partial<LibraryQuery>) => {
    typedAt.current = performance.now();
    setQuery((current) => {
      const next: LibraryQuery = { ...current, ...patch };
      for (const key of Object.keys(next) as (keyof LibraryQuery)[]) if (!next[key]) delete next[key];
      return next;
    });
  };

  const filtered = !!(query.text || query.site || query.tag || query.color || query.entity);
  const entityLabel = facets?.entities.find((e) => e.value === query.entity)?.label ?? query.entity?.replace(/^\w+:/, '');

  return (
    <section aria-label="All notes" class="library">
      <div class="library-controls">
        <input
          type="search"
          class="search"
          placeholder="Search notes, quotes, titles, tags"
          aria-label="Search notes"
          value={query.text ?? ''}
          onInput={(event) => update({ text: event.currentTarget.value })}
        />
        <div class="filters" role="group" aria-label="Filters">
          <FilterSelect label="Site" value={query.site} options={facets?.sites} onChange={(site) => update({ site })} />
          <FilterSelect label="Tag" value={query.tag} options={facets?.tags.map((f) => ({ ...f, label: `#${f.label}` }))} onChange={(tag) => update({ tag })} />
          <FilterSelect
            label="Colour"
            value={query.color}
            options={NOTE_COLORS.map((color) => ({ value: color, label: color, count: facets?.colors.find((c) => c.value === color)?.count ?? 0 }))}
            onChange={(color) => update({ color: color as NoteColor | undefined })}
          />
          <FilterSelect
            label="Company or person"
            value={query.entity}
            options={facets?.entities.map((e) => ({ ...e, label: `${e.label} (${e.kind === 'company' ? 'company' : 'person'})` }))}
            onChange={(value) => update({ entity: value })}
            countLabel="articles"
          />
        </div>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!pages ? (
        !error && <p class="muted">Loading your notes…</p>
      ) : pages.total === 0 ? (
        <div class="empty">
          {filtered ? (
            <>
              <p>No note matches {query.entity ? `notes on articles that mention ${entityLabel}` : 'these filters'}.</p>
              <button type="button" class="small" onClick={() => setQuery({})}>
                Clear search and filters
              </button>
            </>
          ) : (
            <p>No notes yet. Select text on any article and choose “Add note” (Alt+Shift+N); every note you make appears here.</p>
          )}
        </div>
      ) : (
        <>
          <p class="muted result-count" aria-live="polite">
            {countOf(pages.noteCount, 'note')} on {countOf(pages.articleCount, 'article')}
            {filtered && (
              <button type="button" class="link clear" onClick={() => setQuery({})}>
                Clear filters
              </button>
            )}
          </p>
          <VirtualRows pages={pages} onLoaded={() => setTick((t) => t + 1)} onOpen={(row) => void openRow(host, row, setError)} />
        </>
      )}
    </section>
  );
}

async function openRow(host: PopupHost, row: LibraryRow, setError: (message: string | null) => void) {
  try {
    if (row.kind === 'note') await host.openPage(row.note.page, row.note);
    else await host.openPage(row.page);
  } catch (failure) {
    setError(`Could not open the page: ${errorText(failure)}`);
  }
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
  countLabel = 'notes',
}: {
  label: string;
  value: string | undefined;
  options: { value: string; label: string; count: number }[] | undefined;
  onChange(value: string | undefined): void;
  countLabel?: string;
}) {
  return (
    <label class="filter">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || undefined)}>
        <option value="">Any</option>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} · {option.count} {countLabel}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Renders only the rows in view (plus a few), fetching their chunks as the reader scrolls. */
function VirtualRows({ pages, onLoaded, onOpen }: { pages: LibraryPages; onLoaded(): void; onOpen(row: LibraryRow): void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(VIEWPORT_FALLBACK);
  const focusIndex = useRef<number | null>(null);

  // A new search or filter starts at the top; a live update of the same query keeps the reader's place.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    element.scrollTop = 0;
    setScrollTop(0);
    if (element.clientHeight > 0) setHeight(element.clientHeight);
  }, [pages.query]);

  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => element.clientHeight > 0 && setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const { first, last } = visibleRange(scrollTop, height, ROW_HEIGHT, pages.total);

  useEffect(() => {
    let live = true;
    pages.ensure(first, last).then(
      (fetched) => live && fetched && onLoaded(),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [pages, first, last, onLoaded]);

  useLayoutEffect(() => {
    if (focusIndex.current === null) return;
    const target = scroller.current?.querySelector<HTMLElement>(`[data-row="${focusIndex.current}"] .row-button`);
    if (target) {
      target.focus({ preventScroll: true });
      focusIndex.current = null;
    }
  });

  const moveFocus = useCallback(
    (index: number) => {
      const element = scroller.current;
      if (!element) return;
      const clamped = Math.max(0, Math.min(pages.total - 1, index));
      focusIndex.current = clamped;
      const top = scrollToShow(clamped, element.scrollTop, element.clientHeight || height, ROW_HEIGHT);
      element.scrollTop = top;
      setScrollTop(top);
      const existing = element.querySelector<HTMLElement>(`[data-row="${clamped}"] .row-button`);
      if (existing) {
        existing.focus({ preventScroll: true });
        focusIndex.current = null;
      }
    },
    [pages, height],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const rowElement = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!rowElement) return;
    const index = Number(rowElement.dataset.row);
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: pages.total - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveFocus(next);
  };

  const rows = [];
  for (let index = first; index <= last; index++) {
    rows.push(<Row key={index} index={index} total={pages.total} row={pages.row(index)} onOpen={onOpen} />);
  }
  return (
    <div
      class="virtual"
      ref={scroller}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="list" aria-label="Notes by article, newest first" class="virtual-inner" style={{ height: `${pages.total * ROW_HEIGHT}px` }}>
        {rows}
      </div>
    </div>
  );
}

function Row({ index, total, row, onOpen }: { index: number; total: number; row: LibraryRow | undefined; onOpen(row: LibraryRow): void }) {
  const style = { top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` };
  if (!row) {
    return (
      <div role="listitem" aria-setsize={total} aria-posinset={index + 1} class="row placeholder" style={style} data-row={index}>
        <span class="muted">Loading…</span>
      </div>
    );
  }
  if (row.kind === 'article') {
    return (
      <div role="listitem" aria-setsize={total} aria-posinset={index + 1} class="row article-row" style={style} data-row={index}>
        <button type="button" class="row-button" onClick={() => onOpen(row)} title={row.page}>
          <span class="row-title">{row.title || row.page}</span>
          <span class="row-meta">
            {row.site} · <time dateTime={new Date(row.latest).toISOString()}>{formatTime(row.latest)}</time> · {countOf(row.count, 'note')}
          </span>
        </button>
      </div>
    );
  }
  const { note } = row;
  return (
    <div role="listitem" aria-setsize={total} aria-posinset={index + 1} class={`row note-row color-${note.color}`} style={style} data-row={index} data-note-id={note.id}>
      <button type="button" class="row-button" onClick={() => onOpen(row)} aria-describedby={`row-meta-${index}`}>
        <span class="row-quote">{note.target.selector[0].exact}</span>
        {note.body && <span class="row-body">{note.body}</span>}
        <span class="row-meta" id={`row-meta-${index}`}>
          <span class="sr-only">{note.color} note, </span>
          <time dateTime={new Date(note.created).toISOString()}>{formatTime(note.created)}</time>
          {note.tags.map((tag) => ` #${tag}`).join('')}
        </span>
      </button>
    </div>
  );
}
