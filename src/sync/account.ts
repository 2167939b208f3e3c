/**
 * The team server Callprep syncs with, and the two collections the user picked. The password is an
 * app password the user made for Callprep on their server; it stays in the extension's own
 * IndexedDB (./account-store.ts), never in a message to a content script, an export or a backup.
 */
import { SyncProblemError } from './sync-problem.ts';
import { t } from '../shared/i18n/messages.ts';

export interface DavCredentials {
  /** What the user typed, e.g. "https://cloud.example.com/remote.php/dav" or "https://dav.example.com". */
  serverUrl: string;
  username: string;
  password: string;
}

export interface SyncAccount extends DavCredentials {
  /** The address book whose contacts are Callprep's customers. */
  addressBookUrl: string;
  addressBookName: string;
  /** The calendar that holds follow-ups (VTODO) and call notes (VJOURNAL). */
  calendarUrl: string;
  calendarName: string;
  connectedAt: number;
}

/** A collection found on the server, as the options page lists it. */
export interface DavCollection {
  url: string;
  name: string;
}

export interface Discovery {
  addressBooks: DavCollection[];
  /** Only calendars that accept to-dos (VTODO): follow-ups go there. */
  calendars: Array<DavCollection & { journals: boolean }>;
}

/**
 * The permission pattern for a server's origin, asked for at connect time
 * (manifest `optional_host_permissions`): the browser then lets the background reach that server.
 */
export function originPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The URL the user typed, checked and tidied: http(s) only, no credentials or fragment in it. */
export function normalizeServerUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new SyncProblemError('bad-url', t('sync_notAnAddress', input));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SyncProblemError('bad-url', t('sync_notHttps', url.protocol));
  if (url.username || url.password) throw new SyncProblemError('bad-url', t('sync_credentialsInUrl'));
  url.hash = '';
  return url.href;
}
