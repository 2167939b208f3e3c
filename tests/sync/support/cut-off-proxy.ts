/**
 * A door in front of a test DAV server that can take the server away in the middle of a sync, at
 * an exact point: `stopServerAtWrite(n)` stops the server just before the n-th write (PUT or DELETE)
 * reaches it, so that write and everything after it meet a server that is gone (the connection
 * is dropped, as a stopped server's would be). Browsers are pointed at the proxy's origin; it
 * forwards everything else unchanged (Radicale answers with paths, never with its own origin).
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DavServer } from './servers.ts';

export interface CutOffProxy {
  /** e.g. "http://127.0.0.1:41235": what a user types as the server's address. */
  origin: string;
  stopServerAtWrite(n: number): void;
  /** Resolves once the server was stopped by `stopServerAtWrite`. */
  stopped(): Promise<void>;
  close(): Promise<void>;
}

export async function cutOffProxy(server: DavServer): Promise<CutOffProxy> {
  const target = new URL(server.origin);
  let writesLeft = Infinity;
  let markStopped: () => void = () => undefined;
  let stopped = new Promise<void>((r) => (markStopped = r));

  const forward = (incoming: IncomingMessage, answer: ServerResponse) => {
    const out = request({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (reply) => {
      answer.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(answer);
    });
    // The server is not there (stopped): the browser sees the connection drop, as it would without the proxy.
    out.on('error', () => answer.destroy());
    incoming.pipe(out);
  };

  const proxy = createServer((incoming, answer) => {
    const write = incoming.method === 'PUT' || incoming.method === 'DELETE';
    if (write && --writesLeft === 0) {
      writesLeft = Infinity;
      void server.stop().then(() => {
        markStopped();
        forward(incoming, answer);
      });
      return;
    }
    forward(incoming, answer);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const { port } = proxy.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stopServerAtWrite: (n) => {
      writesLeft = n;
      stopped = new Promise<void>((r) => (markStopped = r));
    },
    stopped: () => stopped,
    close: () =>
      new Promise<void>((ok) => {
        proxy.close(() => ok());
        proxy.closeAllConnections();
      }),
  };
}
