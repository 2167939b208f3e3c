/** Loads the demo customers (./sample-customers.ts); stable ids make a second load a no-op. */
import type { Table } from 'dexie';
import { SAMPLE_CUSTOMERS, sampleHistory } from './sample-customers.ts';
import type { RecordCounts } from '../shared/protocol/index.ts';
import { buildCustomer } from './customer-record.ts';
import type { CallprepDatabase } from './database.ts';

/** Adds the rows whose id is not stored yet: a second load must not undo what the user did with the samples. */
async function addMissing<T extends { id: string }>(table: Table<T, string>, rows: T[]): Promise<void> {
  const existing = await table.bulkGet(rows.map((r) => r.id));
  await table.bulkAdd(rows.filter((_, i) => existing[i] === undefined));
}

export async function loadSamples(db: CallprepDatabase, now: number): Promise<RecordCounts> {
  const customers = SAMPLE_CUSTOMERS.map((s) => buildCustomer(s.draft, s.id, now, now));
  const history = SAMPLE_CUSTOMERS.map((s) => sampleHistory(s, now));
  const concerns = history.flatMap((h) => h.concerns);
  const commitments = history.flatMap((h) => h.commitments);
  const calls = history.flatMap((h) => h.calls);
  const followUps = history.flatMap((h) => h.followUps);
  await db.transaction('rw', [db.customers, db.concerns, db.commitments, db.calls, db.followUps], async () => {
    await addMissing(db.customers as Table<(typeof customers)[number], string>, customers);
    await addMissing(db.concerns as Table<(typeof concerns)[number], string>, concerns);
    await addMissing(db.commitments as Table<(typeof commitments)[number], string>, commitments);
    await addMissing(db.calls as Table<(typeof calls)[number], string>, calls);
    await addMissing(db.followUps as Table<(typeof followUps)[number], string>, followUps);
  });
  return { customers: customers.length, concerns: concerns.length, commitments: commitments.length, calls: calls.length, followUps: followUps.length };
}
