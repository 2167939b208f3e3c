/**
 * Schema history. Never edit a shipped version: add the next one with its upgrade, and a test in
 * tests/db/versions.test.ts that opens a database written by the version before.
 */
import type { Dexie, Transaction } from 'dexie';
import { GuardError } from '../shared/guard.ts';
import { t } from '../shared/i18n/messages.ts';
import { fitDraft } from './customer-fit.ts';
import { buildCustomer, toCustomer } from './customer-record.ts';
import type { CustomerRow } from './database.ts';
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

/** The newest version; a backup records it, and one made by a newer Callprep is refused. */
export const SCHEMA_VERSION = 5;

/**
 * v3 (issue 9): every customer fits the limits (shared/records/limits.ts). Earlier imports could
 * store more e-mails, tags or longer values than edits and restores accept, so a backup of them
 * could not be restored and the card could not save them. Whatever does not fit is not thrown
 * away: it is appended to the customer's notes, where the user can see and move it.
 */
function fitStoredCustomers(tx: Transaction) {
  return tx
    .table('customers')
    .toCollection()
    .modify((row: CustomerRow, ref: { value: CustomerRow }) => {
      const { draft, changes, leftOut } = fitDraft(toCustomer(row));
      if (changes.length === 0) return;
      // In the language of the browser at the upgrade: the notes are the user's own text, read in that language.
      const kept = leftOut.length > 0 ? t('keptWhenLimited', leftOut.join(', ')) : '';
      console.warn(`Callprep: customer ${row.id} fitted to the limits: ${changes.join('; ')}`);
      const notes = [draft.notes, kept].filter(Boolean).join('\n\n');
      try {
        ref.value = buildCustomer({ ...draft, ...(notes ? { notes } : {}) }, row.id, row.createdAt, row.updatedAt);
      } catch (error) {
        // A record no fit can repair stays as it was: an upgrade that throws would lock the user out of all data.
        if (!(error instanceof GuardError)) throw error;
        console.error(`Callprep: customer ${row.id} could not be fitted to the limits`, error);
      }
    });
}

/**
 * v5 (issue 11): the sync outbox (local changes not yet on the team server, written in the same
 * transaction as the change: db/sync/outbox.ts) and what is known of each record's copy on the
 * server (db/sync/sync-objects.ts). Neither is part of a backup. Nothing to upgrade: both start
 * empty, and the first sync after connecting sends whatever the server does not have.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V2,
  outbox: '++seq, key',
  syncObjects: 'key, &url, uid',
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
  db.version(3).stores(SCHEMA_V2).upgrade(fitStoredCustomers);
  // v4 (issue 13): customers may carry do-not-contact marks and personal notes, calls an override
  // reason. No index and no stored row changes, so no upgrade; the version is raised so that an
  // older Callprep refuses a backup with these fields instead of dropping a "do not call" unseen.
  db.version(4).stores(SCHEMA_V2);
  db.version(5).stores(SCHEMA_V5);
}
