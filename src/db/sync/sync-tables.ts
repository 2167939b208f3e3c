/**
 * The tables a sync step writes, bound to its transaction. Sync code passes these down through its
 * helpers instead of using the database's own tables: those find their transaction through Dexie's
 * zone, which a native await a few async calls deep loses (the writes would then run outside the
 * transaction); a table taken from the transaction object always writes into it.
 */
import type { Table, Transaction } from 'dexie';
import type { Call, Commitment, Concern, FollowUp } from '../../shared/model.ts';
import type { CallprepDatabase, CustomerRow } from '../database.ts';
import type { OutboxRow } from './outbox.ts';
import type { SyncObjectRow } from './sync-objects.ts';

export interface SyncTables {
  customers: Table<CustomerRow, string>;
  concerns: Table<Concern, string>;
  commitments: Table<Commitment, string>;
  calls: Table<Call, string>;
  followUps: Table<FollowUp, string>;
  outbox: Table<OutboxRow, number>;
  syncObjects: Table<SyncObjectRow, string>;
}

const NAMES = ['customers', 'concerns', 'commitments', 'calls', 'followUps', 'outbox', 'syncObjects'] as const;

/** Runs `body` in one read-write transaction over every table sync touches. */
export function inSyncTransaction<T>(db: CallprepDatabase, body: (tables: SyncTables) => Promise<T>): Promise<T> {
  return db.transaction('rw', NAMES.map((n) => db.table(n)), (tx: Transaction) =>
    body(Object.fromEntries(NAMES.map((n) => [n, tx.table(n)])) as unknown as SyncTables),
  );
}
