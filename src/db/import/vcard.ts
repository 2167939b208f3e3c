/**
 * vCard files (.vcf, versions 3 and 4) read with ical.js and turned into rows with fixed column
 * names, so they go through the same mapping as a CSV file. Several values share a cell, joined
 * by " ::: " as Google Contacts does.
 */
import ICAL from 'ical.js';

export const VCARD_COLUMNS = [
  'Full name', 'Given name', 'Family name', 'Organization', 'Title', 'E-mail',
  'Mobile', 'Work phone', 'Home phone', 'Fax', 'Phone', 'Notes', 'Categories', 'Time zone',
] as const;
type Column = (typeof VCARD_COLUMNS)[number];

const text = (v: unknown): string => (Array.isArray(v) ? v.map(text).filter(Boolean).join(' ') : v == null ? '' : String(v).trim());

function phoneColumn(types: string[]): Column {
  if (types.includes('fax')) return 'Fax';
  if (types.includes('cell')) return 'Mobile';
  if (types.includes('work')) return 'Work phone';
  if (types.includes('home')) return 'Home phone';
  return 'Phone';
}

function cardToRow(card: InstanceType<typeof ICAL.Component>): Map<string, string> {
  const row = new Map<string, string>();
  const add = (column: Column, value: string) => {
    const before = row.get(column);
    if (value) row.set(column, before ? `${before} ::: ${value}` : value);
  };
  add('Full name', text(card.getFirstPropertyValue('fn')));
  const n = card.getFirstPropertyValue('n');
  if (Array.isArray(n)) {
    add('Family name', text(n[0]));
    add('Given name', text(n[1]));
  }
  add('Organization', text(card.getFirstPropertyValue('org')));
  add('Title', text(card.getFirstPropertyValue('title')));
  for (const p of card.getAllProperties('email')) add('E-mail', text(p.getFirstValue()));
  for (const p of card.getAllProperties('tel')) {
    const type = p.getParameter('type');
    const types = (Array.isArray(type) ? type : [type ?? '']).flatMap((t) => String(t).toLowerCase().split(','));
    add(phoneColumn(types), text(p.getFirstValue()).replace(/^tel:/i, ''));
  }
  add('Notes', text(card.getFirstPropertyValue('note')));
  for (const p of card.getAllProperties('categories')) add('Categories', p.getValues().map(text).join(' ::: '));
  add('Time zone', text(card.getFirstPropertyValue('tz')));
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
