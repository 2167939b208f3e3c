/**
 * The outbox: local changes the team server has not been sent yet (issue 11). A write that changes
 * a synced record (customer, follow-up, closed call) runs in `syncedTransaction`, which adds the
 * outbox table to its transaction, so the change and its outbox entry are committed together or not
 * at all: a worker stopped, a crash, a full disk never leave a change that sync does not know of.
 * One entry per record (a newer change replaces the older entry); the sync pushes the record as it
 * is stored when it runs, so only the latest state travels.
 */
import type { Table } from 'dexie';
import type { CallprepDatabase } from '../database.ts';

export const SYNCED_KINDS = ['customer', 'followUp', 'call'] as const;
export type SyncedKind = (typeof SYNCED_KINDS)[number];

export interface OutboxRow {
  /** Auto-increment: the order changes were made in (a customer before the follow-up naming it). */
  seq?: number;
  /** "customer:<id>": at most one entry per record. */
  key: string;
  kind: SyncedKind;
  id: string;
  /** `put`: send the record as stored; `delete`: remove it from the server. */
  op: 'put' | 'delete';
  queuedAt: number;
}

export const outboxKey = (kind: SyncedKind, id: string): string => `${kind}:${id}`;

/** Queues one record's change; must run inside a transaction that includes the outbox (below). */
export type QueueChange = (kind: SyncedKind, id: string, op?: OutboxRow['op']) => Promise<void>;

function queueIn(db: CallprepDatabase): QueueChange {
  // Dexie promises all the way (no async function of its own): a native await chain this deep
  // inside a caller's transaction lost Dexie's zone in fake-indexeddb (PrematureCommitError).
  return (kind, id, op = 'put') => {
    const key = outboxKey(kind, id);
    return db.outbox
      .where('key')
      .equals(key)
      .delete()
      .then(() => db.outbox.add({ key, kind, id, op, queuedAt: Date.now() }))
      .then(() => undefined);
  };
}

/**
 * A read-write transaction over `tables` and the outbox: `body` makes its change and names the
 * records it changed with `queue`. Every local write the team server must hear of goes through here.
 */
export function syncedTransaction<T>(db: CallprepDatabase, tables: Table[], body: (queue: QueueChange) => Promise<T>): Promise<T> {
  return db.transaction('rw', [...tables, db.outbox], () => body(queueIn(db)));
}

/** The entries waiting, oldest first. */
export const pendingChanges = (db: CallprepDatabase, limit = Infinity): Promise<OutboxRow[]> =>
  db.outbox.orderBy('seq').limit(limit).toArray();

export const pendingCount = (db: CallprepDatabase): Promise<number> => db.outbox.count();

/** Drops an entry once it was sent, unless the record changed again meanwhile (a newer entry, a new seq). */
export const dropSent = (db: CallprepDatabase, entry: OutboxRow): Promise<number> => db.outbox.where('seq').equals(entry.seq ?? -1).delete();
