/**
 * Follow-ups ⇄ VTODO and calls ⇄ VJOURNAL: what a phone's reminders app and a calendar show, read
 * back into the same records, and other apps' properties kept as written.
 */
import { describe, expect, it } from 'vitest';
import { readVJournal, writeVJournal, type SyncedCall } from '../../src/sync/call-vjournal.ts';
import { readVTodo, writeVTodo, type SyncedFollowUp } from '../../src/sync/follow-up-vtodo.ts';

const NOW = Date.UTC(2026, 10, 26, 9, 30);
const FOLLOW_UP: SyncedFollowUp = { dueAt: Date.UTC(2026, 10, 27, 14, 0), status: 'pending', note: 'Send the quote; ask about seats, then call.', channel: 'phone', e164: '+494030901820' };
const CONTEXT = { uid: 'fu-1', customerName: 'Jürgen Müller', customerUid: '7F3A2C1B-0D4E', now: NOW };

describe('follow-up ⇄ VTODO', () => {
  it('writes DUE, STATUS, an alarm at the due time and the customer link, and reads them back', () => {
    const text = writeVTodo(FOLLOW_UP, CONTEXT);
    expect(text).toContain('BEGIN:VTODO\r\n');
    expect(text).toContain('DUE:20261127T140000Z\r\n');
    expect(text).toContain('STATUS:NEEDS-ACTION\r\n');
    expect(text).toContain('SUMMARY:Call Jürgen Müller (+494030901820)\r\n');
    expect(text).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:[^\r]+\r\nTRIGGER;RELATED=END:PT0S\r\nEND:VALARM\r\n/);
    expect(text).toContain('RELATED-TO;RELTYPE=X-CALLPREP-CUSTOMER:7F3A2C1B-0D4E\r\n');
    expect(readVTodo(text)).toEqual({ uid: 'fu-1', customerUid: '7F3A2C1B-0D4E', fields: FOLLOW_UP });
  });

  it('marking it done on the server side reads as done; done in Callprep writes COMPLETED and keeps the other app’s lines', () => {
    const fromPhone = writeVTodo(FOLLOW_UP, CONTEXT).replace('END:VTODO', 'PRIORITY:1\r\nX-APPLE-SORT-ORDER:771234\r\nEND:VTODO');
    const done = writeVTodo({ ...FOLLOW_UP, status: 'done' }, CONTEXT, fromPhone);
    expect(done).toContain('STATUS:COMPLETED\r\nCOMPLETED:20261126T093000Z\r\nPERCENT-COMPLETE:100\r\n');
    expect(done).toContain('PRIORITY:1\r\nX-APPLE-SORT-ORDER:771234\r\n');
    expect(done.split('\r\n').filter((l) => !fromPhone.split('\r\n').includes(l))).toEqual(['STATUS:COMPLETED', 'COMPLETED:20261126T093000Z', 'PERCENT-COMPLETE:100']);
    expect(readVTodo(done).fields.status).toBe('done');
  });

  it('reads a to-do a phone made with a local due time and a time zone', () => {
    const phone = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//iOS 18//EN',
      'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
      'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
      'END:VTIMEZONE',
      'BEGIN:VTODO', 'UID:phone-todo-1', 'DTSTAMP:20261126T080000Z', 'SUMMARY:Ring Jürgen', 'DUE;TZID=Europe/Berlin:20261127T150000', 'STATUS:NEEDS-ACTION', 'END:VTODO',
      'END:VCALENDAR', '',
    ].join('\r\n');
    expect(readVTodo(phone)).toEqual({ uid: 'phone-todo-1', fields: { dueAt: Date.UTC(2026, 10, 27, 14, 0), status: 'pending', note: '' } });
  });
});

const CALL: SyncedCall = {
  startedAt: Date.UTC(2026, 10, 26, 9, 0), endedAt: Date.UTC(2026, 10, 26, 9, 12), status: 'closed', outcome: 'connected',
  notes: 'Wants 40 seats, not 30.\nSend the revised quote.', e164: '+494030901820', ext: '204',
};

describe('call ⇄ VJOURNAL', () => {
  it('writes a dated journal entry with the notes and outcome other apps show, and reads the call back', () => {
    const text = writeVJournal(CALL, { uid: 'call-1', customerName: 'Jürgen Müller', customerUid: '7F3A2C1B-0D4E', now: NOW });
    expect(text).toContain('BEGIN:VJOURNAL\r\n');
    expect(text).toContain('DTSTART:20261126T090000Z\r\n');
    expect(text).toContain('STATUS:FINAL\r\n');
    // Long lines are folded at 75 octets (RFC 5545 §3.1).
    expect(text.replace(/\r\n /g, '')).toContain('DESCRIPTION:Outcome: talked.\\nWants 40 seats\\, not 30.\\nSend the revised quote.\r\n');
    expect(readVJournal(text)).toEqual({ uid: 'call-1', customerUid: '7F3A2C1B-0D4E', fields: CALL });
  });

  it('the reason for calling a do-not-call customer anyway travels as escaped TEXT and reads back whole', () => {
    const reason = 'He asked us to call, about the recall; urgent.\nSee ticket C:\\4711';
    const overridden: SyncedCall = { ...CALL, overrideReason: reason };
    const text = writeVJournal(overridden, { uid: 'call-3', customerUid: '7F3A2C1B-0D4E', now: NOW });
    expect(text.replace(/\r\n /g, '')).toContain('X-CALLPREP-OVERRIDE-REASON:He asked us to call\\, about the recall\\; urgent.\\nSee ticket C:\\\\4711\r\n');
    expect(readVJournal(text).fields).toEqual(overridden);
    // An entry from another app, or a call without an override, has none.
    expect(readVJournal(writeVJournal(CALL, { uid: 'call-1', now: NOW })).fields).not.toHaveProperty('overrideReason');
    // Given later (a colleague's copy without it), only that line is added.
    const without = writeVJournal(CALL, { uid: 'call-3', now: NOW });
    const added = writeVJournal(overridden, { uid: 'call-3', now: NOW }, without);
    expect(added.split('\r\n').filter((l) => !without.split('\r\n').includes(l)).join('').replace(/^ /gm, '')).toMatch(/^X-CALLPREP-OVERRIDE-REASON:/);
    expect(readVJournal(added).fields.overrideReason).toBe(reason);
  });

  it('an open call is a draft; closing it rewrites only what changed', () => {
    const open: SyncedCall = { startedAt: CALL.startedAt, status: 'open', notes: 'Wants 40 seats', e164: CALL.e164 };
    const first = writeVJournal(open, { uid: 'call-2', now: NOW }).replace('END:VJOURNAL', 'X-OTHER-APP:kept\r\nEND:VJOURNAL');
    expect(first).toContain('STATUS:DRAFT\r\n');
    const closed = writeVJournal({ ...open, status: 'closed', outcome: 'voicemail', endedAt: CALL.endedAt }, { uid: 'call-2', now: NOW }, first);
    expect(closed).toContain('X-OTHER-APP:kept\r\n');
    expect(closed).toContain('DTSTART:20261126T090000Z\r\n');
    expect(readVJournal(closed).fields).toEqual({ ...open, status: 'closed', outcome: 'voicemail', endedAt: CALL.endedAt });
  });
});
