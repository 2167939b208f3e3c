/**
 * Notes as JSON, for other tools. Layout (version 1):
 * {
 *   "format": "callprep-notes", "version": 1, "exportedAt": ISO-8601 UTC,
 *   "customers": Customer[], "calls": Call[] (oldest first), "followUps": FollowUp[] (soonest first)
 * }
 * Records are as in src/shared/model.ts: times in epoch milliseconds, numbers in E.164. Written in
 * parts, the customers a page of rows at a time, so the file may be larger than any one string.
 */
import { toCustomer } from '../customer-record.ts';
import type { CallprepDatabase, CustomerRow } from '../database.ts';
import type { NotesData } from './notes-data.ts';

export const NOTES_JSON_VERSION = 1;
const PAGE = 2_000;

/** `JSON.stringify(value, null, 2)` as it reads at this depth of the document. */
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/** The items of one array of the document, in parts: `[`, the items, `]`. */
function arrayParts(items: unknown[], out: string[]): void {
  out.push(items.length === 0 ? '[]' : `[\n    ${items.map((x) => indented(x, 2)).join(',\n    ')}\n  ]`);
}

async function customerParts(db: CallprepDatabase, out: string[]): Promise<void> {
  let last: string | undefined;
  let first = true;
  out.push('[');
  for (;;) {
    const page: CustomerRow[] = await (last === undefined ? db.customers.orderBy(':id') : db.customers.where(':id').above(last)).limit(PAGE).toArray();
    if (page.length === 0) break;
    out.push(`${first ? '' : ','}\n    ${page.map((row) => indented(toCustomer(row), 2)).join(',\n    ')}`);
    first = false;
    last = page[page.length - 1]!.id;
  }
  out.push(first ? ']' : '\n  ]');
}

export async function notesJsonParts(db: CallprepDatabase, data: NotesData, now: number): Promise<string[]> {
  const out = [`{\n  "format": "callprep-notes",\n  "version": ${NOTES_JSON_VERSION},\n  "exportedAt": ${JSON.stringify(new Date(now).toISOString())},\n  "customers": `];
  await customerParts(db, out);
  out.push(',\n  "calls": ');
  arrayParts(data.calls, out);
  out.push(',\n  "followUps": ');
  arrayParts(data.followUps, out);
  out.push('\n}');
  return out;
}
