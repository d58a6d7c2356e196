import type { StorageStatus } from '@/utils/messaging/protocol';
import { countOf } from './format';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** One sentence on how much is stored and whether the browser may evict it. */
export function storageSentence(status: StorageStatus | null): string {
  if (!status) return 'Storage use is unknown right now.';
  const notes = countOf(status.notes, 'note');
  const used = status.usage !== null ? `${formatBytes(status.usage)} used` : 'space used unknown';
  const quota = status.quota !== null ? ` of ${formatBytes(status.quota)} available` : '';
  const persisted =
    status.persisted === true
      ? 'Storage is persistent: the browser will not clear it to free space.'
      : status.persisted === false
        ? 'Storage is not marked persistent; Presslight’s unlimited-storage permission still keeps it. Export a JSON backup now and then.'
        : 'Whether storage is persistent is unknown. Export a JSON backup now and then.';
  return `${notes}, ${used}${quota}. ${persisted}`;
}

export function StorageLine({ status }: { status: StorageStatus | null }) {
  return <p class="storage-line">{storageSentence(status)}</p>;
}
