/**
 * Sync with the team's CardDAV/CalDAV server (issue 11). Only the extension's own pages ask; the
 * password travels from the options page to the background once, at connect time, and no answer
 * ever carries it back.
 */
import * as v from 'valibot';
import { answer, message } from './define.ts';

const url = v.pipe(v.string('must be text'), v.maxLength(2000, 'must be at most 2,000 characters'));
const credentials = {
  serverUrl: url,
  username: v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'), v.maxLength(500, 'must be at most 500 characters')),
  password: v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'), v.maxLength(1000, 'must be at most 1,000 characters')),
};

export interface SyncCollectionView {
  url: string;
  name: string;
}

export interface SyncDiscoveryView {
  /** The address as tidied (https:// added when the user left it out). */
  serverUrl: string;
  addressBooks: SyncCollectionView[];
  calendars: Array<SyncCollectionView & { journals: boolean }>;
}

/** What the popup and the options page show about sync; never the password. */
export interface SyncStatusView {
  connected: boolean;
  serverUrl?: string;
  username?: string;
  /** The picked collections' names, as the server calls them. */
  addressBook?: string;
  calendar?: string;
  /** A sync is running now. */
  running: boolean;
  /** Local changes waiting to be sent (connected only). */
  pending?: number;
  lastSuccessAt?: number;
  lastAttemptAt?: number;
  /** Why the last attempt failed, in a sentence for the user; absent when it worked. */
  problem?: { code: string; message: string; at: number };
}

const CredentialsSchema = v.object(credentials);

export const syncMessages = {
  /** Finds the address books and calendars; the page asked for the server's origin just before. */
  'sync/discover': message('ui', CredentialsSchema, answer<SyncDiscoveryView>()),
  /** Keeps the account and the two collections picked, then runs a first sync in the background. */
  'sync/connect': message('ui', v.object({ ...credentials, addressBookUrl: url, calendarUrl: url }), answer<SyncStatusView>()),
  /** Forgets the account and what was synced; customers, calls and follow-ups stay. */
  'sync/disconnect': message('ui', v.object({}), answer<SyncStatusView>()),
  'sync/status': message('ui', v.object({}), answer<SyncStatusView>()),
  /** "Sync now": runs a sync (or waits for the one running) and answers how it went. */
  'sync/run': message('ui', v.object({}), answer<SyncStatusView>()),
};
