import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SettingsForm } from '@/components/popup/SettingsForm';
import { backgroundClient } from '@/utils/messaging/client';
import type { SettingsStorage } from '@/utils/settings/settings';
import '@/components/popup/popup.css';

const call = backgroundClient((message) => browser.runtime.sendMessage(message));
const storage = browser.storage.local as unknown as SettingsStorage;

render(
  <>
    <h1>Presslight settings</h1>
    <SettingsForm storage={storage} loadStatus={() => call('storage.status', {})} />
  </>,
  document.getElementById('app')!,
);
