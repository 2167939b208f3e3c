/**
 * Finds the user's address books and calendars on their server with tsdav: the well-known URLs
 * (RFC 6764), the current user's principal, and its address book and calendar home sets, whatever
 * address the user typed (the server's root, its DAV root, or a collection's own address).
 */
import { createDAVClient } from 'tsdav';
import type { DavCredentials, Discovery } from './account.ts';
import { toSyncProblem } from './sync-problem.ts';
import { t } from '../shared/i18n/messages.ts';

const nameOf = (displayName: unknown, url: string): string =>
  typeof displayName === 'string' && displayName.trim() ? displayName.trim() : decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? url);

export async function discover(credentials: DavCredentials, fetchImpl: typeof fetch = fetch): Promise<Discovery> {
  const connect = (defaultAccountType: 'carddav' | 'caldav') =>
    createDAVClient({
      serverUrl: credentials.serverUrl,
      credentials: { username: credentials.username, password: credentials.password },
      authMethod: 'Basic',
      defaultAccountType,
      fetch: fetchImpl,
    });
  try {
    const [contacts, calendars] = await Promise.all([connect('carddav'), connect('caldav')]);
    const [books, cals] = await Promise.all([contacts.fetchAddressBooks(), calendars.fetchCalendars()]);
    return {
      addressBooks: books.map((b) => ({ url: b.url, name: nameOf(b.displayName, b.url) })),
      calendars: cals
        // A server that does not say which components a calendar takes accepts all of them.
        .filter((c) => !c.components || c.components.includes('VTODO'))
        .map((c) => ({ url: c.url, name: nameOf(c.displayName, c.url), journals: !c.components || c.components.includes('VJOURNAL') })),
    };
  } catch (error) {
    throw toSyncProblem(error, t('sync_theServerAddress'));
  }
}
