/**
 * Every row of a backup checked with the record schemas (shared/records/schemas.ts), the same ones
 * edits and imports are held to, and turned into the row the database stores. Whatever Callprep
 * stored passes here, so every state the app can reach round-trips through a backup.
 */
import type * as v from 'valibot';
import { ConcernSchema, CommitmentSchema, CallSchema, CustomerBackupSchema, FollowUpSchema } from '../../shared/records/schemas.ts';
import { parseOrThrow } from '../../shared/guard.ts';
import { migrateSettings, type Settings } from '../../shared/settings.ts';
import { GuardError } from '../../shared/guard.ts';
import { buildCustomer } from '../customer-record.ts';
import type { CustomerRow } from '../database.ts';
import type { BackupTable } from './backup-reader.ts';

const SCHEMAS = {
  concerns: ConcernSchema,
  commitments: CommitmentSchema,
  calls: CallSchema,
  followUps: FollowUpSchema,
} as const;

export type StoredRow<T extends BackupTable> = T extends 'customers'
  ? CustomerRow
  : T extends 'settings'
    ? { key: 'settings'; value: Settings }
    : T extends keyof typeof SCHEMAS
      ? v.InferOutput<(typeof SCHEMAS)[T]>
      : never;

const SETTINGS_ROW = { key: 'settings' } as const;

/** The stored row for a backup row, or a GuardError naming the field: "customers[3].phones[0].ext must be…". */
export function storedRow<T extends BackupTable>(table: T, row: unknown, index: number): StoredRow<T> {
  const path = `${table}[${index}]`;
  if (table === 'customers') {
    const c = parseOrThrow(CustomerBackupSchema, row, path);
    try {
      const customer = buildCustomer(c, c.id, c.createdAt, c.updatedAt);
      // The revision travels too: a card open on the customer compares it (shared/revision.ts).
      return (c.revision === undefined ? customer : { ...customer, revision: c.revision }) as StoredRow<T>;
    } catch (error) {
      if (error instanceof GuardError) throw new GuardError(`${path} (${c.id}): ${error.message}`);
      throw error;
    }
  }
  if (table === 'settings') {
    const key = (row as { key?: unknown } | null)?.key;
    if (key !== SETTINGS_ROW.key) throw new GuardError(`${path}.key must be "settings"`);
    // Settings are read as at every start: a value that is broken falls back to its default.
    return { ...SETTINGS_ROW, value: migrateSettings((row as { value?: unknown }).value) } as StoredRow<T>;
  }
  return parseOrThrow(SCHEMAS[table as keyof typeof SCHEMAS], row, path) as StoredRow<T>;
}
