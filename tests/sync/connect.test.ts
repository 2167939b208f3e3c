/**
 * Connecting to a real server (Radicale and Xandikos, started by the test): discovery finds the
 * team's address book and calendar from the address a user would type; a wrong password, a server
 * that is down and a missing permission each give the sentence the options page shows.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncService } from '../../src/background/sync-service.ts';
import { CallprepDatabase } from '../../src/db/database.ts';
import { AccountStore, SyncAccountDatabase } from '../../src/sync/account-store.ts';
import { discover } from '../../src/sync/discover.ts';
import { SyncProblemError } from '../../src/sync/sync-problem.ts';
import { teamCollections, type TeamCollections } from './support/collections.ts';
import { SERVER_KINDS, SERVER_START_MS, startServer, USERS, type DavServer } from './support/servers.ts';

let n = 0;
const serviceFor = (granted: (pattern: string) => boolean = () => true) =>
  new SyncService({
    db: new CallprepDatabase(`connect-${process.pid}-${n}`),
    // Connecting starts a first sync; what it does is tested in sync-engine.test.ts.
    run: async () => ({ changed: [], skipped: [], pulled: 0, pushed: 0 }),
    now: () => Date.UTC(2026, 10, 26, 9, 0),
    accounts: new AccountStore(new SyncAccountDatabase(`sync-account-${process.pid}-${++n}`)),
    hasOrigin: async (pattern) => granted(pattern),
    discover: (credentials) => discover(credentials),
  });

describe.each(SERVER_KINDS)('connecting to %s', { timeout: 30_000 }, (kind) => {
  let server: DavServer;
  let team: TeamCollections;
  beforeAll(async () => {
    server = await startServer(kind);
    team = await teamCollections(server, USERS.alice);
  }, SERVER_START_MS);
  afterAll(() => server.remove());

  it('finds the address book and the calendar from the server address alone, and keeps the account without ever handing back the password', async () => {
    const sync = serviceFor();
    const found = await sync.discover({ serverUrl: server.origin, ...USERS.alice });
    expect(found.addressBooks.map((b) => b.url)).toContain(team.addressBookUrl);
    expect(found.calendars.map((c) => c.url)).toContain(team.calendarUrl);
    expect(found.calendars.find((c) => c.url === team.calendarUrl)?.journals).toBe(true);

    const status = await sync.connect({ serverUrl: server.origin, ...USERS.alice, ...team });
    expect(status).toMatchObject({ connected: true, username: 'alice', serverUrl: `${server.origin}/` });
    expect(status.addressBook).toBe(found.addressBooks.find((b) => b.url === team.addressBookUrl)?.name);
    expect(JSON.stringify(status)).not.toContain(USERS.alice.password);
    expect(JSON.stringify(await sync.status())).not.toContain(USERS.alice.password);
  });

  it('refuses, before any request, a server whose origin the user did not allow', async () => {
    const sync = serviceFor((pattern) => pattern !== 'http://127.0.0.1/*');
    await expect(sync.discover({ serverUrl: server.origin, ...USERS.alice })).rejects.toMatchObject({ code: 'no-permission' });
  });

  // Xandikos has no authentication to refuse a password with.
  if (kind === 'radicale') it('says the password is wrong when the server refuses it', async () => {
    const sync = serviceFor();
    const refused = sync.discover({ serverUrl: server.origin, username: 'alice', password: 'not-it' });
    await expect(refused).rejects.toBeInstanceOf(SyncProblemError);
    await expect(refused).rejects.toMatchObject({ code: 'auth', message: expect.stringContaining('refused the user name or password') });
    expect(await sync.status()).toMatchObject({ connected: false });
  });

  it('refuses a collection that is not on the server', async () => {
    const sync = serviceFor();
    await expect(sync.connect({ serverUrl: server.origin, ...USERS.alice, addressBookUrl: `${server.origin}/elsewhere/`, calendarUrl: team.calendarUrl })).rejects.toMatchObject({ code: 'not-dav' });
    expect(await sync.status()).toMatchObject({ connected: false });
  });
});

describe('a server that does not answer', () => {
  // tsdav tries the well-known addresses, the principal and the root in turn before giving up.
  it('says so', { timeout: SERVER_START_MS }, async () => {
    const server = await startServer('xandikos');
    await server.remove();
    await expect(serviceFor().discover({ serverUrl: server.origin, ...USERS.alice })).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('refuses an address that is not a web address, without asking anything', async () => {
    await expect(serviceFor().discover({ serverUrl: 'ftp://dav.example.com', ...USERS.alice })).rejects.toMatchObject({ code: 'bad-url' });
  });
});
