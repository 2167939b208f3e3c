/**
 * The core round trip against both real servers: Callprep writes a customer, a colleague's phone
 * changes the same contact, Callprep's stale write is refused (412) instead of overwriting it, the
 * merged write keeps both notes and changes nothing but the note in the text the server sent; follow-ups and calls go
 * to the calendar as VTODO and VJOURNAL; changes and deletions are found with the sync token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerDraft } from '../../src/shared/model.ts';
import { mergeText } from '../../src/shared/text-merge.ts';
import { readVJournal, writeVJournal } from '../../src/sync/call-vjournal.ts';
import { readVCard, writeVCard } from '../../src/sync/customer-vcard.ts';
import { DavCollection } from '../../src/sync/dav-collection.ts';
import { readVTodo, writeVTodo } from '../../src/sync/follow-up-vtodo.ts';
import { HttpStatusError } from '../../src/sync/sync-problem.ts';
import { teamCollections, type TeamCollections } from './support/collections.ts';
import { SERVER_KINDS, SERVER_START_MS, startServer, USERS, type DavServer } from './support/servers.ts';

const NOW = Date.UTC(2026, 10, 26, 9, 30);
const PHOTO = ['PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGBwkIBwcHBwgJ', ' CwkJCgoKCgoLDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAz/wAALCAABAAEBAREA/8QAFAABAAAAAAAA'].join('\r\n');

// Several requests to a real server per test, on a shared 2-core machine: more than Vitest's 5 s default.
describe.each(SERVER_KINDS)('round trip on %s', { timeout: 30_000 }, (kind) => {
  let server: DavServer;
  let team: TeamCollections;
  let book: DavCollection;
  let calendar: DavCollection;
  beforeAll(async () => {
    server = await startServer(kind);
    team = await teamCollections(server, USERS.alice);
    book = new DavCollection(team.addressBookUrl, USERS.alice, 'vcard');
    calendar = new DavCollection(team.calendarUrl, USERS.alice, 'ical');
  }, SERVER_START_MS);
  afterAll(() => server.remove());

  it('every X-CALLPREP- field comes back as written, though the server rewrites the lines (Radicale escapes and re-splits them)', async () => {
    const draft: CustomerDraft = {
      name: 'Jürgen Müller',
      phones: [{ e164: '+4915112345678', label: 'mobile', doNotContact: { sms: { reason: 'Work phone; no texts, ever', since: NOW - 86_400_000 } } }],
      emails: ['jm@example.org'],
      tags: [],
      products: ['Pumps', 'Service plan'],
      serviceLevel: 'Gold; 24h',
      personalNotes: 'Back from holiday 3 Dec; daughter\'s wedding, in May.\nLikes sailing.',
      doNotContact: { email: { reason: 'No newsletters, asked; twice', since: NOW } },
      preferences: { channels: ['phone', 'sms'], bestDays: [2, 3, 4], bestWindows: [{ start: '09:00', end: '11:00' }, { start: '14:00', end: '16:00' }], worstWindows: [], retryAfterHours: 24, headsUp: true },
    };
    const url = book.urlFor('cp-customer-x');
    await book.create(url, writeVCard(draft, { uid: 'cp-customer-x', region: 'DE' }));
    const stored = await book.get(url);
    expect(readVCard(stored?.data ?? '', 'DE').draft).toEqual(draft);
    // What the server sends back reads as what was written: nothing to send again.
    expect(writeVCard(draft, { uid: 'cp-customer-x', region: 'DE', original: stored?.data ?? '' })).toBe(stored?.data);
  });

  it('a colleague’s change is never overwritten: 412, merge, both notes kept, the phone’s photo and fields untouched', async () => {
    const start = await book.changes(undefined);
    const draft = { name: 'Ngozi Okafor', company: 'Lagos Freight Ltd', emails: ['ngozi@lagosfreight.example'], phones: [{ e164: '+2348031234567', label: 'mobile' as const }], notes: 'Wants a quote for 40 seats.' };
    const url = book.urlFor('cp-customer-1');
    const firstEtag = await book.create(url, writeVCard(draft, { uid: 'cp-customer-1', region: 'DE' }));
    const sent = await book.get(url);
    expect(sent && readVCard(sent.data, 'DE').draft).toMatchObject(draft);

    // Bob's phone adds a photo and its own note line, writing over Callprep's version.
    const onPhone = (sent?.data ?? '').replace('END:VCARD', `${PHOTO}\r\nX-PHONE-RINGTONE:marimba\r\nEND:VCARD`).replace(/NOTE:[^\r]*/, 'NOTE:Wants a quote for 40 seats. Call before Friday.');
    await new DavCollection(team.addressBookUrl, USERS.bob, 'vcard').update(url, onPhone, sent?.etag);

    const changed = await book.changes(start.syncToken);
    expect(changed.changed.map((c) => c.url)).toContain(url);

    // Callprep, meanwhile offline, edits the note from the version it knew: its write is refused.
    const ours = { ...draft, notes: 'Wants a quote for 40 seats, delivery in March.' };
    const stale = book.update(url, writeVCard(ours, { uid: 'cp-customer-1', region: 'DE', original: sent?.data }), firstEtag);
    await expect(stale).rejects.toBeInstanceOf(HttpStatusError);
    await expect(stale).rejects.toMatchObject({ status: 412 });

    // Fetch, merge field by field (notes three-way), write against the new ETag.
    const theirs = await book.get(url);
    const theirDraft = readVCard(theirs?.data ?? '', 'DE').draft;
    const merged = { ...theirDraft, notes: mergeText(draft.notes, theirDraft.notes ?? '', ours.notes) };
    expect(merged.notes).toContain('Call before Friday');
    expect(merged.notes).toContain('delivery in March');
    const body = writeVCard(merged, { uid: 'cp-customer-1', region: 'DE', original: theirs?.data });
    await book.update(url, body, theirs?.etag);

    // What Callprep sent differs from the server's text in the note alone. (Radicale stores contacts
    // in its own serialization, sorted and unfolded, so the comparison is with what it sent us.)
    const [was, now] = [(theirs?.data ?? '').split(/\r?\n/), body.split(/\r?\n/)];
    expect(now.filter((l) => !was.includes(l))).toEqual([expect.stringMatching(/^NOTE:/)]);
    expect(was.filter((l) => !now.includes(l))).toEqual([expect.stringMatching(/^NOTE:/)]);
    const stored = ((await book.get(url))?.data ?? '').replace(/\r?\n[ \t]/g, '');
    expect(stored).toContain(PHOTO.replace(/\r\n /g, ''));
    expect(stored).toContain('X-PHONE-RINGTONE:marimba');
    expect(readVCard(stored, 'DE').draft.notes).toBe(merged.notes);
  });

  it('a follow-up is a VTODO and a call a VJOURNAL on the server, read back as they were', async () => {
    const followUp = { dueAt: Date.UTC(2026, 10, 27, 14, 0), status: 'pending' as const, note: 'Send the revised quote', channel: 'phone' as const, e164: '+2348031234567' };
    const todoUrl = calendar.urlFor('cp-fu-1');
    await calendar.create(todoUrl, writeVTodo(followUp, { uid: 'cp-fu-1', customerName: 'Ngozi Okafor', customerUid: 'cp-customer-1', now: NOW }));
    expect(readVTodo((await calendar.get(todoUrl))?.data ?? '')).toEqual({ uid: 'cp-fu-1', customerUid: 'cp-customer-1', fields: followUp });

    const call = { startedAt: NOW - 15 * 60_000, endedAt: NOW, status: 'closed' as const, outcome: 'connected' as const, notes: 'Agreed: quote by Friday.', e164: '+2348031234567', overrideReason: 'She asked us to call back, today; about the recall' };
    const journalUrl = calendar.urlFor('cp-call-1');
    await calendar.create(journalUrl, writeVJournal(call, { uid: 'cp-call-1', customerName: 'Ngozi Okafor', customerUid: 'cp-customer-1', now: NOW }));
    expect(readVJournal((await calendar.get(journalUrl))?.data ?? '').fields).toEqual(call);
  });

  it('a deletion is found with the sync token; creating over an existing object is refused', async () => {
    const url = book.urlFor('cp-customer-2');
    await book.create(url, writeVCard({ name: 'Ana Lima', phones: [{ e164: '+551134567890', label: 'direct' }] }, { uid: 'cp-customer-2', region: 'BR' }));
    await expect(book.create(url, writeVCard({ name: 'Someone else' }, { uid: 'cp-customer-2', region: 'BR' }))).rejects.toMatchObject({ status: 412 });
    const before = await book.changes(undefined);
    expect(before.syncToken).toBeTruthy();
    const etag = before.changed.find((c) => c.url === url)?.etag;
    await book.remove(url, etag);
    const after = await book.changes(before.syncToken);
    expect(after.deleted).toEqual([url]);
    expect((await book.list()).map((o) => o.url)).not.toContain(url);
  });
});
