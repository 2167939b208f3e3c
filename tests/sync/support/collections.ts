/**
 * The team's shared address book and calendar on a test server, made the way a user's server UI
 * would (MKCOL, RFC 5689). Xandikos made its own at start (`--defaults`); Radicale starts empty.
 */
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { DavServer, DavUser } from './servers.ts';

export interface TeamCollections {
  addressBookUrl: string;
  calendarUrl: string;
}

const basic = (user: DavUser) => `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;

const MKCOL_ADDRESS_BOOK = `<?xml version="1.0" encoding="utf-8"?>
<mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><set><prop>
<resourcetype><collection/><C:addressbook/></resourcetype><displayname>Team customers</displayname>
</prop></set></mkcol>`;

const MKCOL_CALENDAR = `<?xml version="1.0" encoding="utf-8"?>
<mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><set><prop>
<resourcetype><collection/><C:calendar/></resourcetype><displayname>Team follow-ups</displayname>
<C:supported-calendar-component-set><C:comp name="VTODO"/><C:comp name="VJOURNAL"/><C:comp name="VEVENT"/></C:supported-calendar-component-set>
</prop></set></mkcol>`;

async function mkcol(url: string, user: DavUser, body: string): Promise<void> {
  const answer = await fetch(url, { method: 'MKCOL', headers: { authorization: basic(user), 'content-type': 'application/xml; charset=utf-8' }, body });
  if (answer.status !== 201) throw new Error(`MKCOL ${url} answered ${answer.status}: ${await answer.text()}`);
}

export async function teamCollections(server: DavServer, owner: DavUser): Promise<TeamCollections> {
  const home = `${server.origin}${server.homePath(owner)}`;
  if (server.kind === 'xandikos') return { addressBookUrl: `${home}contacts/addressbook/`, calendarUrl: `${home}calendars/calendar/` };
  const collections = { addressBookUrl: `${home}team-customers/`, calendarUrl: `${home}team-follow-ups/` };
  await mkcol(collections.addressBookUrl, owner, MKCOL_ADDRESS_BOOK);
  await mkcol(collections.calendarUrl, owner, MKCOL_CALENDAR);
  return collections;
}

/**
 * The team collections shared with a colleague, as a server with sharing (Nextcloud, SOGo) puts a
 * shared address book and calendar in the sharee's own home, where discovery finds them. Radicale
 * has no sharing: a link in its store to the owner's collections does the same. Radicale only.
 */
export async function shareTeamCollections(server: DavServer, owner: DavUser, colleague: DavUser): Promise<TeamCollections> {
  if (server.kind !== 'radicale') throw new Error('Sharing is made in Radicale’s store only');
  const root = join(server.storeDir, 'collection-root');
  await mkdir(join(root, colleague.username), { recursive: true });
  for (const name of ['team-customers', 'team-follow-ups']) await symlink(join('..', owner.username, name), join(root, colleague.username, name));
  const home = `${server.origin}${server.homePath(colleague)}`;
  return { addressBookUrl: `${home}team-customers/`, calendarUrl: `${home}team-follow-ups/` };
}
