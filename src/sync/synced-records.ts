/**
 * The three kinds of record that travel, each with how it is read from the server's text, which of
 * its fields the text carries, how a stored record is made from those fields, and how its text is
 * written (patching the server's last text, so other apps' lines stay as they were).
 */
import type { Table } from 'dexie';
import { fitDraft } from '../db/customer-fit.ts';
import { buildCustomer, toCustomer } from '../db/customer-record.ts';
import type { CustomerRow } from '../db/database.ts';
import { Refusal } from '../db/errors.ts';
import type { SyncedKind } from '../db/sync/outbox.ts';
import type { SyncTables } from '../db/sync/sync-tables.ts';
import { GuardError, parseOrThrow } from '../shared/guard.ts';
import type { Call, CustomerDraft, FollowUp } from '../shared/model.ts';
import { CallSchema, FollowUpSchema } from '../shared/records/schemas.ts';
import { LIMITS } from '../shared/records/limits.ts';
import { readVJournal, writeVJournal, type SyncedCall } from './call-vjournal.ts';
import { readVCard, VCARD_FIELDS, writeVCard } from './customer-vcard.ts';
import { readVTodo, writeVTodo, type SyncedFollowUp } from './follow-up-vtodo.ts';

export interface RemoteRecord<F> {
  uid: string;
  fields: Partial<F>;
  customerUid?: string;
}

export interface WriteContext {
  uid: string;
  customerUid?: string;
  customerName?: string;
  now: number;
  region: string;
}

