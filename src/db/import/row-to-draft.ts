/** One imported row, through the user's column mapping, into a customer draft (numbers normalised). */
import { isValidTimeZone } from '../../shared/contact-time-zone.ts';
import type { CustomerDraft } from '../../shared/model-guards.ts';
import type { CustomerPhone, PhoneLabel } from '../../shared/model.ts';
import type { ImportField, ImportMapping } from '../../shared/protocol/index.ts';
import { parseNumber } from '../phone.ts';

const PHONE_LABEL: Partial<Record<ImportField, PhoneLabel>> = {
  phone: 'direct', workPhone: 'direct', mobile: 'mobile', homePhone: 'other', fax: 'fax',
};

/** Several values in one cell: Google's " ::: ", semicolons, line breaks. */
const split = (cell: string) => cell.split(/\s*(?::::|;|\r?\n)\s*/).map((v) => v.trim()).filter(Boolean);
const clip = (v: string, max: number) => v.trim().slice(0, max);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type RowResult = { draft: CustomerDraft } | { skip: string };

export function rowToDraft(row: Record<string, string>, mapping: ImportMapping, region: string): RowResult {
  const values = new Map<ImportField, string[]>();
  for (const [column, field] of Object.entries(mapping)) {
    const cell = row[column]?.trim();
    if (field !== 'ignore' && cell) values.set(field, [...(values.get(field) ?? []), cell]);
  }
  const one = (f: ImportField) => values.get(f)?.join(' ') ?? '';
  const many = (f: ImportField) => (values.get(f) ?? []).flatMap(split);

  const phones: CustomerPhone[] = [];
  const unreadable: string[] = [];
  for (const [field, label] of Object.entries(PHONE_LABEL) as Array<[ImportField, PhoneLabel]>) {
    for (const text of many(field)) {
      const parsed = parseNumber(text, region);
      if (parsed) phones.push({ e164: parsed.e164, label, ...(parsed.ext ? { ext: parsed.ext } : {}) });
      else unreadable.push(text);
    }
  }
  const ext = one('extension').replace(/\D/g, '').slice(0, 12);
  const first = phones[0];
  if (ext && first && !first.ext) first.ext = ext;

  const company = clip(one('company'), 200);
  const name = clip(one('name') || `${one('firstName')} ${one('lastName')}`, 200) || company;
  if (!name) return { skip: 'no name or company' };
  const notes = [one('notes'), ...unreadable.map((t) => `Number not understood on import: ${t}`)].filter(Boolean).join('\n');
  const timeZone = one('timeZone');
  const draft: CustomerDraft = {
    name,
    emails: many('email').filter((e) => EMAIL.test(e)).slice(0, 20),
    phones: phones.slice(0, 20),
    tags: many('tags').map((t) => clip(t.replace(/^\*\s*/, ''), 60)).filter((t) => t && t !== 'myContacts').slice(0, 50),
  };
  if (company && company !== name) draft.company = company;
  if (one('title')) draft.title = clip(one('title'), 200);
  if (notes) draft.notes = notes.slice(0, 20_000);
  if (isValidTimeZone(timeZone)) draft.timeZone = timeZone;
  return { draft };
}
