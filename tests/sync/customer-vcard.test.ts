/**
 * Customer ⇄ vCard: what a contacts app shows is what the card shows, and Callprep's writes leave
 * what other apps wrote exactly as they wrote it.
 */
import { describe, expect, it } from 'vitest';
import { readVCard, writeVCard } from '../../src/sync/customer-vcard.ts';
import type { CustomerDraft } from '../../src/shared/model.ts';

const FULL: CustomerDraft = {
  name: 'Jürgen Müller',
  company: 'Müller & Söhne; Hamburg',
  title: 'Head of purchasing',
  emails: ['j.mueller@mueller-soehne.de', 'jm@example.org'],
  phones: [
    { e164: '+494030901820', label: 'direct', ext: '204' },
    {
      e164: '+4915112345678',
      label: 'mobile',
      doNotContact: { phone: { reason: 'Private mobile; only texts', since: Date.UTC(2026, 9, 1, 8, 0, 0, 250) }, sms: { reason: '', since: Date.UTC(2026, 9, 2) } },
    },
    { e164: '+494030901800', label: 'switchboard' },
    { e164: '+494030901899', label: 'fax' },
  ],
  timeZone: 'Europe/Berlin',
  tags: ['VIP', 'Region, North'],
  notes: 'Prefers calls after lunch.\nAsked about the 2027 pricing; send it by Friday.',
  personalNotes: 'Back from holiday 3 Dec; daughter\'s wedding in May, ask how it went.\nLikes: sailing, Bach \\ Brahms',
  doNotContact: { email: { reason: 'Asked on the phone, 3 Nov: "no more newsletters"', since: Date.UTC(2026, 10, 3, 9, 12) } },
  products: ['Pumps', 'Service plan'],
  serviceLevel: 'Gold',
  preferences: {
    channels: ['phone', 'email'],
    bestDays: [2, 3, 4],
    bestWindows: [{ start: '13:30', end: '16:00' }],
    worstWindows: [{ start: '12:00', end: '13:30' }],
    retryAfterHours: 24,
    headsUp: true,
  },
};

/** A contact as an iPhone writes one: a photo, an address, grouped labels, its own X- fields. */
const FROM_PHONE = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 18.1//EN',
  'N:Okafor;Ngozi;;;',
  'FN:Ngozi Okafor',
  'ORG:Lagos Freight Ltd;Operations',
  'TITLE:Operations manager',
  'EMAIL;type=INTERNET;type=WORK;type=pref:ngozi@lagosfreight.example',
  'TEL;type=CELL;type=VOICE;type=pref:+234 803 123 4567',
  'item1.TEL:+44 20 7946 0958',
  'item1.X-ABLabel:London office',
  'TEL;type=WORK:call reception first',
  'item2.ADR;type=WORK;type=pref:;;12 Marina Road;Lagos;;101001;Nigeria',
  'item2.X-ABADR:ng',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGBwkIBwcHBwgJ',
  ' CwkJCgoKCgoLDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAz/wAALCAABAAEBAREA/8QAFAABAAAAAAAA',
  'X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/ngozi-okafor',
  'NOTE:Met at the Hamburg fair\\, booth 12.',
  'UID:7F3A2C1B-0D4E-4F5A-9B8C-1D2E3F4A5B6C',
  'END:VCARD',
  '',
].join('\r\n');

