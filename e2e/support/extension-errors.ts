import type { BrowserContext, Page } from 'playwright-core';

export interface ErrorWatch {
  /** Uncaught exceptions and console errors whose stack or source is the extension's code. */
  readonly fromExtension: string[];
  /** The same, from the page's own code (not ours to fix, but useful when a test fails). */
  readonly fromPage: string[];
  stop(): Promise<void>;
}

interface CallFrame {
  url: string;
}

/**
 * Watches every execution context of a page (its main world and the content script's isolated world) over
 * the DevTools protocol, sorting exceptions and console errors by whether the extension's code threw them.
 */
export async function watchErrors(context: BrowserContext, page: Page, extensionId: string): Promise<ErrorWatch> {
  const session = await context.newCDPSession(page);
  const fromExtension: string[] = [];
  const fromPage: string[] = [];
  const origin = `chrome-extension://${extensionId}`;
  const isOurs = (urls: (string | undefined)[]) => urls.some((url) => url?.startsWith(origin));
  session.on('Runtime.exceptionThrown', (event: { exceptionDetails: { text: string; url?: string; exception?: { description?: string }; stackTrace?: { callFrames: CallFrame[] } } }) => {
    const details = event.exceptionDetails;
    const message = `${details.text} ${details.exception?.description ?? ''}`.trim();
    const urls = [details.url, ...(details.stackTrace?.callFrames ?? []).map((frame) => frame.url)];
    (isOurs(urls) ? fromExtension : fromPage).push(message);
  });
  session.on('Runtime.consoleAPICalled', (event: { type: string; args: { value?: unknown; description?: string }[]; stackTrace?: { callFrames: CallFrame[] } }) => {
    if (event.type !== 'error' && event.type !== 'warning' && event.type !== 'assert') return;
    const message = event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
    const urls = (event.stackTrace?.callFrames ?? []).map((frame) => frame.url);
    (isOurs(urls) || message.includes('[Presslight]') ? fromExtension : fromPage).push(`console.${event.type}: ${message}`);
  });
  await session.send('Runtime.enable');
  return {
    fromExtension,
    fromPage,
    stop: () => session.detach().catch(() => {}),
  };
}

/** Records `document.body.innerHTML` when the page's HTML has been parsed, before Presslight runs. */
export async function snapshotBodyAtParse(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __presslightBodyAtParse?: string }).__presslightBodyAtParse = document.body?.innerHTML ?? '';
    });
  });
}

/**
 * Evaluates an expression in the page's main world over the DevTools protocol, without Playwright's helpers
 * (which use the page's built-ins: a page that breaks `Array.prototype` breaks them too).
 */
export async function evaluateRaw<T>(context: BrowserContext, page: Page, expression: string): Promise<T> {
  const session = await context.newCDPSession(page);
  try {
    const { result, exceptionDetails } = (await session.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as T;
  } finally {
    await session.detach().catch(() => {});
  }
}

/** Whether the body is exactly as parsed (no element, attribute or text added, removed or split). */
export async function bodyUnchanged(context: BrowserContext, page: Page): Promise<boolean> {
  return evaluateRaw<boolean>(context, page, `window.__presslightBodyAtParse === (document.body ? document.body.innerHTML : '')`);
}
