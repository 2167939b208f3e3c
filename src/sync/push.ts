/**
 * The outbox to the server. Each entry sends its record as stored now, written over the server's
 * last text (only Callprep's own properties change) and guarded by that text's ETag (If-Match;
 * If-None-Match: * for a new one). A 412 means a colleague changed it meanwhile: the server's
 * version is fetched and merged into the local record (apply-remote.ts), and the merge is sent
 * again. The entry leaves the outbox only once the server took the write, in the same transaction
 * that records the new ETag; a push cut off before that is sent again and meets its own write.
 */
import type { CallprepDatabase } from '../db/database.ts';
import { dropSent, outboxKey, pendingChanges, SYNCED_KINDS, type OutboxRow } from '../db/sync/outbox.ts';
import { inSyncTransaction } from '../db/sync/sync-tables.ts';
import { t } from '../shared/i18n/messages.ts';
import { applyRemoteObjects } from './apply-remote.ts';
import type { SyncContext } from './sync-context.ts';
import { HttpStatusError, SyncProblemError } from './sync-problem.ts';
import { SYNCED_RECORD_KINDS, type WriteContext } from './synced-records.ts';

/** Tries per entry when colleagues keep changing the same record while it is merged. */
const MAX_ATTEMPTS = 4;

const isStatus = (error: unknown, ...statuses: number[]): error is HttpStatusError => error instanceof HttpStatusError && statuses.includes(error.status);

/** The record, its server copy and the names its text carries, read in one transaction. */
async function prepare(ctx: SyncContext, entry: OutboxRow) {
  return inSyncTransaction(ctx.db, async (t) => {
    const kind = SYNCED_RECORD_KINDS[entry.kind];
    const record = await kind.table(t).get(entry.id);
    const mapping = await t.syncObjects.get(entry.key);
    const customerId = record ? kind.customerIdOf(record) : undefined;
    const customer = customerId ? await t.customers.get(customerId) : undefined;
    const customerUid = customerId ? ((await t.syncObjects.get(outboxKey('customer', customerId)))?.uid ?? customerId) : undefined;
    const context: WriteContext = { uid: mapping?.uid ?? entry.id, now: ctx.now(), region: ctx.region, ...(customerUid ? { customerUid } : {}), ...(customer ? { customerName: customer.name } : {}) };
    return { kind, record, mapping, context };
  });
}

async function pushDeletion(ctx: SyncContext, entry: OutboxRow, url: string, etag: string | undefined, where: 'addressBook' | 'calendar'): Promise<void> {
  const collection = ctx.collections[where];
  try {
    await collection.remove(url, etag);
  } catch (error) {
    if (!isStatus(error, 412)) throw error;
    // Changed on the server after it was deleted here: the colleague's version comes back.
    const current = await collection.get(url);
    if (current) {
      await inSyncTransaction(ctx.db, (t) => t.syncObjects.delete(entry.key));
      await dropOnly(ctx.db, entry);
      await applyRemoteObjects(ctx, [current], where);
      return;
    }
  }
  await inSyncTransaction(ctx.db, async (t) => {
    await t.syncObjects.delete(entry.key);
    await t.outbox.where('seq').equals(entry.seq ?? -1).delete();
  });
}

const dropOnly = (db: CallprepDatabase, entry: OutboxRow) => db.transaction('rw', db.outbox, () => dropSent(db, entry));

async function pushOne(ctx: SyncContext, entry: OutboxRow): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { kind, record, mapping, context } = await prepare(ctx, entry);
    const collection = ctx.collections[kind.collection];
    if (entry.op === 'delete' || !record) {
      if (mapping) return pushDeletion(ctx, entry, mapping.url, mapping.etag, kind.collection);
      return void (await dropOnly(ctx.db, entry));
    }
    if (!kind.travels(record)) return void (await dropOnly(ctx.db, entry));
    const text = kind.write(kind.fieldsOf(record), context, mapping?.text);
    if (mapping && text === mapping.text) return void (await dropOnly(ctx.db, entry));
    const url = mapping?.url ?? collection.urlFor(context.uid);
    let etag: string | undefined;
    try {
      etag = mapping ? await collection.update(url, text, mapping.etag) : await collection.create(url, text);
    } catch (error) {
      if (!isStatus(error, 412, 404)) throw error;
      const current = await collection.get(url);
      if (current) await applyRemoteObjects(ctx, [current], kind.collection);
      // Gone from the server while changed here: written again as new.
      else await inSyncTransaction(ctx.db, (t) => t.syncObjects.delete(entry.key));
      continue;
    }
    await inSyncTransaction(ctx.db, async (t) => {
      await t.syncObjects.put({ key: entry.key, kind: entry.kind, id: entry.id, url, uid: context.uid, text, ...(etag !== undefined ? { etag } : {}) });
      await t.outbox.where('seq').equals(entry.seq ?? -1).delete();
    });
    ctx.pushed++;
    return;
  }
  throw new SyncProblemError('server', t('sync_recordKeptChanging'));
}

/** Sends what waits, oldest first; changes made while it runs are sent by the next run. */
export async function pushOutbox(ctx: SyncContext): Promise<void> {
  for (const entry of await pendingChanges(ctx.db)) await pushOne(ctx, entry);
}

/**
 * Queues every record the server has not had yet and no change is queued for: what was here before
 * connecting, imported, restored or loaded as samples. Calls still open stay here.
 */
export async function queueUnsynced(ctx: SyncContext): Promise<void> {
  await inSyncTransaction(ctx.db, async (t) => {
    const known = new Set([...(await t.syncObjects.toCollection().primaryKeys()), ...(await t.outbox.toArray()).map((e) => e.key)]);
    for (const kind of SYNCED_KINDS) {
      const ids = kind === 'call' ? await t.calls.where('status').equals('closed').primaryKeys() : await SYNCED_RECORD_KINDS[kind].table(t).toCollection().primaryKeys();
      const missing = ids.filter((id) => !known.has(outboxKey(kind, id)));
      if (missing.length > 0) await t.outbox.bulkAdd(missing.map((id) => ({ key: outboxKey(kind, id), kind, id, op: 'put' as const, queuedAt: ctx.now() })));
    }
  });
}
