/**
 * `SYNC=1 npm start`: a local Radicale (Debian's package) on 127.0.0.1 with a temporary store and a
 * team address book and calendar, and the demo browser connected to it through its options page, as
 * a user connects: its first sync sends the sample customers (with their calls and follow-ups) up.
 * The server and the tests share one way of starting it (tests/sync/support/servers.ts).
 */
import { access } from 'node:fs/promises';
import { teamCollections, type TeamCollections } from '../../tests/sync/support/collections.ts';
import { startServer, USERS, type DavServer, type DavUser } from '../../tests/sync/support/servers.ts';

export interface SyncDemo {
  server: DavServer;
  user: DavUser;
  team: TeamCollections;
}

export async function radicaleMissing(): Promise<string | null> {
  try {
    await access('/usr/bin/radicale');
    return null;
  } catch {
    return 'SYNC=1 needs Radicale, not found at /usr/bin/radicale. Install it with:\n  sudo apt-get install -y radicale';
  }
}

export async function startSyncDemo(): Promise<SyncDemo> {
  const server = await startServer('radicale');
  return { server, user: USERS.alice, team: await teamCollections(server, USERS.alice) };
}

/** The few things the options page needs done, in either browser's driver. */
export interface FormDriver {
  fill(selector: string, value: string): Promise<void>;
  click(selector: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  waitFor(selector: string, timeoutMs: number): Promise<void>;
  text(selector: string): Promise<string>;
}

const SYNC_WAIT_MS = 60_000;

/**
 * Connects from the options page (#sync) as a user does, and waits for the first sync to end.
 * Returns the status line it ended with ("Last synced just now", or what went wrong).
 */
export async function connectThroughOptions(form: FormDriver, sync: SyncDemo): Promise<string> {
  await form.waitFor('[data-testid="sync-connect"]', SYNC_WAIT_MS);
  await form.fill('[data-testid="sync-server"]', sync.server.origin);
  await form.fill('[data-testid="sync-user"]', sync.user.username);
  await form.fill('[data-testid="sync-password"]', sync.user.password);
  await form.click('[data-testid="sync-search"]');
  await form.waitFor('[data-testid="sync-address-book"], [data-testid="sync-search-error"]', SYNC_WAIT_MS);
  const refused = await form.text('[data-testid="sync-search-error"]').catch(() => '');
  if (refused) throw new Error(`Connecting to the local Radicale failed: ${refused}`);
  await form.select('[data-testid="sync-address-book"]', sync.team.addressBookUrl);
  await form.select('[data-testid="sync-calendar"]', sync.team.calendarUrl);
  await form.click('[data-testid="sync-connect-button"]');
  await form.waitFor('[data-testid="sync-connected"]', SYNC_WAIT_MS);
  const deadline = Date.now() + SYNC_WAIT_MS;
  for (;;) {
    const status = await form.text('[data-testid="sync-status"]');
    if (/Last synced|not working/i.test(status) && !/Syncing/i.test(status)) return status.replace(/\s+/g, ' ').trim();
    if (Date.now() > deadline) return `still syncing after ${SYNC_WAIT_MS / 1000} s: ${status}`;
    await new Promise((ok) => setTimeout(ok, 250));
    // The page shows the first sync's end when asked again (Refresh), as a user would press it.
    await form.click('[data-testid="sync-refresh-status"]');
  }
}
