import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { memorySettingsStorage } from '@/utils/settings/memory-storage';
import { loadSettings, saveSettings, SETTINGS_KEY } from '@/utils/settings/settings';
import { SettingsForm } from './SettingsForm';
import { button, fire, installDom, settle, textOf } from './test-dom';

let document: Document;
beforeEach(() => {
  document = installDom();
});

async function mount(storage = memorySettingsStorage()) {
  const root = document.getElementById('app')!;
  await act(() =>
    render(<SettingsForm storage={storage} loadStatus={async () => ({ usage: 10_240, quota: null, persisted: null, notes: 3 })} />, root),
  );
  await settle();
  return { root, storage };
}

describe('options page', () => {
  it('switches a highlight kind off and a site off, and shows storage', async () => {
    const { root, storage } = await mount();
    const quotes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) => box.parentElement!.textContent!.includes('Quotes'))!;
    quotes.checked = false;
    await act(() => fire(quotes, 'change'));
    await settle();
    expect((await loadSettings(storage)).enabledKinds.quotes).toBe(false);

    const site = root.querySelector<HTMLInputElement>('.add-site input')!;
    site.value = 'not a site';
    await act(() => fire(site, 'input'));
    await act(() => fire(root.querySelector('.add-site')!, 'submit'));
    await settle();
    expect(root.querySelector('#site-error')!.textContent).toContain('example.com');
    site.value = 'https://www.News.example.org/a/b';
    await act(() => fire(site, 'input'));
    await act(() => fire(root.querySelector('.add-site')!, 'submit'));
    await settle();
    expect((await loadSettings(storage)).disabledSites).toEqual(['news.example.org']);
    expect(textOf(root, '.sites li span')).toEqual(['news.example.org']);
    expect(root.querySelector('.storage-line')!.textContent).toContain('3 notes, 10 KB used');

    await act(() => fire(button(root, 'Switch Presslight back on for news.example.org'), 'click'));
    await settle();
    expect((await loadSettings(storage)).disabledSites).toEqual([]);
  });

  it('follows settings saved by another view', async () => {
    const { root, storage } = await mount();
    await saveSettings(storage, { disabledSites: ['elsewhere.example'] });
    await settle();
    expect(textOf(root, '.sites li span')).toEqual(['elsewhere.example']);
    expect(storage.data[SETTINGS_KEY]).toBeDefined();
  });
});
