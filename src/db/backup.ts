/**
 * Backup and restore of the whole database as one JSON file. Layout (version 1):
 * { "format": "callprep-backup", "version": 1, "exportedAt": ISO-8601, "settings": Settings,
 *   "customers": [], "concerns": [], "commitments": [], "calls": [], "followUps": [] }
 * A restore checks every record before it touches anything, then replaces all data in one
 * transaction: a broken backup changes nothing and says what is wrong.
 */
import { arrayOf } from '../shared/guard.ts';
import { callRecord, commitmentRecord, concernRecord, customerRecord, followUpRecord } from '../shared/model-guards.ts';
import type { RecordCounts } from '../shared/protocol/index.ts';
import { migrateSettings } from '../shared/settings.ts';
import type { ExportFile } from '../shared/views.ts';
import { buildCustomer, toCustomer } from './customer-record.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { exportFileName } from './export/notes-data.ts';
import { getSettings } from './settings-store.ts';

export const BACKUP_FORMAT = 'callprep-backup';
export const BACKUP_VERSION = 1;
const MAX_RECORDS = 2_000_000;

export async function exportBackup(db: CallprepDatabase, now: number): Promise<ExportFile> {
  const doc = await db.transaction('r', db.tables, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: await getSettings(db),
    customers: (await db.customers.toArray()).map(toCustomer),
    concerns: await db.concerns.toArray(),
    commitments: await db.commitments.toArray(),
    calls: await db.calls.toArray(),
    followUps: await db.followUps.toArray(),
  }));
  return { filename: exportFileName('backup', 'json', now), mime: 'application/json', content: JSON.stringify(doc) };
}

function parseDocument(json: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    throw new Refusal(`This file is not a Callprep backup: it is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new Refusal('This file is not a Callprep backup.');
  }
  const version = (doc as { version?: unknown }).version;
  if (typeof version !== 'number' || version > BACKUP_VERSION) {
    throw new Refusal('This backup was made by a newer version of Callprep; update the extension first.');
  }
  return doc as Record<string, unknown>;
}

/** Checks every record and every reference between them; throws a message naming the first problem. */
export function readBackup(json: string) {
  const doc = parseDocument(json);
  try {
    const data = {
      customers: arrayOf(customerRecord, MAX_RECORDS)(doc.customers, 'customers').map((c) => buildCustomer(c, c.id, c.createdAt, c.updatedAt)),
      concerns: arrayOf(concernRecord, MAX_RECORDS)(doc.concerns, 'concerns'),
      commitments: arrayOf(commitmentRecord, MAX_RECORDS)(doc.commitments, 'commitments'),
      calls: arrayOf(callRecord, MAX_RECORDS)(doc.calls, 'calls'),
      followUps: arrayOf(followUpRecord, MAX_RECORDS)(doc.followUps, 'followUps'),
      settings: migrateSettings(doc.settings),
    };
    checkReferences(data);
    return data;
  } catch (error) {
    throw new Refusal(`This backup is damaged, nothing was changed: ${(error as Error).message}.`);
  }
}

type BackupData = ReturnType<typeof readBackup>;

function checkReferences(data: Omit<BackupData, 'settings'>): void {
  const unique = (kind: string, ids: string[]) => {
    const set = new Set(ids);
    if (set.size !== ids.length) throw new Error(`${kind} contains the same id twice`);
    return set;
  };
  const customers = unique('customers', data.customers.map((c) => c.id));
  const calls = unique('calls', data.calls.map((c) => c.id));
  unique('concerns', data.concerns.map((c) => c.id));
  unique('commitments', data.commitments.map((c) => c.id));
  unique('followUps', data.followUps.map((c) => c.id));
  const owned = [...data.concerns, ...data.commitments, ...data.calls, ...data.followUps];
  const orphan = owned.find((r) => r.customerId !== undefined && !customers.has(r.customerId));
  if (orphan) throw new Error(`record ${orphan.id} belongs to customer ${orphan.customerId}, who is not in the backup`);
  const lost = data.followUps.find((f) => f.callId !== undefined && !calls.has(f.callId));
  if (lost) throw new Error(`follow-up ${lost.id} belongs to call ${lost.callId}, which is not in the backup`);
}

export const countsOf = (data: Omit<BackupData, 'settings'>): RecordCounts => ({
  customers: data.customers.length,
  concerns: data.concerns.length,
  commitments: data.commitments.length,
  calls: data.calls.length,
  followUps: data.followUps.length,
});

/** Replaces everything with the backup, in one transaction. */
export async function restoreBackup(db: CallprepDatabase, json: string): Promise<RecordCounts> {
  const data = readBackup(json);
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    await db.customers.bulkAdd(data.customers);
    await db.concerns.bulkAdd(data.concerns);
    await db.commitments.bulkAdd(data.commitments);
    await db.calls.bulkAdd(data.calls);
    await db.followUps.bulkAdd(data.followUps);
    await db.settings.put({ key: 'settings', value: data.settings });
  });
  return countsOf(data);
}
