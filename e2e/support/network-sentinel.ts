import { createServer, type Server } from 'node:http';

export interface NetworkSentinel {
  /** The proxy address to give the browser: everything not on loopback goes through it. */
  proxy: string;
  /** Every request that tried to leave the machine, as "METHOD url". */
  readonly attempts: string[];
  close(): Promise<void>;
}

/**
 * A proxy that lets nothing through and writes down what tried: a browser started with it reaches only
 * loopback (which browsers never proxy), so any entry here is a request for the internet.
 */
export async function startNetworkSentinel(): Promise<NetworkSentinel> {
  const attempts: string[] = [];
  const server: Server = createServer((request, response) => {
    attempts.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    attempts.push(`CONNECT ${request.url}`);
    // A tunnel's socket is handed over without the server's error handler: a browser that resets it
    // (as Chromium does when it gives up) must not throw in the test process.
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    proxy: `http://127.0.0.1:${port}`,
    attempts,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
