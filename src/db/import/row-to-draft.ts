/**
 * One imported row, through the user's column mapping, into a customer draft (numbers normalised),
 * fitted into the limits every customer is checked against: the row is kept and what was cut or
 * left out is said, so the import never stores what a backup would refuse.
 */
import type { CustomerDraft } from '../../shared/model.ts';
import type { CustomerPhone, DoNotContact, PhoneLabel } from '../../shared/model.ts';
import { t } from '../../shared/i18n/messages.ts';
import type { ImportField } from '../../shared/protocol/index.ts';
import { fitDraft } from '../customer-fit.ts';
import { parseNumber } from '../../shared/phone.ts';
import type { ImportRow } from './read-import-file.ts';

/** Column name → field, as a Map: column names are the file's, any string at all. */
export type ColumnMapping = ReadonlyMap<string, ImportField>;

const PHONE_LABEL: Partial<Record<ImportField, PhoneLabel>> = {
  phone: 'direct', workPhone: 'direct', mobile: 'mobile', homePhone: 'other', fax: 'fax',
};

/** Several values in one cell: Google's " ::: ", semicolons, line breaks. */
const split = (cell: string) => cell.split(/\s*(?::::|;|\r?\n)\s*/).map((v) => v.trim()).filter(Boolean);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type RowResult = { draft: CustomerDraft; changes: string[] } | { skip: string };

/**
 * An opt-out cell that says "yes": true/1/yes/x (HubSpot, Salesforce), or a marketing status of
 * "Unsubscribed" / "No consent" (Pipedrive). Anything else ("false", "0", "Subscribed", empty) is not.
 */
const OPTED_OUT = /^(1|true|yes|y|x|✓|checked|opted out|unsubscribed|no consent|do not (call|email|e-mail|text))$/i;
const OPT_OUT_FIELDS = { doNotCall: 'phone', doNotEmail: 'email', doNotText: 'sms' } as const;

/** The marks an opt-out column set, each with the column that set it as its reason. */
function optOuts(row: ImportRow, mapping: ColumnMapping, now: number): DoNotContact | undefined {
  const marks: DoNotContact = {};
  for (const [column, field] of mapping) {
    if (!(field in OPT_OUT_FIELDS) || !OPTED_OUT.test(row.get(column)?.trim() ?? '')) continue;
    const channel = OPT_OUT_FIELDS[field as keyof typeof OPT_OUT_FIELDS];
    marks[channel] ??= { reason: t('optOut_imported', column.slice(0, 100)), since: now };
  }
  return Object.keys(marks).length > 0 ? marks : undefined;
}

export function rowToDraft(row: ImportRow, mapping: ColumnMapping, region: string, now = Date.now()): RowResult {
  const values = new Map<ImportField, string[]>();
  for (const [column, field] of mapping) {
    const cell = row.get(column)?.trim();
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
  const ext = one('extension').replace(/\D/g, '');
  const first = phones[0];
  if (ext && first && !first.ext) first.ext = ext;

  const company = one('company');
  const name = (one('name') || `${one('firstName')} ${one('lastName')}`).trim() || company;
  if (!name) return { skip: t('importSkipNoName') };
  // Kept in the notes in the language the import ran in, like the opt-out reasons above: the notes are the user's own text.
  const notes = [one('notes'), ...unreadable.map((number) => t('importNumberNotUnderstood', number))].filter(Boolean).join('\n');
  const timeZone = one('timeZone');
  const draft: CustomerDraft = {
    name,
    emails: many('email').filter((e) => EMAIL.test(e)),
    phones,
    tags: many('tags').map((t) => t.replace(/^\*\s*/, '')).filter((t) => t && t !== 'myContacts'),
  };
  if (company && company !== name) draft.company = company;
  if (one('title')) draft.title = one('title');
  if (notes) draft.notes = notes;
  if (timeZone) draft.timeZone = timeZone;
  const doNotContact = optOuts(row, mapping, now);
  if (doNotContact) draft.doNotContact = doNotContact;
  const fitted = fitDraft(draft);
  return { draft: fitted.draft, changes: fitted.changes };
}
