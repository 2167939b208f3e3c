/** What one sync run works with, and what it found to report. */
import type { CallprepDatabase } from '../db/database.ts';
import type { SyncedKind } from '../db/sync/outbox.ts';
import type { DavCollection } from './dav-collection.ts';

export interface SyncContext {
  db: CallprepDatabase;
  /** The country numbers without a country code are read with. */
  region: string;
  now: () => number;
  collections: { addressBook: DavCollection; calendar: DavCollection };
  /** Local records this run wrote (pulled, merged or deleted): open cards of them are told. */
  changed: Array<{ kind: SyncedKind; id: string }>;
  /** Server objects that could not become a record here, each with why (a to-do without a number…). */
  skipped: string[];
  pushed: number;
  pulled: number;
}

/** ETags compared as values: servers differ in quoting them and marking them weak. */
export const sameEtag = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.replace(/^W\//, '').replace(/"/g, '') === b.replace(/^W\//, '').replace(/"/g, '');
