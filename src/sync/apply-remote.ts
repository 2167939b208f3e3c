/**
 * Server changes into the local store. Each object is read with its kind's mapping, linked to its
 * local record (by the address it was synced at, else by UID), and written with what is known of
 * its server copy in the same transaction: a stopped worker leaves each object applied whole or
 * not at all, and applying one twice changes nothing. A record changed here too (an outbox entry
 * waits) is merged field by field, and the merge then goes back to the server with the push.
 */
import { newId } from '../db/ids.ts';
import { outboxKey, type SyncedKind } from '../db/sync/outbox.ts';
import { inSyncTransaction, type SyncTables } from '../db/sync/sync-tables.ts';
import { ID_PATTERN } from '../shared/records/limits.ts';
import type { DavObject } from './dav-collection.ts';
import { mergeFields } from './record-merge.ts';
import { sameEtag, type SyncContext } from './sync-context.ts';
import { calendarKindOf, SYNCED_RECORD_KINDS } from './synced-records.ts';

/** Objects per transaction: a first sync of thousands commits as it goes. */
const OBJECTS_PER_TRANSACTION = 100;

/** The local id of the record a server UID stands for, if it has one here. */
export async function localIdForUid(t: SyncTables, kind: SyncedKind, uid: string): Promise<string | undefined> {
  if (!uid) return undefined;
  const linked = await t.syncObjects.where('uid').equals(uid).filter((o) => o.kind === kind).first();
  if (linked) return linked.id;
  if (ID_PATTERN.test(uid) && (await SYNCED_RECORD_KINDS[kind].table(t).get(uid))) return uid;
  return undefined;
}

async function applyOne(ctx: SyncContext, t: SyncTables, object: DavObject, where: 'addressBook' | 'calendar'): Promise<void> {
  const kind = where === 'addressBook' ? 'customer' : calendarKindOf(object.data);
  if (!kind) return;
  const mapping = await t.syncObjects.where('url').equals(object.url).first();
  if (mapping && sameEtag(mapping.etag, object.etag)) return;
  const record = SYNCED_RECORD_KINDS[kind];
  let remote;
  try {
    remote = record.read(object.data, ctx.region);
  } catch (error) {
    // ical.js throws plain Errors on text it cannot parse: that object is reported and left out.
    if (!(error instanceof Error)) throw error;
    ctx.skipped.push(`${object.url}: ${error.message}`);
    return;
  }
  const linkedId = mapping?.id ?? (await localIdForUid(t, kind, remote.uid));
  const table = record.table(t);
  const existing = linkedId ? await table.get(linkedId) : undefined;
  const id = linkedId ?? (ID_PATTERN.test(remote.uid) ? remote.uid : newId());
  const key = outboxKey(kind, id);
  let fields = remote.fields;
  if (existing && (await t.outbox.where('key').equals(key).first())?.op === 'put') {
    const base = mapping ? record.read(mapping.text, ctx.region).fields : undefined;
    fields = mergeFields(base, remote.fields, record.fieldsOf(existing), record.textFields);
  }
  const customerId = remote.customerUid ? await localIdForUid(t, 'customer', remote.customerUid) : undefined;
  const customer = customerId ? await t.customers.get(customerId) : undefined;
  const stored = record.toRecord(existing, fields, id, ctx.now(), customer);
  if (typeof stored === 'string') {
    ctx.skipped.push(`${object.url}: ${stored}`);
    return;
  }
  await table.put(stored);
  await t.syncObjects.put({ key, kind, id, url: object.url, uid: remote.uid || id, text: object.data, ...(object.etag !== undefined ? { etag: object.etag } : {}) });
  ctx.changed.push({ kind, id });
  ctx.pulled++;
}

export async function applyRemoteObjects(ctx: SyncContext, objects: readonly DavObject[], where: 'addressBook' | 'calendar'): Promise<void> {
  for (let i = 0; i < objects.length; i += OBJECTS_PER_TRANSACTION) {
    const slice = objects.slice(i, i + OBJECTS_PER_TRANSACTION);
    await inSyncTransaction(ctx.db, async (t) => {
      for (const object of slice) await applyOne(ctx, t, object, where);
    });
  }
}

/** A customer deleted on the server: their file goes (concerns, promises); calls and follow-ups stay, unlinked. */
async function removeLocal(t: SyncTables, kind: SyncedKind, id: string): Promise<void> {
  if (kind === 'customer') {
    await t.customers.delete(id);
    await t.concerns.where('customerId').equals(id).delete();
    await t.commitments.where('customerId').equals(id).delete();
    await t.calls.where('customerId').equals(id).modify((c) => void delete c.customerId);
    await t.followUps.where('customerId').equals(id).modify((f) => void delete f.customerId);
  } else if (kind === 'followUp') {
    await t.followUps.delete(id);
  } else {
    await t.calls.delete(id);
    await t.followUps.where('callId').equals(id).modify((f) => void delete f.callId);
  }
}

/**
 * Objects deleted on the server are deleted here, unless they were changed here meanwhile: then the
 * change wins and the push writes the record to the server again, so nothing typed is lost.
 */
export async function applyRemoteDeletions(ctx: SyncContext, urls: readonly string[]): Promise<void> {
  if (urls.length === 0) return;
  await inSyncTransaction(ctx.db, async (t) => {
    for (const url of urls) {
      const mapping = await t.syncObjects.where('url').equals(url).first();
      if (!mapping) continue;
      await t.syncObjects.delete(mapping.key);
      const pending = await t.outbox.where('key').equals(mapping.key).first();
      if (pending?.op === 'put') continue;
      await t.outbox.where('key').equals(mapping.key).delete();
      await removeLocal(t, mapping.kind, mapping.id);
      ctx.changed.push({ kind: mapping.kind, id: mapping.id });
    }
  });
}
