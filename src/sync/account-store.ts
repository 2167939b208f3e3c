/**
 * Where the sync account and its state live: a small IndexedDB database of its own, apart from the
 * customer database. So the password is never in a backup or an export (those copy the customer
 * database), and, being the extension's own IndexedDB, no content script or page can read it
 * (storage.local is readable by content scripts in Firefox). Only the background opens it.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { SyncAccount } from './account.ts';
import type { SyncProblemCode } from './sync-problem.ts';

export interface SyncProblemRecord {
  code: SyncProblemCode;
  message: string;
  at: number;
}

/** The last sync's outcome, for the popup and the options page. */
export interface SyncRunState {
  lastSuccessAt?: number;
  lastAttemptAt?: number;
  /** Set while the last attempt failed; cleared by the next one that works. */
  problem?: SyncProblemRecord;
}

/** Per collection URL, the sync token (RFC 6578) the last completed pull ended with. */
export type SyncTokens = Record<string, string>;

interface Row {
  key: 'account' | 'run' | 'tokens';
  value: unknown;
}

export class SyncAccountDatabase extends Dexie {
  rows!: EntityTable<Row, 'key'>;

  constructor(name = 'callprep-sync-account') {
    super(name);
    this.version(1).stores({ rows: 'key' });
  }
}

export class AccountStore {
  constructor(private readonly db: SyncAccountDatabase = new SyncAccountDatabase()) {}

  async account(): Promise<SyncAccount | undefined> {
    return (await this.db.rows.get('account'))?.value as SyncAccount | undefined;
  }

  async runState(): Promise<SyncRunState> {
    return ((await this.db.rows.get('run'))?.value as SyncRunState | undefined) ?? {};
  }

  async tokens(): Promise<SyncTokens> {
    return ((await this.db.rows.get('tokens'))?.value as SyncTokens | undefined) ?? {};
  }

  /** Saved only once everything the token covers is stored locally, so a stopped pull asks again. */
  async saveToken(collectionUrl: string, token: string | undefined): Promise<void> {
    await this.db.transaction('rw', this.db.rows, async () => {
      const tokens = { ...(await this.tokens()) };
      if (token === undefined) delete tokens[collectionUrl];
      else tokens[collectionUrl] = token;
      await this.db.rows.put({ key: 'tokens', value: tokens });
    });
  }

  async connect(account: SyncAccount): Promise<void> {
    await this.db.transaction('rw', this.db.rows, async () => {
      await this.db.rows.put({ key: 'account', value: account });
      await this.db.rows.put({ key: 'run', value: {} });
      await this.db.rows.delete('tokens');
    });
  }

  async disconnect(): Promise<void> {
    await this.db.rows.clear();
  }

  async recordRun(update: (state: SyncRunState) => SyncRunState): Promise<SyncRunState> {
    return this.db.transaction('rw', this.db.rows, async () => {
      const next = update(await this.runState());
      await this.db.rows.put({ key: 'run', value: next });
      return next;
    });
  }
}
