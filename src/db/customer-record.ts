/**
 * Turns what a user or an import gives into a stored customer: trimmed text, defaults filled in,
 * phone keys and search words derived, then checked against the stored customer's schema (the one
 * a backup is restored with). Pure, so edits, import, restore and samples share it.
 */
import { isValidTimeZone } from '../shared/time/zone.ts';
import { GuardError } from '../shared/guard.ts';
import type { CustomerDraft } from '../shared/model.ts';
import { DEFAULT_PREFERENCES, type ContactPreferences, type Customer, type CustomerPhone, type DoNotContact } from '../shared/model.ts';
import { CustomerSchema } from '../shared/records/schemas.ts';
import { parseOrThrow } from '../shared/guard.ts';
import type { CustomerRow } from './database.ts';
import { Refusal } from './errors.ts';
import { searchWords } from './search-words.ts';
import { t } from '../shared/i18n/messages.ts';

const text = (v: string | undefined): string | undefined => v?.trim() || undefined;
/** Trimmed, without empty entries and repeats (after `fold`, e.g. lower case for e-mails). */
export const uniqueTexts = (values: string[] | undefined, fold = (s: string) => s): string[] => [
  ...new Set((values ?? []).map((v) => fold(v.trim())).filter(Boolean)),
];
export const foldEmail = (e: string) => e.toLowerCase();
const list = uniqueTexts;

function uniquePhones(phones: CustomerPhone[]): CustomerPhone[] {
  const seen = new Map<string, CustomerPhone>();
  for (const p of phones) {
    const ext = p.ext?.replace(/\D/g, '') || undefined;
    const key = `${p.e164};${ext ?? ''}`;
    const marks = p.doNotContact && (p.doNotContact.phone || p.doNotContact.sms) ? { doNotContact: p.doNotContact } : {};
    if (!seen.has(key)) seen.set(key, { e164: p.e164, label: p.label, ...(ext ? { ext } : {}), ...marks });
  }
  return [...seen.values()];
}

const tidyPreferences = (p: ContactPreferences): ContactPreferences => ({
  ...p,
  bestDays: [...new Set(p.bestDays)].sort(),
  channels: [...new Set(p.channels)],
});

/** Marks with their reasons trimmed; none at all is no field (so an unmarked customer stores nothing). */
function tidyDoNotContact(marks: DoNotContact | undefined): DoNotContact | undefined {
  const out: DoNotContact = {};
  for (const channel of ['phone', 'email', 'sms'] as const) {
    const mark = marks?.[channel];
    if (mark) out[channel] = { reason: mark.reason.trim(), since: mark.since };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function buildCustomer(draft: CustomerDraft, id: string, createdAt: number, now: number): CustomerRow {
  const name = draft.name.trim();
  if (!name) throw new Refusal(t('refuse_customerName'));
  const timeZone = text(draft.timeZone);
  if (timeZone && !isValidTimeZone(timeZone)) {
    throw new Refusal(t('refuse_unknownTimeZone', timeZone));
  }
  const phones = uniquePhones(draft.phones ?? []);
  const customer: Customer = {
    id,
    name,
    company: text(draft.company),
    title: text(draft.title),
    emails: list(draft.emails, foldEmail),
    phones,
    phoneKeys: [...new Set(phones.map((p) => p.e164))],
    tags: list(draft.tags),
    products: list(draft.products),
    serviceLevel: text(draft.serviceLevel),
    timeZone,
    notes: text(draft.notes),
    personalNotes: text(draft.personalNotes),
    doNotContact: tidyDoNotContact(draft.doNotContact),
    preferences: tidyPreferences(draft.preferences ?? DEFAULT_PREFERENCES),
    createdAt,
    updatedAt: now,
  };
  for (const key of Object.keys(customer) as Array<keyof Customer>) if (customer[key] === undefined) delete customer[key];
  // The schema a backup is restored with: what is written here can always be restored.
  try {
    parseOrThrow(CustomerSchema, customer);
  } catch (error) {
    if (error instanceof GuardError) throw new Refusal(t('refuse_customerInvalid', error.message));
    throw error;
  }
  return { ...customer, searchWords: searchWords(customer.name, customer.company) };
}

/** The customer without storage-only fields, as handed to the UI. */
export function toCustomer(row: CustomerRow): Customer {
  const { searchWords: _words, ...customer } = row;
  return customer;
}
