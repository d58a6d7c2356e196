import type { SettingsStorage } from './settings';

/** `storage.local` in memory, with change events like the browser's (for tests and previews). */
export function memorySettingsStorage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>) => void>();
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      const changes: Record<string, { newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        data[key] = structuredClone(value);
        changes[key] = { newValue: structuredClone(value) };
      }
      for (const listener of listeners) listener(changes);
    },
    onChanged: {
      addListener: (listener) => void listeners.add(listener),
      removeListener: (listener) => void listeners.delete(listener),
    },
  };
}
