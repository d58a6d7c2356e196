/** Asks the browser to keep the notes database even under storage pressure; says whether it will. */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean | null> {
  if (!storage) return null;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    if (typeof storage.persist === 'function') return await storage.persist();
  } catch {
    // Some contexts (service workers) cannot ask; the extension's `unlimitedStorage` permission still protects the data.
  }
  return null;
}

export async function estimateStorage(storage: StorageManager | undefined = globalThis.navigator?.storage) {
  let usage: number | null = null;
  let quota: number | null = null;
  let persisted: boolean | null = null;
  try {
    const estimate = await storage?.estimate?.();
    usage = estimate?.usage ?? null;
    quota = estimate?.quota ?? null;
  } catch {
    // Unknown is shown as unknown.
  }
  try {
    persisted = (await storage?.persisted?.()) ?? null;
  } catch {
    persisted = null;
  }
  return { usage, quota, persisted };
}
