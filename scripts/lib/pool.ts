// Runs a worker script over items in N child processes (tsx's loader is inherited through execArgv) and gathers results.
import { fork } from 'node:child_process';
import { cpus } from 'node:os';

export interface PoolOptions {
  jobs?: number;
  /** Extra data passed to every worker with each batch. */
  context?: unknown;
  onResult?: (done: number, total: number) => void;
}

/**
 * The worker script must call `serveWorker(handler)`: it receives `{ items, context }` messages and replies with
 * `{ results }` for each, in order.
 */
export async function runPool<I, R>(workerPath: string, items: I[], options: PoolOptions = {}): Promise<R[]> {
  const jobs = Math.max(1, Math.min(options.jobs ?? Math.min(2, cpus().length), items.length || 1));
  const results: R[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const batch = 8;
  await Promise.all(
    Array.from({ length: jobs }, () =>
      new Promise<void>((resolve, reject) => {
        const child = fork(workerPath, [], {
          execArgv: process.execArgv,
          env: { ...process.env, POOL_WORKER: '1' },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        let current: number[] = [];
        const send = (): void => {
          if (next >= items.length) {
            child.send({ exit: true });
            return;
          }
          current = [];
          for (let i = 0; i < batch && next < items.length; i++) current.push(next++);
          child.send({ items: current.map((i) => items[i]), context: options.context });
        };
        child.on('message', (msg: { results: R[] }) => {
          msg.results.forEach((r, k) => (results[current[k]!] = r));
          done += msg.results.length;
          options.onResult?.(done, items.length);
          send();
        });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        send();
      }),
    ),
  );
  return results;
}

/** In a worker: answers each batch with the handler's results. */
export function serveWorker<I, R>(handler: (item: I, context: unknown) => R | Promise<R>): void {
  if (!process.send || process.env.POOL_WORKER !== '1') return;
  process.on('message', async (msg: { items?: I[]; context?: unknown; exit?: boolean }) => {
    if (msg.exit) {
      process.disconnect?.();
      return;
    }
    const out: R[] = [];
    for (const item of msg.items ?? []) out.push(await handler(item, msg.context));
    process.send!({ results: out });
  });
}
