/**
 * Restore replaces everything with a backup, or changes nothing and says what is wrong with it.
 * Pass 1 reads the whole file and checks every row (./backup-check.ts) without touching the
 * database. Pass 2 reads it again inside ONE read-write transaction over every table: it clears
 * them and adds the rows slice by slice, so a failure at any point (a disk full, a file changed
 * since pass 1) rolls everything back. Reading a slice is not IndexedDB work, so it is wrapped in
 * Dexie.waitFor, which keeps the transaction alive meanwhile (as dexie-export-import's own import
 * does in a page); the rows themselves are never all in memory.
 */
import { Dexie } from 'dexie';
import { GuardError } from '../../shared/guard.ts';
import type { RecordCounts } from '../../shared/protocol/index.ts';
import type { CallprepDatabase } from '../database.ts';
import { Refusal } from '../errors.ts';
import { SCHEMA_VERSION } from '../versions.ts';
import { readBackup, type BackupLayout, type BackupTable } from './backup-reader.ts';
import { BackupCheck } from './backup-check.ts';
import { storedRow } from './backup-rows.ts';
import { t } from '../../shared/i18n/messages.ts';

function checkVersion({ layout, version }: BackupLayout): void {
  const newest = layout === 'dexie' ? SCHEMA_VERSION : 1;
  if (!Number.isInteger(version) || version < 1) throw new Refusal(t('refuse_notBackup'));
  if (version > newest) throw new Refusal(t('refuse_newerBackup'));
}

/** Pass 1: reads and checks everything; throws a Refusal naming the first problem. */
export async function checkBackup(file: Blob): Promise<RecordCounts> {
  const check = new BackupCheck();
  try {
    checkVersion(await readBackup(file, (table, rows) => rows.forEach((row) => check.add(table, row))));
    return check.finish();
  } catch (error) {
    // A Refusal already says what is wrong with the file; a GuardError names a field of a row.
    if (error instanceof GuardError && !(error instanceof Refusal)) throw new Refusal(t('refuse_damagedBackup', error.message));
    throw error;
  }
}

export async function restoreBackup(db: CallprepDatabase, file: Blob): Promise<RecordCounts> {
  const expected = await checkBackup(file);
  const written = new Map<BackupTable, number>();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    await readBackup(
      file,
      async (table, rows) => {
        const start = written.get(table) ?? 0;
        written.set(table, start + rows.length);
        await db.table(table).bulkAdd(rows.map((row, i) => storedRow(table, row, start + i)));
      },
      (slice) => Dexie.waitFor(slice.arrayBuffer()),
    );
    const changed = (Object.keys(expected) as Array<keyof RecordCounts>).find((t) => (written.get(t) ?? 0) !== expected[t]);
    if (changed) throw new Refusal(t('refuse_backupChanged'));
  });
  return expected;
}