export interface SyncedRecordKind<F, R> {
  kind: SyncedKind;
  /** Which collection holds it. */
  collection: 'addressBook' | 'calendar';
  table: (tables: SyncTables) => Table<R, string>;
  textFields: ReadonlyArray<keyof F>;
  read: (text: string, region: string) => RemoteRecord<F>;
  fieldsOf: (record: R) => Partial<F>;
  /** The record to store, or a reason it cannot be one here (no number, no time). */
  toRecord: (existing: R | undefined, fields: Partial<F>, id: string, now: number, customer: CustomerRow | undefined) => R | string;
  write: (fields: Partial<F>, context: WriteContext, original?: string) => string;
  customerIdOf: (record: R) => string | undefined;
  /** Whether this local record is one to send (an open call stays here until it is closed). */
  travels: (record: R) => boolean;
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<T> => defined(Object.fromEntries(keys.map((k) => [k, o[k]])) as unknown as Partial<T>);

/** A record the schema refuses (a value past its limit the server holds) is left out, with why. */
function checked<R>(schema: Parameters<typeof parseOrThrow>[0], record: R): R | string {
  try {
    parseOrThrow(schema, record);
    return record;
  } catch (error) {
    if (error instanceof GuardError) return error.message;
    throw error;
  }
}

export const customerKind: SyncedRecordKind<CustomerDraft, CustomerRow> = {
  kind: 'customer',
  collection: 'addressBook',
  table: (t) => t.customers,
  textFields: ['notes', 'personalNotes'],
  read: (text, region) => {
    const { uid, draft } = readVCard(text, region);
    return { uid: uid ?? '', fields: draft };
  },
  fieldsOf: (row) => pick(toCustomer(row) as CustomerDraft, VCARD_FIELDS),
  toRecord: (existing, fields, id, now) => {
    const carried = Object.fromEntries(VCARD_FIELDS.map((k) => [k, fields[k]]));
    const draft = defined({ ...(existing ? (toCustomer(existing) as CustomerDraft) : {}), ...carried, name: fields.name ?? existing?.name ?? '' }) as CustomerDraft;
    try {
      const row = buildCustomer(fitDraft(draft).draft, id, existing?.createdAt ?? now, now);
      return { ...row, revision: (existing?.revision ?? 0) + 1 };
    } catch (error) {
      if (error instanceof Refusal) return error.message;
      throw error;
    }
  },
  write: (fields, context, original) => writeVCard({ ...fields, name: fields.name ?? '' }, { uid: context.uid, region: context.region, ...(original !== undefined ? { original } : {}) }),
  customerIdOf: (row) => row.id,
  travels: () => true,
};

const FOLLOW_UP_FIELDS = ['dueAt', 'status', 'note', 'channel', 'e164'] as const;

export const followUpKind: SyncedRecordKind<SyncedFollowUp, FollowUp> = {
  kind: 'followUp',
  collection: 'calendar',
  table: (t) => t.followUps,
  textFields: ['note'],
  read: (text) => readVTodo(text),
  fieldsOf: (f) => pick(f, FOLLOW_UP_FIELDS),
  toRecord: (existing, fields, id, now, customer) => {
    const e164 = fields.e164 ?? existing?.e164 ?? customer?.phones[0]?.e164;
    const dueAt = fields.dueAt ?? existing?.dueAt;
    if (!e164) return 'the to-do names no phone number and no customer with one';
    if (dueAt === undefined) return 'the to-do has no due time';
    const record: FollowUp = defined({
      ...existing,
      id,
      e164,
      dueAt,
      channel: fields.channel ?? existing?.channel ?? 'phone',
      note: (fields.note ?? existing?.note ?? '').slice(0, LIMITS.followUpNote),
      status: fields.status ?? existing?.status ?? 'pending',
      createdAt: existing?.createdAt ?? now,
      customerId: customer?.id ?? existing?.customerId,
    });
    // Moved on the server: remind again at the new time.
    if (existing && existing.dueAt !== dueAt) delete record.notifiedAt;
    return checked(FollowUpSchema, record);
  },
  write: (fields, context, original) =>
    writeVTodo(fields as SyncedFollowUp, defined({ uid: context.uid, customerName: context.customerName, customerUid: context.customerUid, now: context.now }), original),
  customerIdOf: (f) => f.customerId,
  travels: () => true,
};

const CALL_FIELDS = ['startedAt', 'endedAt', 'status', 'outcome', 'notes', 'e164', 'ext', 'overrideReason'] as const;

export const callKind: SyncedRecordKind<SyncedCall, Call> = {
  kind: 'call',
  collection: 'calendar',
  table: (t) => t.calls,
  textFields: ['notes'],
  read: (text) => readVJournal(text),
  fieldsOf: (c) => pick(c, CALL_FIELDS),
  toRecord: (existing, fields, id, _now, customer) => {
    const e164 = fields.e164 ?? existing?.e164;
    const startedAt = fields.startedAt ?? existing?.startedAt;
    if (!e164 || startedAt === undefined) return 'the journal entry names no phone number or start';
    // A colleague's call still open on their device is not a call open here.
    if (!existing && fields.status !== 'closed') return 'the call is still open on the device that made it';
    const record: Call = defined({
      ...existing,
      ...fields,
      id,
      e164,
      startedAt,
      status: fields.status ?? existing?.status ?? 'closed',
      notes: (fields.notes ?? existing?.notes ?? '').slice(0, LIMITS.callNotes),
      overrideReason: (fields.overrideReason ?? existing?.overrideReason)?.slice(0, LIMITS.optOutReason),
      customerId: customer?.id ?? existing?.customerId,
      revision: (existing?.revision ?? 0) + 1,
    });
    if (record.status === 'closed' && record.followUpId === undefined) record.noFollowUp = true;
    return checked(CallSchema, record);
  },
  write: (fields, context, original) =>
    writeVJournal(fields as SyncedCall, defined({ uid: context.uid, customerName: context.customerName, customerUid: context.customerUid, now: context.now }), original),
  customerIdOf: (c) => c.customerId,
  travels: (c) => c.status === 'closed',
};

export const SYNCED_RECORD_KINDS = { customer: customerKind, followUp: followUpKind, call: callKind } as unknown as Record<SyncedKind, SyncedRecordKind<object, { id: string }>>;

/** Which kind a calendar object is (a colleague's VEVENT is none of Callprep's). */
export function calendarKindOf(text: string): SyncedKind | undefined {
  if (/^BEGIN:VTODO\r?$/im.test(text)) return 'followUp';
  if (/^BEGIN:VJOURNAL\r?$/im.test(text)) return 'call';
  return undefined;
}
