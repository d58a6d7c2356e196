// Presslight's reader wired as the content script wires it, but with the wrapping painter: the fallback for
// browsers without the CSS Custom Highlight API. The browsers under test have the API, so the extension never
// takes this path there; this bundle, injected into a fixture page, runs the fallback in a real browser.
// The background is replaced by the same NLP run in the page and notes kept in memory.
import { createPageUi } from '@/components/page/page-ui';
import { articleAnalysisSteps } from '@/utils/article/index';
import type { NoteRecord } from '@/utils/db/types';
import { createPainter } from '@/utils/highlight/painter';
import type { BackgroundCall } from '@/utils/messaging/client';
import { analyzeText } from '@/utils/nlp/index';
import { watchPage, type PageWatcher } from '@/utils/reader/page-watcher';
import { ReaderSession } from '@/utils/reader/session';

const notes = new Map<string, NoteRecord>();
const memoryBackground = (async (type: string, params: Record<string, unknown>) => {
  switch (type) {
    case 'notes.forPage':
      return [...notes.values()].filter((note) => note.page === params.page);
    case 'notes.create': {
      const note = { ...(params.note as NoteRecord), site: location.hostname, created: Date.now(), updated: Date.now(), words: [] };
      notes.set(note.id, note);
      return note;
    }
    case 'pages.get':
      return null;
    case 'pages.save':
      return { ...(params.page as object), site: location.hostname, savedAt: Date.now(), entityKeys: [] };
    default:
      throw new Error(`the harness does not answer ${type}`);
  }
}) as unknown as BackgroundCall;

const errors: string[] = [];
let watcher: PageWatcher | null = null;
const painter = createPainter(document, { forceWrap: true });
const session = new ReaderSession({
  doc: document,
  call: memoryBackground,
  ui: createPageUi(document),
  painter,
  analyzeArticle: articleAnalysisSteps,
  analyzeText: async (text) => analyzeText(text),
  onError: (error) => errors.push(String(error)),
  onOwnDomChange: () => watcher?.ignorePending(),
});
let refreshes = 0;
watcher = watchPage(document, (changes) => {
  refreshes++;
  void session.refresh({ changed: changes.nodes }).catch((error) => errors.push(String(error)));
});

(window as unknown as { presslightHarness: object }).presslightHarness = {
  mode: painter.mode,
  errors,
  started: session.start().catch((error) => errors.push(String(error))),
  refreshes: () => refreshes,
  toggleHighlights: () => session.toggleHighlights(),
  summary: () => session.summary(),
  stop() {
    watcher?.stop();
    session.destroy();
  },
};
