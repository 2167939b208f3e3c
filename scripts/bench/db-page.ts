/**
 * Browser side of the database benchmark (bundled by scripts/bench/db.ts, run in headless Chromium and Firefox):
 * the real data-layer code against the browser's real IndexedDB.
 */
import { CallprepDatabase } from '../../src/db/database.ts';
import { buildCustomer } from '../../src/db/customer-record.ts';
import { lookupNumber } from '../../src/db/customer-file.ts';
import { commitImport, previewImport } from '../../src/db/import/import-contacts.ts';
import { readImportFile } from '../../src/db/import/read-import-file.ts';
import { rowToDraft } from '../../src/db/import/row-to-draft.ts';

/** 100,000 distinct valid New York numbers: (212) 300-0000 upwards. */
const numberFor = (i: number) => `+1212${300 + Math.floor(i / 10_000)}${String(i % 10_000).padStart(4, '0')}`;
const national = (i: number) => `(212) ${300 + Math.floor(i / 10_000)}-${String(i % 10_000).padStart(4, '0')}`;

async function freshDb(name: string): Promise<CallprepDatabase> {
  const db = new CallprepDatabase(name);
  await db.delete();
  await db.open();
  return db;
}

const now = Date.now();
let seeded: CallprepDatabase | undefined;

async function seed(count: number): Promise<number> {
  seeded = await freshDb('bench-seed');
  const started = performance.now();
  for (let from = 0; from < count; from += 10_000) {
    const rows = [];
    for (let i = from; i < Math.min(count, from + 10_000); i++) {
      rows.push(buildCustomer({ name: `Customer ${i}`, company: `Company ${i % 997}`, phones: [{ e164: numberFor(i), label: 'direct' }] }, `c${i}`, now, now));
    }
    await seeded.customers.bulkPut(rows);
  }
  return performance.now() - started;
}

/** The card's lookup (customers on the number with their files, and any open call), one after another. */
async function lookups(count: number, of: number): Promise<number[]> {
  if (!seeded) throw new Error('seed first');
  const times: number[] = [];
  for (let k = 0; k < count; k++) {
    const e164 = numberFor(Math.floor(Math.random() * of));
    const started = performance.now();
    const found = await lookupNumber(seeded, e164);
    times.push(performance.now() - started);
    if (found.matches.length !== 1) throw new Error(`lookup of ${e164} found ${found.matches.length}`);
  }
  return times;
}

function hubspotCsv(rows: number): string {
  const lines = ['Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title'];
  for (let i = 0; i < rows; i++) lines.push(`${i},First${i},"Last, ${i}",person${i}@example.com,${national(i)},Company ${i % 997},Buyer`);
  return lines.join('\r\n');
}

async function importCsv(rows: number): Promise<{ seconds: number; parseSeconds: number; imported: number; megabytes: number }> {
  const db = await freshDb('bench-import');
  const content = hubspotCsv(rows);
  const { mapping } = previewImport('hubspot.csv', content, 'US');
  // The same reading and mapping the import does, without the database: how much of it is IndexedDB.
  const parseStarted = performance.now();
  const columns = new Map(Object.entries(mapping));
  readImportFile('hubspot.csv', content).rows.forEach((row) => rowToDraft(row, columns, 'US'));
  const parseSeconds = (performance.now() - parseStarted) / 1000;
  const started = performance.now();
  const report = await commitImport(db, { fileName: 'hubspot.csv', content, mapping }, 'US', now);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { seconds, parseSeconds, imported: report.imported, megabytes: content.length / 1e6 };
}

Object.assign(globalThis, { callprepBench: { seed, lookups, importCsv } });
