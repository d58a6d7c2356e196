import { useEffect, useState } from 'preact/hooks';
import {
  COLORED_KINDS,
  DEFAULT_SETTINGS,
  HIGHLIGHT_KINDS,
  loadSettings,
  normalizeSite,
  saveSettings,
  watchSettings,
  type HighlightKind,
  type Settings,
  type SettingsPatch,
  type SettingsStorage,
} from '@/utils/settings/settings';
import type { StorageStatus } from '@/utils/messaging/protocol';
import { StorageLine } from './StorageLine';

const KIND_LABELS: Record<HighlightKind, string> = {
  companies: 'Companies',
  officials: 'Quoted officials',
  quotes: 'Quotes',
  notes: 'My notes',
};

export interface SettingsFormProps {
  storage: SettingsStorage;
  loadStatus(): Promise<StorageStatus>;
}

/** The options page: highlight colours, which kinds show by default, sites where Presslight is off, storage. */
export function SettingsForm({ storage, loadStatus }: SettingsFormProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [newSite, setNewSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings(storage).then(setSettings);
    loadStatus().then(setStatus, () => setStatus(null));
    return watchSettings(storage, setSettings);
  }, [storage, loadStatus]);

  if (!settings) return <p class="muted">Loading settings…</p>;

  const save = async (patch: SettingsPatch, what: string) => {
    try {
      setSettings(await saveSettings(storage, patch));
      setMessage(`${what} saved.`);
      setError(null);
    } catch (failure) {
      setError(`Could not save: ${failure instanceof Error ? failure.message : String(failure)}. Try again.`);
    }
  };

  const addSite = (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(newSite);
    if (!site) {
      setSiteError('Type a site such as example.com or paste an address from it.');
      return;
    }
    setSiteError(null);
    setNewSite('');
    if (!settings.disabledSites.includes(site)) void save({ disabledSites: [...settings.disabledSites, site] }, `Presslight is now off on ${site}:`);
  };

  return (
    <div class="settings">
      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">Highlights shown when a page opens</h2>
        <fieldset class="plain">
          <legend class="sr-only">Highlight kinds</legend>
          {HIGHLIGHT_KINDS.map((kind) => (
            <label key={kind} class="check">
              <input
                type="checkbox"
                checked={settings.enabledKinds[kind]}
                onChange={(event) => void save({ enabledKinds: { [kind]: event.currentTarget.checked } }, KIND_LABELS[kind])}
              />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <p class="muted small-text">Alt+Shift+H shows or hides all highlights on a page at any time.</p>
      </section>
      <section aria-labelledby="colors-heading">
        <h2 id="colors-heading">Colours</h2>
        {COLORED_KINDS.map((kind) => (
          <label key={kind} class="color-field">
            <input
              type="color"
              value={settings.colors[kind]}
              onChange={(event) => void save({ colors: { [kind]: event.currentTarget.value } }, `${KIND_LABELS[kind]} colour`)}
            />
            <span>{KIND_LABELS[kind]}</span>
          </label>
        ))}
        <button type="button" class="small" onClick={() => void save({ colors: { ...DEFAULT_SETTINGS.colors } }, 'Default colours')}>
          Restore default colours
        </button>
        <p class="muted small-text">A note’s colour is chosen with the note.</p>
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites where Presslight is off</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">Presslight runs on every site. Add one to switch it off there (and on its subdomains).</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  class="small"
                  aria-label={`Switch Presslight back on for ${site}`}
                  onClick={() => void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) }, `Presslight is back on ${site}:`)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={addSite}>
          <label class="field">
            <span>Site</span>
            <input
              type="text"
              value={newSite}
              placeholder="example.com"
              aria-invalid={siteError ? 'true' : undefined}
              aria-describedby={siteError ? 'site-error' : undefined}
              onInput={(event) => setNewSite(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="small">
            Switch off
          </button>
        </form>
        {siteError && (
          <p id="site-error" class="error">
            {siteError}
          </p>
        )}
      </section>
      <section aria-labelledby="storage-settings-heading">
        <h2 id="storage-settings-heading">Storage</h2>
        <StorageLine status={status} />
      </section>
      <div role="status" aria-live="polite" class="settings-status">
        {message && <p class="ok">{message}</p>}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
