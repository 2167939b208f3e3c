/**
 * Colleagues for the sync tests: each a browser profile of their own (a Callprep database and a
 * sync account database, in fake-indexeddb), connected to the same team collections on a real
 * server, syncing with the engine the background runs.
 */
import 'fake-indexeddb/auto';
import { CallprepDatabase } from '../../../src/db/database.ts';
import { AccountStore, SyncAccountDatabase } from '../../../src/sync/account-store.ts';
import type { SyncAccount } from '../../../src/sync/account.ts';
import { runSync, type SyncRunReport } from '../../../src/sync/sync-run.ts';
import type { TeamCollections } from './collections.ts';
import type { DavServer, DavUser } from './servers.ts';

let n = 0;

export interface Colleague {
  db: CallprepDatabase;
  accounts: AccountStore;
  account: SyncAccount;
  sync: (fetchImpl?: typeof fetch) => Promise<SyncRunReport>;
}

export async function colleague(server: DavServer, team: TeamCollections, user: DavUser, now = () => Date.now()): Promise<Colleague> {
  const id = `${process.pid}-${++n}`;
  const db = new CallprepDatabase(`colleague-${id}`);
  const accounts = new AccountStore(new SyncAccountDatabase(`colleague-account-${id}`));
  const account: SyncAccount = { serverUrl: `${server.origin}/`, ...user, ...team, addressBookName: 'Team customers', calendarName: 'Team follow-ups', connectedAt: now() };
  await accounts.connect(account);
  return {
    db,
    accounts,
    account,
    sync: (fetchImpl) => runSync({ db, account, accounts, region: 'US', now, ...(fetchImpl ? { fetchImpl } : {}) }),
  };
}
