import type { BackgroundCall, TabCall } from '@/utils/messaging/client';
import type { NoteRecord } from '@/utils/db/types';
import type { ExportKind } from '@/utils/export/file-names';

/** What the popup needs from the browser; the entrypoint wires it to the extension APIs, tests to fakes. */
export interface PopupHost {
  call: BackgroundCall;
  /** Asks the content script of the tab the popup is about; rejects when there is none (e.g. a browser page). */
  askTab<T>(send: (call: TabCall) => Promise<T>): Promise<T>;
  /** Calls back when notes change anywhere; returns the unsubscribe function. */
  subscribe(onChange: (pages: string[]) => void): () => void;
  /** Switches to the page's tab (or opens it) and, given a note, scrolls to it. */
  openPage(url: string, note?: Pick<NoteRecord, 'id' | 'target'>): Promise<void>;
  openSettings(): void;
  /** Saves a file the reader chose to export. */
  download(fileName: string, mime: string, text: string, kind: ExportKind): void;
}

export type ViewName = 'page' | 'library' | 'people' | 'transfer';

export const VIEWS: readonly { name: ViewName; label: string }[] = [
  { name: 'page', label: 'This page' },
  { name: 'library', label: 'Library' },
  { name: 'people', label: 'People & companies' },
  { name: 'transfer', label: 'Export' },
];

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
