/**
 * The one IndexedDB database. Opened only by the extension's own contexts (background, extension
 * pages), never by a content script. Every schema change is a new version in ./versions.ts.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Call, Commitment, Concern, Customer, FollowUp } from '../shared/model.ts';
import type { OutboxRow } from './sync/outbox.ts';
import type { SyncObjectRow } from './sync/sync-objects.ts';
import { applyVersions } from './versions.ts';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A customer as stored: the record plus the words it is searched by (never handed out). */
export type CustomerRow = Customer & { searchWords: string[] };

export class CallprepDatabase extends Dexie {
  customers!: EntityTable<CustomerRow, 'id'>;
  concerns!: EntityTable<Concern, 'id'>;
  commitments!: EntityTable<Commitment, 'id'>;
  calls!: EntityTable<Call, 'id'>;
  followUps!: EntityTable<FollowUp, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  /** Sync (issue 11): local changes waiting for the team server, and each record's server copy. */
  outbox!: EntityTable<OutboxRow, 'seq'>;
  syncObjects!: EntityTable<SyncObjectRow, 'key'>;

  constructor(name = 'callprep') {
    super(name);
    applyVersions(this);
  }
}

let instance: CallprepDatabase | undefined;

/** The shared database of this context, opened on first use. */
export function getDatabase(): CallprepDatabase {
  instance ??= new CallprepDatabase();
  return instance;
}
