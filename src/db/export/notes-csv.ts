/**
 * Notes as CSV, one row per call: UTF-8 with a BOM (so Excel reads accents) and CRLF line ends.
 * Cells that a spreadsheet would run as a formula (OWASP "CSV injection": = + - @, tab, CR) are
 * defused with a leading apostrophe by papaparse's own `escapeFormulae`.
 * Headers and values (outcome and channel ids, "ext.", "in progress") are in English, whatever the
 * user's language: a file for other programs and scripts to read, with the same columns everywhere.
 */
import Papa from 'papaparse';
import type { Call, Customer, FollowUp } from '../../shared/model.ts';
import { formatDuration } from '../../shared/time/index.ts';
import { optOutsFor } from '../../shared/do-not-contact.ts';
import { localIso, type NotesData } from './notes-data.ts';

export const CSV_COLUMNS = [
  'Date', 'Customer', 'Company', 'Number', 'Duration', 'Outcome', 'Notes', 'Follow-up due', 'Follow-up channel',
  // Issue 13: the customer's do-not-contact marks on that number, and why a do-not-call was overridden.
  'Do not contact', 'Do-not-call override',
];

/** "phone since 2026-11-03: asked not to be called; email since …": the marks that apply to this number. */
const doNotContactCell = (customer: Customer | undefined, e164: string): string =>
  optOutsFor(customer, e164)
    .map(({ channel, mark }) => `${channel} since ${localIso(mark.since).slice(0, 10)}${mark.reason ? `: ${mark.reason}` : ''}`)
    .join('; ');

export const CSV_OPTIONS = { newline: '\r\n', escapeFormulae: true } as const;

export function duration(call: Call): string {
  if (call.endedAt === undefined) return '';
  return formatDuration(call.endedAt - call.startedAt + 500, true);
}

function row(call: Call, customer: Customer | undefined, followUp: FollowUp | undefined): string[] {
  return [
    localIso(call.startedAt),
    customer?.name ?? '',
    customer?.company ?? '',
    call.ext ? `${call.e164} ext. ${call.ext}` : call.e164,
    duration(call),
    call.outcome ?? (call.status === 'open' ? 'in progress' : ''),
    call.notes,
    localIso(followUp?.dueAt),
    followUp?.channel ?? '',
    doNotContactCell(customer, call.e164),
    call.overrideReason ?? '',
  ];
}

/** Rows per part: the file is built from parts, never as one string. */
const PART_ROWS = 5_000;

export function notesCsvParts(data: NotesData): string[] {
  const followUps = new Map(data.followUps.map((f) => [f.id, f]));
  const rows = data.calls.map((call) =>
    row(call, call.customerId ? data.customers.get(call.customerId) : undefined, call.followUpId ? followUps.get(call.followUpId) : undefined),
  );
  const parts = [`\uFEFF${Papa.unparse([CSV_COLUMNS], CSV_OPTIONS)}\r\n`];
  for (let i = 0; i < rows.length; i += PART_ROWS) parts.push(`${Papa.unparse(rows.slice(i, i + PART_ROWS), CSV_OPTIONS)}\r\n`);
  return parts;
}
