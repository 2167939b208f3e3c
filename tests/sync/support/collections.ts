/**
 * The team's shared address book and calendar on a test server, made the way a user's server UI
 * would (MKCOL, RFC 5689). Xandikos made its own at start (`--defaults`); Radicale starts empty.
 */
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
