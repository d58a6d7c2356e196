import { useEffect, useState } from 'preact/hooks';
import type { ImportOutcome, StorageStatus } from '@/utils/messaging/protocol';
import { EXPORT_FILES, exportFileName, type ExportKind } from '@/utils/export/file-names';
import { libraryFileText, MAX_IMPORT_CHARS, toLibraryFile } from '@/utils/export/library-file';
import { notesToMarkdown } from '@/utils/export/markdown';
import { notesToAnnotationCollection } from '@/utils/export/annotations';
import type { PopupHost } from './host';
import { errorText } from './host';
import { StorageLine } from './StorageLine';
import { countOf } from './format';

/** Export (Markdown, JSON, JSON-LD) and import of Presslight JSON, with what the import did. */
export function Transfer({ host, revision }: { host: PopupHost; revision: number }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [status, setStatus] = useState<StorageStatus | null>(null);

  useEffect(() => {
    host.call('storage.status', {}).then(setStatus, () => setStatus(null));
  }, [host, revision]);

  const exportAs = async (kind: ExportKind) => {
    setBusy(kind);
    setError(null);
    setMessage(null);
    try {
      const { notes, pages } = await host.call('library.export', {});
      const now = new Date();
      const text =
        kind === 'markdown'
          ? notesToMarkdown(notes, now)
          : kind === 'json'
            ? libraryFileText(toLibraryFile(notes, pages, now))
            : JSON.stringify(notesToAnnotationCollection(notes, now), null, 1);
      host.download(exportFileName(kind, now), EXPORT_FILES[kind].mime, text, kind);
      setMessage(`Exported ${countOf(notes.length, 'note')} as ${EXPORT_FILES[kind].label}.`);
    } catch (failure) {
      setError(`Export failed: ${errorText(failure)}`);
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (file: File) => {
    setBusy('import');
    setError(null);
    setMessage(null);
    setOutcome(null);
    try {
      if (file.size > MAX_IMPORT_CHARS * 2) throw new Error(`the file is too large (${Math.round(file.size / 1e6)} MB).`);
      setOutcome(await host.call('library.import', { text: await file.text() }));
    } catch (failure) {
      setError(`Import failed, nothing was changed: ${errorText(failure)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="transfer">
      <section aria-labelledby="export-heading">
        <h3 id="export-heading">Export</h3>
        <p class="muted small-text">Every note, grouped by article. JSON can be imported again, here or in another browser.</p>
        <div class="button-row">
          {(Object.keys(EXPORT_FILES) as ExportKind[]).map((kind) => (
            <button key={kind} type="button" class="small" disabled={busy !== null} onClick={() => void exportAs(kind)}>
              {EXPORT_FILES[kind].label}
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="import-heading">
        <h3 id="import-heading">Import</h3>
        <label class="field">
          <span>Presslight JSON file</span>
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy !== null}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <p class="muted small-text">Notes you already have are kept; newer edits win. A damaged file changes nothing.</p>
      </section>
      <div role="status" aria-live="polite">
        {busy && <p class="muted">{busy === 'import' ? 'Importing…' : 'Exporting…'}</p>}
        {message && <p class="ok">{message}</p>}
        {outcome && <ImportResult outcome={outcome} />}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="storage-heading">
        <h3 id="storage-heading">Storage</h3>
        <StorageLine status={status} />
        <button type="button" class="small" onClick={() => host.openSettings()}>
          Settings…
        </button>
      </section>
    </div>
  );
}

function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  if (!outcome.ok) {
    return (
      <div class="import-result error" role="alert">
        <p>Nothing was imported. {outcome.message}</p>
        {outcome.problems.length > 0 && (
          <ul class="problems">
            {outcome.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const { report } = outcome;
  return (
    <div class="import-result">
      <p class="ok">
        Imported: {report.notesAdded} new {report.notesAdded === 1 ? 'note' : 'notes'}, {report.notesReplaced} updated; {report.pagesAdded} new
        saved {report.pagesAdded === 1 ? 'article' : 'articles'}, {report.pagesReplaced} updated.
      </p>
      {report.skipped.length > 0 && (
        <>
          <p>Skipped:</p>
          <ul class="problems">
            {report.skipped.map((group) => (
              <li key={group.reason}>
                {group.count} — {group.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
