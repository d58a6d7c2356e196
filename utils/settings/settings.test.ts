import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled, loadSettings, normalizeSettings, normalizeSite, saveSettings, SETTINGS_KEY, watchSettings, type Settings } from './settings';
import { memorySettingsStorage } from './memory-storage';

describe('settings', () => {
  it('defaults: every kind on, no site off', async () => {
    const settings = await loadSettings(memorySettingsStorage());
    expect(settings.enabledKinds).toEqual({ companies: true, officials: true, quotes: true, notes: true });
    expect(settings.disabledSites).toEqual([]);
    expect(settings.colors).toEqual(DEFAULT_SETTINGS.colors);
  });

  it('saves a patch and keeps the other fields', async () => {
    const storage = memorySettingsStorage();
    await saveSettings(storage, { enabledKinds: { quotes: false } });
    const saved = await saveSettings(storage, { colors: { companies: '#112233' } });
    expect(saved.enabledKinds).toEqual({ companies: true, officials: true, quotes: false, notes: true });
    expect(saved.colors.companies).toBe('#112233');
    expect(await loadSettings(storage)).toEqual(saved);
  });

  it('replaces damaged or hostile stored values by defaults, field by field', () => {
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":true},"colors":{"companies":"red; background:url(x)","officials":"#ABCDEF"},"enabledKinds":{"notes":"yes","quotes":false},"disabledSites":["https://WWW.Example.com/a", 42, "", "not a host", "example.com"],"extra":1}',
    );
    const settings = normalizeSettings(hostile);
    expect(settings.colors).toEqual({ ...DEFAULT_SETTINGS.colors, officials: '#abcdef' });
    expect(settings.enabledKinds).toEqual({ companies: true, officials: true, quotes: false, notes: true });
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(settings).not.toHaveProperty('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(normalizeSettings('garbage')).toEqual(normalizeSettings(undefined));
    expect(normalizeSettings(null)).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [] });
  });

  it('switches a site off with its subdomains, not its look-alikes', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'https://example.com/news/1')).toBe(true);
    expect(isSiteDisabled(settings, 'https://www.example.com/')).toBe(true);
    expect(isSiteDisabled(settings, 'https://news.example.com/')).toBe(true);
    expect(isSiteDisabled(settings, 'https://badexample.com/')).toBe(false);
    expect(isSiteDisabled(settings, 'https://example.org/')).toBe(false);
    expect(normalizeSite(' News.Example.com:8080/path ')).toBe('news.example.com');
    expect(normalizeSite('nonsense')).toBeNull();
  });

  it('tells watchers about saved settings until they stop', async () => {
    const storage = memorySettingsStorage();
    const seen: Settings[] = [];
    const stop = watchSettings(storage, (settings) => seen.push(settings));
    await saveSettings(storage, { disabledSites: ['example.com'] });
    await storage.set({ unrelated: 1 });
    stop();
    await saveSettings(storage, { disabledSites: [] });
    expect(seen.map((s) => s.disabledSites)).toEqual([['example.com']]);
  });

  it('reads defaults when storage fails', async () => {
    const storage = memorySettingsStorage({ [SETTINGS_KEY]: { enabledKinds: { notes: false } } });
    expect((await loadSettings(storage)).enabledKinds.notes).toBe(false);
    storage.get = () => Promise.reject(new Error('gone'));
    expect((await loadSettings(storage)).enabledKinds.notes).toBe(true);
  });
});
