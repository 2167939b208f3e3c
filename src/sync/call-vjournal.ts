/**
 * A call is a VJOURNAL entry in the team calendar, dated when it started, linked to the customer by
 * RELATED-TO (the customer's vCard UID): its notes in DESCRIPTION, so any calendar app shows them;
 * outcome, number, extension, end and the reason for calling a do-not-call customer anyway as
 * X-CALLPREP- properties (the reason as escaped TEXT: X-CALLPREP-OVERRIDE-REASON:Asked us to\, urgent). An open call is a DRAFT entry, a
 * closed one FINAL. Properties other apps add stay byte for byte.
 */
import { CALL_OUTCOMES, type Call, type CallOutcome } from '../shared/model.ts';
import { escapeText, newCalendarObject, parseCalendar, patchCalendarObject, textOf, timeOf, unescapeText, utc, type JCalProperty } from './ical-text.ts';

export type SyncedCall = Pick<Call, 'startedAt' | 'endedAt' | 'status' | 'outcome' | 'notes' | 'e164' | 'ext' | 'overrideReason'>;

export interface CallContext {
  uid: string;
  customerName?: string;
  customerUid?: string;
  now: number;
}

const OWNED = {
  startedAt: ['DTSTART'],
  endedAt: ['X-CALLPREP-ENDED'],
  status: ['STATUS'],
  outcome: ['X-CALLPREP-OUTCOME'],
  notes: ['DESCRIPTION'],
  e164: ['X-CALLPREP-E164'],
  ext: ['X-CALLPREP-EXT'],
  overrideReason: ['X-CALLPREP-OVERRIDE-REASON'],
} as const;
type Field = keyof typeof OWNED;

/**
 * English on purpose, not through t(): the calendar is the team's, shared by users of any language,
 * and every Callprep reads the "Outcome: …." line back out of DESCRIPTION (OUTCOME_LINE) whatever its
 * own language. The outcome itself travels as X-CALLPREP-OUTCOME; these words are for other apps.
 */
const OUTCOME_WORDS: Record<CallOutcome, string> = {
  connected: 'talked',
  voicemail: 'voicemail',
  'no-answer': 'no answer',
  busy: 'busy',
  'wrong-number': 'wrong number',
  'callback-requested': 'call back requested',
};

export const callSummary = (c: Pick<Call, 'e164'>, customerName?: string): string => `Call with ${customerName ? `${customerName} (${c.e164})` : c.e164}`;

function propertiesOf(field: Field, c: SyncedCall): JCalProperty[] {
  switch (field) {
    case 'startedAt':
      return [['dtstart', {}, 'date-time', utc(c.startedAt)]];
    case 'endedAt':
      return c.endedAt !== undefined ? [['x-callprep-ended', {}, 'date-time', utc(c.endedAt)]] : [];
    case 'status':
      return [['status', {}, 'text', c.status === 'closed' ? 'FINAL' : 'DRAFT']];
    case 'outcome':
      return c.outcome ? [['x-callprep-outcome', {}, 'unknown', c.outcome]] : [];
    case 'notes':
      return [['description', {}, 'text', c.outcome ? `Outcome: ${OUTCOME_WORDS[c.outcome]}.\n${c.notes}` : c.notes]];
    case 'e164':
      return [['x-callprep-e164', {}, 'unknown', c.e164]];
    case 'ext':
      return c.ext ? [['x-callprep-ext', {}, 'unknown', c.ext]] : [];
    case 'overrideReason':
      return c.overrideReason ? [['x-callprep-override-reason', {}, 'unknown', escapeText(c.overrideReason)]] : [];
  }
}

const OUTCOME_LINE = /^Outcome: [^\n]*\.\n/;

export function readVJournal(text: string): { uid: string; fields: Partial<SyncedCall>; customerUid?: string } {
  const entry = parseCalendar(text, 'vjournal');
  const outcome = textOf(entry, 'x-callprep-outcome');
  const endedAt = timeOf(entry, 'x-callprep-ended');
  const started = timeOf(entry, 'dtstart');
  const e164 = textOf(entry, 'x-callprep-e164');
  const ext = textOf(entry, 'x-callprep-ext');
  const overrideReason = unescapeText(textOf(entry, 'x-callprep-override-reason')).trim();
  const related = entry.getAllProperties('related-to').find((p) => String(p.getParameter('reltype') ?? '').toUpperCase() === 'X-CALLPREP-CUSTOMER');
  const fields: Partial<SyncedCall> = {
    status: textOf(entry, 'status').toUpperCase() === 'FINAL' ? 'closed' : 'open',
    // The outcome line Callprep puts above the notes for other apps is not part of the notes.
    notes: textOf(entry, 'description').replace(OUTCOME_LINE, ''),
    ...(started !== undefined ? { startedAt: started } : {}),
    ...(endedAt !== undefined ? { endedAt } : {}),
    ...((CALL_OUTCOMES as readonly string[]).includes(outcome) ? { outcome: outcome as CallOutcome } : {}),
    ...(/^\+[1-9]\d{6,14}$/.test(e164) ? { e164 } : {}),
    ...(ext ? { ext } : {}),
    ...(overrideReason ? { overrideReason } : {}),
  };
  const customerUid = related ? String(related.getFirstValue()) : undefined;
  return { uid: textOf(entry, 'uid'), fields, ...(customerUid ? { customerUid } : {}) };
}

/** A change of outcome rewrites the description too: it starts with the outcome in words. */
const dependsOn: Partial<Record<Field, Field[]>> = { notes: ['notes', 'outcome'] };

export function writeVJournal(c: SyncedCall, context: CallContext, original?: string): string {
  if (original) {
    const before = readVJournal(original).fields;
    const changed = (field: Field) => (dependsOn[field] ?? [field]).some((f) => before[f] !== c[f]);
    return patchCalendarObject(original, 'VJOURNAL', OWNED, changed, (field) => propertiesOf(field, c));
  }
  return newCalendarObject('VJOURNAL', [
    ['uid', {}, 'text', context.uid],
    ['dtstamp', {}, 'date-time', utc(context.now)],
    ['summary', {}, 'text', callSummary(c, context.customerName)],
    ...(context.customerUid ? [['related-to', { reltype: 'X-CALLPREP-CUSTOMER' }, 'text', context.customerUid] as JCalProperty] : []),
    ...(Object.keys(OWNED) as Field[]).flatMap((field) => propertiesOf(field, c)),
  ]);
}
