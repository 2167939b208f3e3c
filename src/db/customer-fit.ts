/**
 * Fits a customer draft into the limits every record is checked against (shared/records/limits.ts),
 * saying what did not fit, for an import (reported per row) and for the upgrade of customers stored
 * before those limits (versions.ts v3). Text is cut at its limit; a value that cutting would make
 * wrong (an e-mail address, an extension) is left out whole; lists keep their first entries.
 */
import { isValidTimeZone } from '../shared/time/zone.ts';
import type { CustomerDraft } from '../shared/model.ts';
import type { CustomerPhone } from '../shared/model.ts';
import { LIMITS } from '../shared/records/limits.ts';
import { foldEmail, uniqueTexts } from './customer-record.ts';

export interface Fitted {
  draft: CustomerDraft;
  /** One sentence per change, e.g. "2 e-mail addresses beyond the 20 a customer can have were left out: a@x.example, b@x.example". */
  changes: string[];
  /** The values left out, to keep elsewhere when they exist nowhere else (the upgrade keeps them in the notes). */
  leftOut: string[];
}

const n = (count: number) => count.toLocaleString('en-US');

export function fitDraft(input: CustomerDraft): Fitted {
  const changes: string[] = [];
  const leftOut: string[] = [];
  // Counted as they will be stored: trimmed, without repeats.
  const draft: CustomerDraft = { ...input };
  if (draft.emails) draft.emails = uniqueTexts(draft.emails, foldEmail);
  if (draft.tags) draft.tags = uniqueTexts(draft.tags);
  if (draft.products) draft.products = uniqueTexts(draft.products);

  const cut = (key: 'name' | 'company' | 'title' | 'serviceLevel' | 'notes' | 'personalNotes', label: string, max: number) => {
    const value = draft[key];
    if (value === undefined || value.length <= max) return;
    draft[key] = value.slice(0, max);
    changes.push(`${label} was cut to ${n(max)} characters`);
  };
  cut('name', 'the name', LIMITS.name);
  cut('company', 'the company', LIMITS.company);
  cut('title', 'the job title', LIMITS.title);
  cut('serviceLevel', 'the service level', LIMITS.serviceLevel);
  cut('notes', 'the notes', LIMITS.customerNotes);
  cut('personalNotes', 'the personal notes', LIMITS.personalNotes);

  if (draft.timeZone !== undefined && (draft.timeZone.length > LIMITS.timeZone || !isValidTimeZone(draft.timeZone))) {
    changes.push(`the time zone "${draft.timeZone.slice(0, 40)}" is not one this browser knows and was left out`);
    delete draft.timeZone;
  }

  const keep = <T>(key: 'emails' | 'phones' | 'tags' | 'products', max: number, what: string, show: (x: T) => string) => {
    const list = draft[key] as T[] | undefined;
    if (!list || list.length <= max) return;
    const extra = list.slice(max).map(show);
    (draft[key] as T[]) = list.slice(0, max);
    changes.push(`${n(extra.length)} ${what} beyond the ${max} a customer can have ${extra.length === 1 ? 'was' : 'were'} left out: ${extra.join(', ')}`);
    leftOut.push(...extra);
  };

  if (draft.emails) {
    const tooLong = draft.emails.filter((e) => e.length > LIMITS.email);
    if (tooLong.length > 0) {
      draft.emails = draft.emails.filter((e) => e.length <= LIMITS.email);
      changes.push(`${tooLong.length === 1 ? 'an e-mail address' : `${n(tooLong.length)} e-mail addresses`} longer than ${LIMITS.email} characters left out`);
      leftOut.push(...tooLong);
    }
  }
  keep<string>('emails', LIMITS.emails, 'e-mail addresses', String);
  if (draft.phones?.some((p) => (p.ext?.length ?? 0) > LIMITS.extDigits)) {
    draft.phones = draft.phones.map((p): CustomerPhone => {
      if ((p.ext?.length ?? 0) <= LIMITS.extDigits) return p;
      changes.push(`the extension ${p.ext} of ${p.e164} has more than ${LIMITS.extDigits} digits and was left out`);
      leftOut.push(`${p.e164} ext. ${p.ext}`);
      return { e164: p.e164, label: p.label };
    });
  }
  keep<CustomerPhone>('phones', LIMITS.phones, 'phone numbers', (p) => (p.ext ? `${p.e164} ext. ${p.ext}` : p.e164));

  for (const [key, max, per, what] of [
    ['tags', LIMITS.tags, LIMITS.tag, 'tags'],
    ['products', LIMITS.products, LIMITS.product, 'products'],
  ] as const) {
    const list = draft[key];
    if (list?.some((x) => x.length > per)) {
      draft[key] = list.map((x) => x.slice(0, per));
      changes.push(`${what} longer than ${per} characters were cut`);
    }
    keep<string>(key, max, what, String);
  }
  return { draft, changes, leftOut };
}
