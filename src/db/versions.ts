/**
 * Schema history. Never edit a shipped version: add the next one with its upgrade, and a test in
 * tests/db/versions.test.ts that opens a database written by the version before.
 */
import type { Dexie } from 'dexie';

export const SCHEMA_V1 = {
  customers: 'id, name, company, *phoneKeys, *emails, updatedAt',
  concerns: 'id, customerId, status',
  commitments: 'id, customerId, dueAt',
  calls: 'id, customerId, e164, startedAt, status',
  followUps: 'id, customerId, callId, dueAt, status',
  settings: 'key',
};

export function applyVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
}
