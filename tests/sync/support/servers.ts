/**
 * Real CardDAV/CalDAV servers for the sync tests: Debian's `radicale` (3.1.8) and `xandikos`
 * (0.2.8), each started on 127.0.0.1 on a free port with a store in a fresh temporary folder, and
 * stopped (their folder removed) by `stop()`. Radicale checks passwords (a plain htpasswd file with
 * the users below), so a wrong password gets its 401; Xandikos has no authentication at all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ServerKind = 'radicale' | 'xandikos';

/** How long a suite's hook may take to start a server (Python start-up on a loaded 2-core machine). */
export const SERVER_START_MS = 60_000;
export const SERVER_KINDS: readonly ServerKind[] = ['radicale', 'xandikos'];

export interface DavUser {
  username: string;
  password: string;
}

/** Radicale's users; Xandikos accepts any. */
export const USERS: Record<'alice' | 'bob', DavUser> = {
  alice: { username: 'alice', password: 'alice-app-password' },
  bob: { username: 'bob', password: 'bob-app-password' },
};

export interface DavServer {
  kind: ServerKind;
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  origin: string;
  /** Where a user's own collections live, e.g. "/alice/" (Radicale) or "/user/" (Xandikos). */
  homePath: (user: DavUser) => string;
  /** Whether the server refuses a wrong password (Xandikos has no authentication). */
  checksPasswords: boolean;
  /** Stops the process; the store stays until `remove()`, so a restart finds the same data. */
  stop: () => Promise<void>;
  /** Starts it again on the same port and store (the "server went away and came back" case). */
  restart: () => Promise<void>;
  /** Stops it and deletes its store. */
  remove: () => Promise<void>;
  /** What it printed, for a failing test's message. */
  log: () => string;
  /** The folder its store lives in (the server's own files). */
  storeDir: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until the server answers HTTP at all (any status), or its process ends. */
async function waitUntilUp(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the DAV server exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(`${origin}/`, { method: 'OPTIONS' });
      return;
    } catch (error) {
      // Connection refused while it starts: the only failure expected here.
      if (!(error instanceof TypeError)) throw error;
      if (Date.now() > deadline) throw new Error(`the DAV server did not answer at ${origin} within 30 s:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function commandFor(kind: ServerKind, port: number, dir: string): [string, string[]] {
  if (kind === 'xandikos') return ['/usr/bin/xandikos', ['-d', join(dir, 'store'), '--defaults', '-l', '127.0.0.1', '-p', String(port)]];
  return [
    '/usr/bin/radicale',
    [
      '--server-hosts', `127.0.0.1:${port}`,
      '--auth-type', 'htpasswd', '--auth-htpasswd-filename', join(dir, 'users'), '--auth-htpasswd-encryption', 'plain',
      // Colleagues share collections: any signed-in user may read and write any of them.
      '--rights-type', 'authenticated',
      '--storage-filesystem-folder', join(dir, 'store'),
      '--logging-level', 'warning',
    ],
  ];
}

export async function startServer(kind: ServerKind): Promise<DavServer> {
  const dir = await mkdtemp(join(tmpdir(), `callprep-${kind}-`));
  await writeFile(join(dir, 'users'), Object.values(USERS).map((u) => `${u.username}:${u.password}\n`).join(''));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  let child: ChildProcess | undefined;
  const log = () => output.slice(-4000);

  const start = async () => {
    const [command, args] = commandFor(kind, port, dir);
    const started = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child = started;
    await waitUntilUp(origin, started, log);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    kind,
    origin,
    homePath: (user) => (kind === 'xandikos' ? '/user/' : `/${user.username}/`),
    checksPasswords: kind === 'radicale',
    stop,
    restart: start,
    remove: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
    log,
    storeDir: join(dir, 'store'),
  };
}
