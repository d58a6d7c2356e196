/**
 * The reader's settings, kept in `browser.storage.local` under one key and shared by the options page, the
 * popup and the content script. Whatever is stored is read through `normalizeSettings`, so a damaged or
 * hand-edited value falls back to the defaults field by field instead of breaking the reader.
 */

export const HIGHLIGHT_KINDS = ['companies', 'officials', 'quotes', 'notes'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** Kinds painted with a colour the reader picks (a note's colour is chosen per note). */
export const COLORED_KINDS = ['companies', 'officials', 'quotes'] as const;
export type ColoredKind = (typeof COLORED_KINDS)[number];

export interface Settings {
  /** `#rrggbb` per highlight kind; the page paints them translucent. */
  colors: Record<ColoredKind, string>;
  /** Which highlight kinds are shown when a page opens. */
  enabledKinds: Record<HighlightKind, boolean>;
  /** Host names (lower-case, without `www.`) where Presslight stays off; a site also covers its subdomains. */
  disabledSites: string[];
}

export const SETTINGS_KEY = 'presslight.settings';
export const MAX_DISABLED_SITES = 1000;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  colors: Object.freeze({ companies: '#00aac8', officials: '#ff8c00', quotes: '#e66e00' }),
  enabledKinds: Object.freeze({ companies: true, officials: true, quotes: true, notes: true }),
  disabledSites: Object.freeze([]) as unknown as string[],
}) as Settings;

export type SettingsPatch = {
  colors?: Partial<Settings['colors']>;
  enabledKinds?: Partial<Settings['enabledKinds']>;
  disabledSites?: string[];
};

/** The part of `browser.storage.local` (and `storage.onChanged`) settings need. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
  };
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** A host name as the reader typed it or as a URL gives it: lower-case, no scheme, path, port or `www.`. */
export function normalizeSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  const valid = (/^[a-z0-9.-]+$/.test(host) && host.includes('.')) || host === 'localhost' || /^\[[0-9a-f:]+\]$/.test(host);
  return valid ? host : null;
}

function record<K extends string>(keys: readonly K[], value: unknown, fallback: Record<K, unknown>, valid: (v: unknown) => boolean) {
  const source = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const result = {} as Record<K, unknown>;
  for (const key of keys) {
    const candidate = Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
    result[key] = valid(candidate) ? candidate : fallback[key];
  }
  return result;
}

/** Any stored value as valid settings: unknown fields dropped, bad fields replaced by their defaults. */
export function normalizeSettings(value: unknown): Settings {
  const source = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const colors = record(COLORED_KINDS, source.colors, DEFAULT_SETTINGS.colors, (v) => typeof v === 'string' && HEX_COLOR.test(v));
  const enabledKinds = record(HIGHLIGHT_KINDS, source.enabledKinds, DEFAULT_SETTINGS.enabledKinds, (v) => typeof v === 'boolean');
  const sites = new Set<string>();
  if (Array.isArray(source.disabledSites)) {
    for (const entry of source.disabledSites) {
      const site = typeof entry === 'string' ? normalizeSite(entry) : null;
      if (site) sites.add(site);
      if (sites.size >= MAX_DISABLED_SITES) break;
    }
  }
  return {
    colors: Object.fromEntries(Object.entries(colors).map(([k, v]) => [k, (v as string).toLowerCase()])) as Settings['colors'],
    enabledKinds: enabledKinds as Settings['enabledKinds'],
    disabledSites: [...sites].sort(),
  };
}

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return normalizeSettings({
    colors: { ...current.colors, ...patch.colors },
    enabledKinds: { ...current.enabledKinds, ...patch.enabledKinds },
    disabledSites: patch.disabledSites ?? current.disabledSites,
  });
}

/** Whether Presslight is switched off on the page at `url` (its host or a parent domain is listed). */
export function isSiteDisabled(settings: Settings, url: string): boolean {
  const site = normalizeSite(url);
  if (!site) return false;
  return settings.disabledSites.some((disabled) => site === disabled || site.endsWith(`.${disabled}`));
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  try {
    const stored = await storage.get(SETTINGS_KEY);
    return normalizeSettings(stored[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

/** Merges the patch into the stored settings and returns what was saved. */
export async function saveSettings(storage: SettingsStorage, patch: SettingsPatch): Promise<Settings> {
  const next = applySettingsPatch(await loadSettings(storage), patch);
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever any view saves them; returns the function that stops watching. */
export function watchSettings(storage: SettingsStorage, onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[SETTINGS_KEY];
    if (change) onChange(normalizeSettings(change.newValue));
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}
