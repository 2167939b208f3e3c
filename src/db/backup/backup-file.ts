/**
 * A backup is the whole database in dexie-export-import's JSON format, streamed table by table
 * into a Blob in chunks of rows (its slices are Blobs, so the browser may keep them on disk), one
 * read transaction for a consistent copy. No single string or message holds it: 115,712 customers
 * once broke the 64 MiB message limit (issue 9). Layout:
 * { "formatName": "dexie", "formatVersion": 1, "data": { "databaseName": "callprep",
 *   "databaseVersion": <schema version>, "tables": [{ "name", "schema", "rowCount" }…],
 *   "data": [{ "tableName": "customers", "inbound": true, "rows": [Customer…] }, …] } }
 * Rows are the records of src/shared/model.ts; customers without their derived search words;
 * settings as { "key": "settings", "value": Settings }. Backups of the first layout
 * ({ "format": "callprep-backup", "version": 1, … }) are still restored (./backup-reader.ts).
 */
import { exportDB } from 'dexie-export-import';
import { toCustomer } from '../customer-record.ts';
import type { CallprepDatabase, CustomerRow } from '../database.ts';
import { exportFileName } from '../export/notes-data.ts';
import type { SavedFile } from '../files/saved-file.ts';

/** Rows per chunk: a few MB of JSON each, so memory stays flat while the file grows. */
const ROWS_PER_CHUNK = 2_000;

export async function makeBackup(db: CallprepDatabase, now: number): Promise<SavedFile> {
  const exported = await exportDB(db, {
    numRowsPerChunk: ROWS_PER_CHUNK,
    // Sync's own bookkeeping belongs to the connection, not to the data (db/sync/sync-objects.ts).
    skipTables: ['outbox', 'syncObjects'],
    // Plain JSON values: an object a row holds twice would otherwise be written as a typeson "#"
    // reference, and a property set to undefined as a typeson type, neither of which a record is.
    transform: (table, value) => ({ value: JSON.parse(JSON.stringify(table === 'customers' ? toCustomer(value as CustomerRow) : value)) }),
  });
  return { filename: exportFileName('backup', 'json', now), blob: new Blob([exported], { type: 'application/json' }) };
}
