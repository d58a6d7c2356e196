export type ExportKind = 'markdown' | 'json' | 'jsonld';

export const EXPORT_FILES: Record<ExportKind, { extension: string; mime: string; label: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8', label: 'Markdown' },
  json: { extension: 'json', mime: 'application/json', label: 'JSON (re-importable)' },
  jsonld: { extension: 'jsonld', mime: 'application/ld+json', label: 'W3C Web Annotations (JSON-LD)' },
};

/** `presslight-notes-2026-11-25.md` and the like. */
export function exportFileName(kind: ExportKind, now = new Date()): string {
  return `presslight-notes-${now.toISOString().slice(0, 10)}.${EXPORT_FILES[kind].extension}`;
}
