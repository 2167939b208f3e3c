/**
 * The set-up most end-to-end suites share: a browser with the built extension and the fixture
 * server start together before the suite's tests, and both close after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server.ts';

interface Closable {
  close(): Promise<void>;
}

/**
 * Registers the suite's beforeAll/afterAll. `ready` gets the browser and the server once both run:
 * the suite keeps them and does its own set-up (load sample customers, open a page).
 */
export function startForSuite<B extends Closable>(
  launch: () => Promise<B>,
  ready: (browser: B, server: StaticServer) => void | Promise<void>,
  /** What the server serves (startStaticServer); the fixtures by default. */
  mounts: Record<string, string> = { '/fixtures': 'tests/e2e/fixtures' },
): void {
  const started: Closable[] = [];
  beforeAll(async () => {
    const [browser, server] = await Promise.all([
      launch().then((b) => (started.push(b), b)),
      startStaticServer(mounts).then((s) => (started.push(s), s)),
    ]);
    await ready(browser, server);
  });
  // Whatever started is closed, also when the other failed to.
  afterAll(async () => {
    await Promise.all(started.map((it) => it.close()));
  });
}
