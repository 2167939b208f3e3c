/**
 * One sync: pull the address book and the calendar, queue what the server has never had, push the
 * outbox. Every step keeps its progress in IndexedDB and can run twice, so a run cut off anywhere
 * (the worker stopped, the server gone) is finished by the next one without losing or doubling
 * anything. The card never waits for it: it reads the local store.
 */
import type { CallprepDatabase } from '../db/database.ts';
import type { SyncAccount } from './account.ts';
import type { AccountStore } from './account-store.ts';
import { DavCollection } from './dav-collection.ts';
import { pullCollection } from './pull.ts';
import { pushOutbox, queueUnsynced } from './push.ts';
import type { SyncContext } from './sync-context.ts';

export interface SyncRunInput {
  db: CallprepDatabase;
  account: SyncAccount;
  accounts: AccountStore;
  region: string;
  now: () => number;
  fetchImpl?: typeof fetch;
}

export type SyncRunReport = Pick<SyncContext, 'changed' | 'skipped' | 'pulled' | 'pushed'>;

export async function runSync({ db, account, accounts, region, now, fetchImpl = (...args) => fetch(...args) }: SyncRunInput): Promise<SyncRunReport> {
  const ctx: SyncContext = {
    db,
    region,
    now,
    collections: {
      addressBook: new DavCollection(account.addressBookUrl, account, 'vcard', fetchImpl),
      calendar: new DavCollection(account.calendarUrl, account, 'ical', fetchImpl),
    },
    changed: [],
    skipped: [],
    pulled: 0,
    pushed: 0,
  };
  await pullCollection(ctx, 'addressBook', accounts);
  await pullCollection(ctx, 'calendar', accounts);
  await queueUnsynced(ctx);
  await pushOutbox(ctx);
  if (ctx.pushed > 0) {
    // Pulled again so the saved token covers our own writes: a server may leave out of the next
    // report an object made and deleted after the token it is asked with (Xandikos does), and the
    // deletion of one we pushed would never reach us. Our own writes come back with their ETags
    // and are skipped.
    await pullCollection(ctx, 'addressBook', accounts);
    await pullCollection(ctx, 'calendar', accounts);
  }
  for (const why of ctx.skipped) console.warn(`Callprep sync: left out ${why}`);
  return ctx;
}