describe('customer ⇄ vCard', () => {
  it('round-trips every field Callprep keeps', () => {
    const written = writeVCard(FULL, { uid: 'cp-1', region: 'DE' });
    expect(written).toMatch(/^BEGIN:VCARD\r\nVERSION:3.0\r\n/);
    expect(written).toContain('TEL;TYPE=work,voice:+494030901820 ext. 204\r\n');
    expect(written).toContain('TZ;VALUE=TEXT:Europe/Berlin\r\n');
    expect(readVCard(written, 'DE')).toEqual({ uid: 'cp-1', draft: FULL });
  });

  it('reads a contact made on a phone: labels, numbers in local and international form, notes', () => {
    const { uid, draft } = readVCard(FROM_PHONE, 'DE');
    expect(uid).toBe('7F3A2C1B-0D4E-4F5A-9B8C-1D2E3F4A5B6C');
    expect(draft).toMatchObject({
      name: 'Ngozi Okafor',
      company: 'Lagos Freight Ltd',
      title: 'Operations manager',
      emails: ['ngozi@lagosfreight.example'],
      phones: [{ e164: '+2348031234567', label: 'mobile' }, { e164: '+442079460958', label: 'other' }],
      notes: 'Met at the Hamburg fair, booth 12.',
      tags: [],
    });
    expect(draft.preferences).toBeUndefined();
  });

  it('reads vCard 4 numbers written as tel: URIs with their extension', () => {
    const v4 = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Lima\r\nTEL;VALUE=uri;TYPE="work,voice":tel:+55-11-3456-7890;ext=31\r\nEND:VCARD\r\n';
    expect(readVCard(v4, 'US').draft.phones).toEqual([{ e164: '+551134567890', ext: '31', label: 'direct' }]);
  });

  it('changes only the properties of the fields that changed: the rest stays byte for byte', () => {
    const { draft } = readVCard(FROM_PHONE, 'DE');
    const written = writeVCard({ ...draft, notes: `${draft.notes ?? ''}\nCalled: wants a quote.` }, { uid: 'unused', region: 'DE', original: FROM_PHONE });
    const before = FROM_PHONE.split('\r\n');
    const after = written.split('\r\n');
    expect(after.filter((l) => !before.includes(l))).toEqual(['NOTE:Met at the Hamburg fair\\, booth 12.\\nCalled: wants a quote.']);
    expect(before.filter((l) => !after.includes(l))).toEqual(['NOTE:Met at the Hamburg fair\\, booth 12.']);
    expect(after.indexOf('NOTE:Met at the Hamburg fair\\, booth 12.\\nCalled: wants a quote.')).toBe(before.indexOf('NOTE:Met at the Hamburg fair\\, booth 12.'));
  });

  it('writes nothing new when nothing changed', () => {
    const { draft } = readVCard(FROM_PHONE, 'DE');
    expect(writeVCard(draft, { uid: 'unused', region: 'DE', original: FROM_PHONE })).toBe(FROM_PHONE);
  });

  it('rewriting the numbers keeps a number Callprep cannot read, and every other app’s field', () => {
    const { draft } = readVCard(FROM_PHONE, 'DE');
    const written = writeVCard({ ...draft, phones: [{ e164: '+2348031234567', label: 'mobile', ext: '9' }] }, { uid: 'unused', region: 'DE', original: FROM_PHONE });
    expect(written).toContain('TEL;type=WORK:call reception first\r\n');
    expect(written).not.toContain('+44 20 7946 0958');
    expect(written).not.toContain('London office');
    for (const kept of FROM_PHONE.split('\r\n').filter((l) => /^(item2\.|PHOTO| CwkJ|X-SOCIALPROFILE|UID|PRODID|N:|FN:|ORG:|EMAIL)/.test(l))) expect(written).toContain(`${kept}\r\n`);
    expect(readVCard(written, 'DE').draft.phones).toEqual([{ e164: '+2348031234567', label: 'mobile', ext: '9' }]);
  });

  it('adds contact preferences as X- properties that other apps keep', () => {
    const { draft } = readVCard(FROM_PHONE, 'DE');
    const written = writeVCard({ ...draft, preferences: FULL.preferences }, { uid: 'unused', region: 'DE', original: FROM_PHONE });
    expect(written).toContain('X-CALLPREP-BEST-HOURS:13:30-16:00\r\n');
    expect(written.indexOf('X-CALLPREP-CHANNELS')).toBeLessThan(written.indexOf('END:VCARD'));
    expect(readVCard(written, 'DE').draft.preferences).toEqual(FULL.preferences);
  });

  it('writes personal notes, do-not-contact marks and the heads-up wish as X- properties a contacts app shows as text', () => {
    const written = writeVCard(FULL, { uid: 'cp-1', region: 'DE' });
    expect(written.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const lines = written.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('X-CALLPREP-DO-NOT-EMAIL:2026-11-03T09:12:00.000Z\\;Asked on the phone\\, 3 Nov: "no more newsletters"');
    expect(lines).toContain('X-CALLPREP-NUMBER-DO-NOT-CALL:+4915112345678\\;2026-10-01T08:00:00.250Z\\;Private mobile\\; only texts');
    expect(lines).toContain('X-CALLPREP-NUMBER-DO-NOT-TEXT:+4915112345678\\;2026-10-02T00:00:00.000Z\\;');
    expect(lines).toContain('X-CALLPREP-CHANNELS:phone\\,email');
    expect(lines).toContain('X-CALLPREP-HEADS-UP:TRUE');
    expect(lines).toContain("X-CALLPREP-PERSONAL-NOTES:Back from holiday 3 Dec\\; daughter's wedding in May\\, ask how it went.\\nLikes: sailing\\, Bach \\\\ Brahms");
  });

  it('the new fields survive a contacts app that keeps X- properties but reorders and refolds them', () => {
    const written = writeVCard(FULL, { uid: 'cp-1', region: 'DE' });
    const unfolded = written.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
    const ours = unfolded.filter((l) => l.startsWith('X-CALLPREP-'));
    const byPhone = [...unfolded.filter((l) => !l.startsWith('X-CALLPREP-') && l !== 'END:VCARD'), 'X-ABSHOWAS:COMPANY', ...ours.reverse(), 'END:VCARD', ''].join('\n');
    expect(readVCard(byPhone, 'DE').draft).toEqual(FULL);
  });

  it('a colleague lifting a mark or clearing personal notes on the server rewrites only those lines', () => {
    const original = writeVCard(FULL, { uid: 'cp-1', region: 'DE' });
    const { doNotContact: _lifted, personalNotes: _cleared, ...rest } = FULL;
    const phones = FULL.phones?.map(({ doNotContact: _mark, ...phone }) => phone);
    const written = writeVCard({ ...rest, phones }, { uid: 'cp-1', region: 'DE', original });
    expect(written).not.toMatch(/DO-NOT|PERSONAL-NOTES/);
    expect(readVCard(written, 'DE').draft).toEqual({ ...rest, phones });
    expect(written.split('\r\n').filter((l) => !original.split('\r\n').includes(l))).toEqual([]);
  });

  it('a do-not-contact mark another app wrote without a date still closes the channel; one for a number the contact no longer has is dropped', () => {
    const v = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nTEL;TYPE=CELL:+55 11 98765 4321\r\nX-CALLPREP-DO-NOT-CALL:asked not to\r\nX-CALLPREP-NUMBER-DO-NOT-TEXT:+15550000000;2026-01-01T00:00:00.000Z;gone\r\nEND:VCARD\r\n';
    const { draft } = readVCard(v, 'BR');
    expect(draft.doNotContact).toEqual({ phone: { since: 0, reason: 'asked not to' } });
    expect(draft.phones).toEqual([{ e164: '+5511987654321', label: 'mobile' }]);
  });

  it('refuses text that is not a vCard', () => {
    expect(() => readVCard('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'DE')).toThrow(/Not a vCard/);
  });
});
