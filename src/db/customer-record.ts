/**
 * Turns what a user or an import gives into a stored customer: trimmed text, defaults filled in,
 * phone keys and search words derived, the time zone checked. Pure, so import and restore share it.
 */
import { isValidTimeZone } from '../shared/contact-time-zone.ts';
import type { CustomerDraft } from '../shared/model-guards.ts';
import { DEFAULT_PREFERENCES, type ContactPreferences, type Customer, type CustomerPhone } from '../shared/model.ts';
import type { CustomerRow } from './database.ts';
import { Refusal } from './errors.ts';
import { searchWords } from './search-words.ts';

const text = (v: string | undefined): string | undefined => v?.trim() || undefined;
const list = (values: string[] | undefined, fold = (s: string) => s): string[] => [
  ...new Set((values ?? []).map((v) => fold(v.trim())).filter(Boolean)),
];

function uniquePhones(phones: CustomerPhone[]): CustomerPhone[] {
  const seen = new Map<string, CustomerPhone>();
  for (const p of phones) {
    const ext = p.ext?.replace(/\D/g, '') || undefined;
    const key = `${p.e164};${ext ?? ''}`;
    if (!seen.has(key)) seen.set(key, { e164: p.e164, label: p.label, ...(ext ? { ext } : {}) });
  }
  return [...seen.values()];
}

function checkPreferences(p: ContactPreferences): ContactPreferences {
  if (p.retryAfterHours < 0 || p.retryAfterHours > 24 * 60) {
    throw new Refusal('The retry wait must be between 0 and 1,440 hours.');
  }
  return { ...p, bestDays: [...new Set(p.bestDays)].sort(), channels: [...new Set(p.channels)] };
}

export function buildCustomer(draft: CustomerDraft, id: string, createdAt: number, now: number): CustomerRow {
  const name = draft.name.trim();
  if (!name) throw new Refusal('A customer needs a name.');
  const timeZone = text(draft.timeZone);
  if (timeZone && !isValidTimeZone(timeZone)) {
    throw new Refusal(`"${timeZone}" is not a time zone this browser knows; use a name like "Europe/Berlin".`);
  }
  const phones = uniquePhones(draft.phones ?? []);
  const customer: Customer = {
    id,
    name,
    company: text(draft.company),
    title: text(draft.title),
    emails: list(draft.emails, (e) => e.toLowerCase()),
    phones,
    phoneKeys: [...new Set(phones.map((p) => p.e164))],
    tags: list(draft.tags),
    products: list(draft.products),
    serviceLevel: text(draft.serviceLevel),
    timeZone,
    notes: text(draft.notes),
    preferences: checkPreferences(draft.preferences ?? DEFAULT_PREFERENCES),
    createdAt,
    updatedAt: now,
  };
  for (const key of Object.keys(customer) as Array<keyof Customer>) if (customer[key] === undefined) delete customer[key];
  return { ...customer, searchWords: searchWords(customer.name, customer.company) };
}

/** The customer without storage-only fields, as handed to the UI. */
export function toCustomer(row: CustomerRow): Customer {
  const { searchWords: _words, ...customer } = row;
  return customer;
}
