import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startNetworkSentinel, type NetworkSentinel } from './network-sentinel';

let sentinel: NetworkSentinel | undefined;
afterEach(async () => {
  await sentinel?.close();
  sentinel = undefined;
});

/** Opens a tunnel request to the sentinel and resets the connection as soon as the sentinel has seen it. */
async function connectThenReset(proxy: string, target: string): Promise<void> {
  const { hostname, port } = new URL(proxy);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {});
  await new Promise<void>((done) => socket.once('connect', () => done()));
  socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
  await new Promise<void>((done) => socket.once('data', () => done()));
  socket.resetAndDestroy();
  await new Promise((done) => setTimeout(done, 50));
}

describe('the network sentinel', () => {
  it('writes down a tunnel request and survives the browser resetting its connection', async () => {
    sentinel = await startNetworkSentinel();
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      for (let attempt = 0; attempt < 5; attempt++) await connectThenReset(sentinel.proxy, 'example.com:443');
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([]);
    expect(sentinel.attempts).toEqual(Array(5).fill('CONNECT example.com:443'));
  });

  it('answers a plain proxied request with 502 and writes it down', async () => {
    sentinel = await startNetworkSentinel();
    const { hostname, port } = new URL(sentinel.proxy);
    const status = await new Promise<number | undefined>((done, fail) => {
      const request = httpRequest({ host: hostname, port: Number(port), path: 'http://example.com/page' }, (response) => {
        response.resume();
        done(response.statusCode);
      });
      request.on('error', fail);
      request.end();
    });
    expect(status).toBe(502);
    expect(sentinel.attempts).toEqual(['GET http://example.com/page']);
  });
});
