import ICAL from 'ical.js';
import Papa from 'papaparse';
import './page-globals.ts';
import { describe, expect, it } from 'vitest';
import { finishCall, startCall } from '../../src/db/calls.ts';
import { createCustomer } from '../../src/db/customers.ts';
import { exportNotes } from '../../src/db/export/export-notes.ts';
import { CSV_OPTIONS } from '../../src/db/export/notes-csv.ts';
import { T0, freshDb } from './fresh-db.ts';

async function seeded() {
  const db = freshDb();
  await createCustomer(db, { name: 'Ada, "the Countess"', company: '=HYPERLINK("x")', phones: [{ e164: '+12127368410', label: 'direct' }], doNotContact: { phone: { reason: 'Asked on 3 Nov', since: Date.UTC(2026, 10, 3, 12) } } }, T0);
  const a = await startCall(db, { e164: '+12127368410', ext: '204', overrideReason: 'She asked us to call back' }, T0);
  await finishCall(db, { callId: a.id, notes: 'Line one\nLine two, with comma', outcome: 'connected', followUp: { dueAt: T0 + 86_400_000, channel: 'email', note: 'send quote' } }, T0 + 125_000);
  const b = await startCall(db, { e164: '+442079460958' }, T0 + 1000);
  await finishCall(db, { callId: b.id, notes: '@mention -1', outcome: 'no-answer', followUp: null }, T0 + 1000);
  return db;
}

describe('export notes', () => {
  it('CSV: one row per call, BOM, CRLF, quoted notes, defused formulas', async () => {
    const file = await exportNotes(await seeded(), 'csv', T0);
    // Blob.text() would drop the BOM: read the bytes as they are saved.
    const content = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.blob.arrayBuffer());
    expect(file.filename).toMatch(/^callprep-notes-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(content.startsWith('\uFEFFDate,Customer,Company,Number,Duration')).toBe(true);
    expect(content.split('\r\n')).toHaveLength(4); // header, two calls, final CRLF
    const rows = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
    expect(rows[1]).toEqual([
      expect.stringMatching(/^2026-11-2\dT\d\d:\d\d$/), 'Ada, "the Countess"', `'=HYPERLINK("x")`, `'+12127368410 ext. 204`,
      '0:02:05', 'connected', 'Line one\nLine two, with comma', expect.stringMatching(/^2026-11-2\dT/), 'email',
      'phone since 2026-11-03: Asked on 3 Nov', 'She asked us to call back',
    ]);
    expect(rows[2]?.slice(4, 11)).toEqual(['0:00:00', 'no-answer', `'@mention -1`, '', '', '', '']);
  });

  it.each([
    ['=1+1', "'=1+1"], ['+1', "'+1"], ['-1', "'-1"], ['@SUM(A1)', "'@SUM(A1)"], ['\t=1', "'\t=1"], ['plain', 'plain'], ['', ''],
  ])('defuses %j as %j', (cell, out) => expect(Papa.parse<string[]>(Papa.unparse([[cell, 'x']], CSV_OPTIONS)).data[0]?.[0]).toBe(out));

  it('JSON: documented structure with every record', async () => {
    const file = await exportNotes(await seeded(), 'json', T0);
    const text = await file.blob.text();
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: 'callprep-notes', version: 1, exportedAt: new Date(T0).toISOString() });
    expect([doc.customers.length, doc.calls.length, doc.followUps.length]).toEqual([1, 2, 1]);
    expect(doc.customers[0]).not.toHaveProperty('searchWords');
    // The do-not-contact mark travels with the customer, the override with its call.
    expect(doc.customers[0].doNotContact).toEqual({ phone: { reason: 'Asked on 3 Nov', since: Date.UTC(2026, 10, 3, 12) } });
    expect(doc.calls[0].overrideReason).toBe('She asked us to call back');
    // Written in parts, yet the same document (and layout) as one JSON.stringify(doc, null, 2).
    expect(text).toBe(JSON.stringify(doc, null, 2));
  });

  it('JSON: lists every customer, page by page, also those without calls', async () => {
    const db = await seeded();
    const model = (await db.customers.toCollection().first())!;
    await db.customers.bulkAdd(Array.from({ length: 2_100 }, (_, i) => ({ ...model, id: `bulk-${String(i).padStart(5, '0')}` })));
    const doc = JSON.parse(await (await exportNotes(db, 'json', T0)).blob.text());
    expect(doc.customers).toHaveLength(2_101);
    expect(new Set(doc.customers.map((c: { id: string }) => c.id)).size).toBe(2_101);
  }, 30_000);

  it('ICS: pending follow-ups as events with a reminder', async () => {
    const file = await exportNotes(await seeded(), 'ics', T0);
    expect(file.blob.type).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await file.blob.text()));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe('Follow up: Ada, "the Countess"');
    expect(event.startDate.toJSDate().getTime()).toBe(T0 + 86_400_000);
    expect(event.description).toContain('send quote');
    expect(events[0]?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });
});
