import type { BackgroundApi, ErrorCode, Reply, ResultOf, TabApi } from './protocol';

/** A failed request, with a code the UI turns into advice. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** The transport: `browser.runtime.sendMessage` in the extension, a fake in tests. */
export type SendMessage = (message: { type: string; params: unknown }) => Promise<unknown>;

function unwrap<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || typeof (reply as { ok?: unknown }).ok !== 'boolean') {
    throw new RequestError('unavailable', 'Presslight’s background did not answer. Reload the page and try again.');
  }
  const typed = reply as Reply<T>;
  if (!typed.ok) throw new RequestError(typed.error.code, typed.error.message);
  return typed.value;
}

async function send<T>(transport: SendMessage, message: { type: string; params: unknown }): Promise<T> {
  let reply: unknown;
  try {
    reply = await transport(message);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new RequestError('unavailable', `Presslight’s background could not be reached${detail}. Reload the page and try again.`);
  }
  return unwrap<T>(reply);
}

export function backgroundClient(transport: SendMessage) {
  return <K extends keyof BackgroundApi>(type: K, params: BackgroundApi[K]['params']): Promise<ResultOf<BackgroundApi, K>> =>
    send(transport, { type, params });
}

export function tabClient(transport: SendMessage) {
  return <K extends keyof TabApi>(type: K, params: TabApi[K]['params']): Promise<ResultOf<TabApi, K>> => send(transport, { type, params });
}

export type BackgroundCall = ReturnType<typeof backgroundClient>;
export type TabCall = ReturnType<typeof tabClient>;
