/**
 * Phone numbers in a vCard (TEL) and in a customer record: the labels map to vCard TYPEs every
 * phone and address book app understands, the extension travels with the number ("ext. 204").
 */
import { parseNumber } from '../shared/phone.ts';
import type { CustomerPhone, PhoneLabel } from '../shared/model.ts';

const TYPES: Record<PhoneLabel, string[]> = {
  direct: ['work', 'voice'],
  mobile: ['cell', 'voice'],
  // vCard 3 has no word for a switchboard; Apple's and Google's "main" is the common one.
  switchboard: ['main', 'voice'],
  fax: ['work', 'fax'],
  other: ['voice'],
};

export function labelOf(types: readonly string[]): PhoneLabel {
  const t = types.map((s) => s.toLowerCase());
  if (t.includes('fax')) return 'fax';
  if (t.includes('cell')) return 'mobile';
  if (t.includes('main') || t.includes('x-main')) return 'switchboard';
  if (t.includes('work')) return 'direct';
  return 'other';
}

/** A TEL value as text ("+1 212 736 8410 x204"), from a vCard 4 tel: URI too ("tel:+1-212-736-8410;ext=204"). */
export const telText = (value: string): string =>
  value.replace(/^tel:/i, '').replace(/;ext=([\d#*]+)/i, ' ext. $1').replace(/;[a-z-]+=[^;]*/gi, '');

export function readPhone(value: string, types: readonly string[], region: string): CustomerPhone | undefined {
  const parsed = parseNumber(telText(value), region);
  return parsed ? { ...parsed, label: labelOf(types) } : undefined;
}

/** The jCard property for a phone, as ical.js writes it. */
export const telProperty = (phone: CustomerPhone): [string, Record<string, unknown>, string, string] => [
  'tel',
  { type: TYPES[phone.label] },
  'phone-number',
  phone.ext ? `${phone.e164} ext. ${phone.ext}` : phone.e164,
];
