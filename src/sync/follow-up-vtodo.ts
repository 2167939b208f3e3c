/**
 * A follow-up is a VTODO in the team calendar: DUE, STATUS and an alarm at the due time, so the
 * user's phone reminds too. The customer it is for is named in the summary and linked by
 * RELATED-TO (the customer's vCard UID); the number and channel travel as X-CALLPREP- properties.
 * Properties other apps add (PRIORITY, CATEGORIES, their alarms) stay byte for byte.
 */
import type { FollowUp } from '../shared/model.ts';
import { CHANNELS, type Channel } from '../shared/model.ts';
import { icalLine, newCalendarObject, parseCalendar, patchCalendarObject, textOf, timeOf, utc, type JCalProperty } from './ical-text.ts';

/** The follow-up fields a VTODO carries. */
export type SyncedFollowUp = Pick<FollowUp, 'dueAt' | 'status' | 'note' | 'channel' | 'e164'>;

export interface FollowUpContext {
  /** The VTODO's UID (the follow-up's id when Callprep made it). */
  uid: string;
  customerName?: string;
  /** The customer's vCard UID. */
  customerUid?: string;
  /** When the follow-up was marked done (COMPLETED). */
  now: number;
}

const STATUS: Record<FollowUp['status'], string> = { pending: 'NEEDS-ACTION', done: 'COMPLETED', cancelled: 'CANCELLED' };

const OWNED = {
  dueAt: ['DUE'],
  status: ['STATUS', 'COMPLETED', 'PERCENT-COMPLETE'],
  note: ['DESCRIPTION'],
  channel: ['X-CALLPREP-CHANNEL'],
  e164: ['X-CALLPREP-E164'],
} as const;
type Field = keyof typeof OWNED;

/** In English like the call journal's words (./call-vjournal.ts): one language for a calendar the whole team shares. */
export const followUpSummary = (f: Pick<FollowUp, 'channel' | 'e164'>, customerName?: string): string =>
  `${f.channel === 'phone' ? 'Call' : 'Follow up with'} ${customerName ?? f.e164}${customerName ? ` (${f.e164})` : ''}`;

function propertiesOf(field: Field, f: SyncedFollowUp, context: FollowUpContext): JCalProperty[] {
  switch (field) {
    case 'dueAt':
      return [['due', {}, 'date-time', utc(f.dueAt)]];
    case 'status':
      return f.status === 'done'
        ? [['status', {}, 'text', STATUS.done], ['completed', {}, 'date-time', utc(context.now)], ['percent-complete', {}, 'integer', 100]]
        : [['status', {}, 'text', STATUS[f.status]]];
    case 'note':
      return f.note ? [['description', {}, 'text', f.note]] : [];
    case 'channel':
      return [['x-callprep-channel', {}, 'unknown', f.channel]];
    case 'e164':
      return [['x-callprep-e164', {}, 'unknown', f.e164]];
  }
}

export function readVTodo(text: string): { uid: string; fields: Partial<SyncedFollowUp>; customerUid?: string } {
  const todo = parseCalendar(text, 'vtodo');
  const status = textOf(todo, 'status').toUpperCase();
  const channel = textOf(todo, 'x-callprep-channel');
  const due = timeOf(todo, 'due') ?? timeOf(todo, 'dtstart');
  const e164 = textOf(todo, 'x-callprep-e164');
  const related = todo.getAllProperties('related-to').find((p) => String(p.getParameter('reltype') ?? '').toUpperCase() === 'X-CALLPREP-CUSTOMER');
  const fields: Partial<SyncedFollowUp> = {
    status: status === 'COMPLETED' ? 'done' : status === 'CANCELLED' ? 'cancelled' : 'pending',
    note: textOf(todo, 'description'),
    ...(due !== undefined ? { dueAt: due } : {}),
    ...((CHANNELS as readonly string[]).includes(channel) ? { channel: channel as Channel } : {}),
    ...(/^\+[1-9]\d{6,14}$/.test(e164) ? { e164 } : {}),
  };
  const customerUid = related ? String(related.getFirstValue()) : undefined;
  return { uid: textOf(todo, 'uid'), fields, ...(customerUid ? { customerUid } : {}) };
}

/**
 * The VTODO text for a follow-up. With `original` (the server's last text), only the properties of
 * fields changed since then are written again; the alarm and summary are written once, at creation.
 */
export function writeVTodo(f: SyncedFollowUp, context: FollowUpContext, original?: string): string {
  if (original) {
    const before = readVTodo(original).fields;
    return patchCalendarObject(original, 'VTODO', OWNED, (field) => before[field] !== f[field], (field) => propertiesOf(field, f, context));
  }
  const properties: JCalProperty[] = [
    ['uid', {}, 'text', context.uid],
    ['dtstamp', {}, 'date-time', utc(context.now)],
    ['summary', {}, 'text', followUpSummary(f, context.customerName)],
    ...(context.customerUid ? [['related-to', { reltype: 'X-CALLPREP-CUSTOMER' }, 'text', context.customerUid] as JCalProperty] : []),
    ...(Object.keys(OWNED) as Field[]).flatMap((field) => propertiesOf(field, f, context)),
  ];
  // An alarm at the due time (RELATED=END: a to-do's end is its DUE), so it follows a new DUE by itself.
  const alarm = ['BEGIN:VALARM', 'ACTION:DISPLAY', icalLine(['description', {}, 'text', followUpSummary(f, context.customerName)]), 'TRIGGER;RELATED=END:PT0S', 'END:VALARM'];
  return newCalendarObject('VTODO', properties, alarm);
}
