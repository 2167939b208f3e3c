/**
 * vCard files (.vcf, versions 3 and 4) read with ical.js and turned into rows with fixed column
 * names, so they go through the same mapping as a CSV file. Several values share a cell, joined
 * by " ::: " as Google Contacts does. A column is named by the field it becomes (FN is `name`,
 * CATEGORIES `tags`): the guess is the name itself, and the options page shows each column by that
 * field's label, in the user's language (ui/options/import-labels.ts).
 */
import ICAL from 'ical.js';
import type { ImportField } from '../../shared/protocol/import.ts';

export const VCARD_COLUMNS = [
  'name', 'firstName', 'lastName', 'company', 'title', 'email',
  'mobile', 'workPhone', 'homePhone', 'fax', 'phone', 'notes', 'tags', 'timeZone',
] as const satisfies readonly ImportField[];
type Column = (typeof VCARD_COLUMNS)[number];

const text = (v: unknown): string => (Array.isArray(v) ? v.map(text).filter(Boolean).join(' ') : v == null ? '' : String(v).trim());

function phoneColumn(types: string[]): Column {
  if (types.includes('fax')) return 'fax';
  if (types.includes('cell')) return 'mobile';
  if (types.includes('work')) return 'workPhone';
  if (types.includes('home')) return 'homePhone';
  return 'phone';
}

function cardToRow(card: InstanceType<typeof ICAL.Component>): Map<string, string> {
  const row = new Map<string, string>();
  const add = (column: Column, value: string) => {
    const before = row.get(column);
    if (value) row.set(column, before ? `${before} ::: ${value}` : value);
  };
  add('name', text(card.getFirstPropertyValue('fn')));
  const n = card.getFirstPropertyValue('n');
  if (Array.isArray(n)) {
    add('lastName', text(n[0]));
    add('firstName', text(n[1]));
  }
  add('company', text(card.getFirstPropertyValue('org')));
  add('title', text(card.getFirstPropertyValue('title')));
  for (const p of card.getAllProperties('email')) add('email', text(p.getFirstValue()));
  for (const p of card.getAllProperties('tel')) {
    const type = p.getParameter('type');
    const types = (Array.isArray(type) ? type : [type ?? '']).flatMap((t) => String(t).toLowerCase().split(','));
    add(phoneColumn(types), text(p.getFirstValue()).replace(/^tel:/i, ''));
  }
  add('notes', text(card.getFirstPropertyValue('note')));
  for (const p of card.getAllProperties('categories')) add('tags', p.getValues().map(text).join(' ::: '));
  add('timeZone', text(card.getFirstPropertyValue('tz')));
  return row;
}

/** One row per card; throws when the file is not vCard. */
export function vcardRows(content: string): Array<Map<string, string>> {
  const parsed: unknown = ICAL.parse(content.replace(/^\uFEFF/, ''));
  // One card parses to a component, several to a list of them.
  const cards = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return cards
    .map((jcal) => new ICAL.Component(jcal as never))
    .filter((c) => c.name === 'vcard')
    .map(cardToRow);
}
