import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Fixed so that Firefox keeps notes across updates and tests can address moz-extension:// pages. */
export const GECKO_ID = 'presslight@presslight.app';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The module-preload polyfill would add a fetch() to the popup; every script is local and preloaded anyway.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Presslight',
    description:
      'Read the news with a pen in hand: companies, quoted officials and your notes, highlighted on the page. Everything stays on your device.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab'],
    action: { default_title: 'Presslight' },
    commands: {
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Add a note to the selected text' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Show or hide Presslight’s highlights' },
      'focus-legend': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Go to Presslight’s legend, to step through highlights' },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    content_security_policy:
      browser === 'firefox'
        ? ("script-src 'self'; object-src 'none'" as never)
        : { extension_pages: "script-src 'self'; object-src 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: the first release with CSS Custom Highlights and data_collection_permissions (an ESR).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
