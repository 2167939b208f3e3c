/**
 * Schema history. Never edit a shipped version: add the next one with its upgrade, and a test in
 * tests/db/versions.test.ts that opens a database written by the version before.
 */
import type { Dexie } from 'dexie';
import { searchWords } from './search-words.ts';

export const SCHEMA_V1 = {
  customers: 'id, name, company, *phoneKeys, *emails, updatedAt',
  concerns: 'id, customerId, status',
  commitments: 'id, customerId, dueAt',
  calls: 'id, customerId, e164, startedAt, status',
  followUps: 'id, customerId, callId, dueAt, status',
  settings: 'key',
};

/**
 * v2: customers are found by any word of their name or company (`searchWords`, multi-entry), which
 * replaces the `name` and `company` indexes (whole-string prefixes only): fewer index entries to
 * write per customer, which is most of an import's time.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  customers: 'id, *phoneKeys, *emails, *searchWords, updatedAt',
};

export function applyVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) =>
      tx
        .table('customers')
        .toCollection()
        .modify((row: { name?: string; company?: string; searchWords?: string[] }) => {
          row.searchWords = searchWords(row.name, row.company);
        }),
    );
}
