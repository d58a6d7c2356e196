import type { NewNote } from './types';

/** A note as a content script would send it, for tests. */
export function sampleNewNote(overrides: Partial<NewNote> = {}, exact = 'Cybersecurity is becoming an important issue'): NewNote {
  return {
    page: 'https://news.example/2018/12/japan-huawei',
    pageTitle: 'Japan Might Be Planning to Boycott Huawei and ZTE Equipment',
    target: {
      source: 'https://news.example/2018/12/japan-huawei',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: ' in Japan.' },
        { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
      ],
    },
    body: 'Worth checking later',
    color: 'yellow',
    tags: ['japan'],
    ...overrides,
  };
}
