import type { LibraryQuery, LibraryRow, LibraryWindow } from '@/utils/db/library';

export const CHUNK = 40;

/**
 * The Library's rows as seen by the popup: fetched from the background a chunk at a time, as the list scrolls.
 * A new query or a change broadcast starts a fresh `LibraryPages`.
 */
export class LibraryPages {
  private readonly chunks = new Map<number, LibraryRow[]>();
  private readonly pending = new Map<number, Promise<void>>();
  total = 0;
  noteCount = 0;
  articleCount = 0;

  constructor(
    readonly query: LibraryQuery,
    private readonly fetchWindow: (query: LibraryQuery, offset: number, limit: number) => Promise<LibraryWindow>,
  ) {}

  /** Loads the first chunk (and the totals). */
  async start(): Promise<void> {
    await this.load(0);
  }

  row(index: number): LibraryRow | undefined {
    return this.chunks.get(Math.floor(index / CHUNK))?.[index % CHUNK];
  }

  /** Fetches the chunks covering rows `first..last` that are not loaded yet; resolves once they are. */
  async ensure(first: number, last: number): Promise<boolean> {
    const missing: Promise<void>[] = [];
    for (let chunk = Math.floor(Math.max(0, first) / CHUNK); chunk <= Math.floor(last / CHUNK) && chunk * CHUNK < Math.max(this.total, 1); chunk++) {
      if (!this.chunks.has(chunk)) missing.push(this.load(chunk));
    }
    await Promise.all(missing);
    return missing.length > 0;
  }

  private load(chunk: number): Promise<void> {
    const existing = this.pending.get(chunk);
    if (existing) return existing;
    const promise = this.fetchWindow(this.query, chunk * CHUNK, CHUNK).then(
      (window) => {
        this.chunks.set(chunk, window.rows);
        this.total = window.total;
        this.noteCount = window.noteCount;
        this.articleCount = window.articleCount;
      },
      (error: unknown) => {
        this.pending.delete(chunk);
        throw error;
      },
    );
    this.pending.set(chunk, promise);
    return promise;
  }
}
