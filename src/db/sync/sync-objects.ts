/**
 * What Callprep knows of each synced record's copy on the team server: its address, the ETag it
 * had and the text the server last sent. The text is the common base of a three-way merge and the
 * original a write patches (so other apps' lines stay byte for byte). Kept in the customer
 * database, so a record pulled from the server and its entry here are written in one transaction:
 * a worker stopped in between cannot leave a local record the next sync would push again as new.
 * Left out of backups (a restore starts the mapping afresh: each record's write then meets the
 * server's copy by its UID and is merged).
 */
import type { CallprepDatabase } from '../database.ts';
import type { SyncedKind } from './outbox.ts';

export interface SyncObjectRow {
  /** Same key as the outbox: "customer:<id>". */
  key: string;
  kind: SyncedKind;
  id: string;
  /** The object's full URL on the server. */
  url: string;
  /** The vCard/iCalendar UID (the record's id when Callprep made it). */
  uid: string;
  etag?: string;
  /** The object's text as the server last sent it (or as Callprep last wrote it and the server took). */
  text: string;
}

export const syncObjectByUrl = (db: CallprepDatabase, url: string): Promise<SyncObjectRow | undefined> => db.syncObjects.where('url').equals(url).first();
