import { ShapeError } from './validate';
import type { AnyRequest, ErrorCode, ParamChecks, Reply, RequestOf, ResultOf } from './protocol';

export type Handlers<Api, Context> = {
  [K in keyof Api]: (params: RequestOf<Api, K>['params'], context: Context) => Promise<ResultOf<Api, K>>;
};

/** An error a handler raises on purpose, with a code the caller can act on. */
export class HandledError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Maps storage failures (Dexie and IndexedDB names) to codes and sentences a reader can act on. */
export function describeError(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof HandledError) return { code: error.code, message: error.message };
  if (error instanceof ShapeError) return { code: 'invalid-message', message: error.message };
  const name = error instanceof Error || (typeof error === 'object' && error !== null) ? String((error as { name?: unknown }).name) : '';
  const inner = typeof error === 'object' && error !== null ? (error as { inner?: { name?: unknown } }).inner : undefined;
  const names = [name, String(inner?.name ?? '')];
  if (names.includes('QuotaExceededError')) {
    return { code: 'quota', message: 'The browser has no room left to store notes. Free some disk space, then try again.' };
  }
  if (names.some((n) => /^(DatabaseClosedError|OpenFailedError|InvalidStateError|VersionError|UpgradeError|TransactionInactiveError|AbortError|UnknownError|MissingAPIError|BlockedError)$/.test(n))) {
    return { code: 'storage', message: 'The notes database could not be reached. Try again; nothing was lost.' };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : 'Unexpected error' };
}

/**
 * Turns typed handlers into one message listener: checks the message's shape, runs the handler, and
 * always answers with a `Reply` (never throws, never leaves a caller waiting).
 */
export function createMessageHandler<Api, Context>(
  checks: ParamChecks<Api>,
  handlers: Handlers<Api, Context>,
): (message: unknown, context: Context) => Promise<Reply<unknown>> {
  return async (message, context) => {
    let request: AnyRequest<Api>;
    try {
      request = parseRequest(checks, message);
    } catch (error) {
      return { ok: false, error: describeError(error) };
    }
    try {
      const handler = handlers[request.type as keyof Api] as (params: unknown, context: Context) => Promise<unknown>;
      return { ok: true, value: await handler(request.params, context) };
    } catch (error) {
      return { ok: false, error: describeError(error) };
    }
  };
}

export function parseRequest<Api>(checks: ParamChecks<Api>, message: unknown): AnyRequest<Api> {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw new ShapeError('message: expected an object');
  const { type, params } = message as { type?: unknown; params?: unknown };
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(checks, type)) {
    throw new ShapeError(`message.type: unknown request ${JSON.stringify(String(type)).slice(0, 80)}`);
  }
  const check = checks[type as keyof Api] as (value: unknown, path: string) => unknown;
  return { type, params: check(params ?? {}, 'params') } as AnyRequest<Api>;
}
