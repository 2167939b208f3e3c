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
import { t, tPlural, type MessageKey, type PluralBase } from '../shared/i18n/messages.ts';

export interface Fitted {
  draft: CustomerDraft;
  /** One sentence per change, in the user's language, e.g. "2 e-mail addresses beyond the 20 a customer can have were left out: a@x.example, b@x.example". */
  changes: string[];
  /** The values left out, to keep elsewhere when they exist nowhere else (the upgrade keeps them in the notes). */
  leftOut: string[];
}

/** What a cut field's sentence is called, per field (each language words it with its own grammar). */
const CUT_MESSAGES = {
  name: 'fitCut_name',
  company: 'fitCut_company',
  title: 'fitCut_title',
  serviceLevel: 'fitCut_serviceLevel',
  notes: 'fitCut_notes',
  personalNotes: 'fitCut_personalNotes',
} as const satisfies Record<string, MessageKey>;

/** "2 tags beyond the 20 a customer can have were left out: …", per list. */
const BEYOND_MESSAGES = { emails: 'fitBeyond_emails', phones: 'fitBeyond_phones', tags: 'fitBeyond_tags', products: 'fitBeyond_products' } as const satisfies Record<string, PluralBase>;

/** "+12127368410 ext. 1234567": the form libphonenumber-js writes an extension in, kept in notes as data. */
const withExt = (p: CustomerPhone) => (p.ext ? `${p.e164} ext. ${p.ext}` : p.e164);

export function fitDraft(input: CustomerDraft): Fitted {
  const changes: string[] = [];
  const leftOut: string[] = [];
  // Counted as they will be stored: trimmed, without repeats.
  const draft: CustomerDraft = { ...input };
  if (draft.emails) draft.emails = uniqueTexts(draft.emails, foldEmail);
  if (draft.tags) draft.tags = uniqueTexts(draft.tags);
  if (draft.products) draft.products = uniqueTexts(draft.products);

  const cut = (key: keyof typeof CUT_MESSAGES, max: number) => {
    const value = draft[key];
    if (value === undefined || value.length <= max) return;
    draft[key] = value.slice(0, max);
    changes.push(t(CUT_MESSAGES[key], max));
  };
  cut('name', LIMITS.name);
  cut('company', LIMITS.company);
  cut('title', LIMITS.title);
  cut('serviceLevel', LIMITS.serviceLevel);
  cut('notes', LIMITS.customerNotes);
  cut('personalNotes', LIMITS.personalNotes);

  if (draft.timeZone !== undefined && (draft.timeZone.length > LIMITS.timeZone || !isValidTimeZone(draft.timeZone))) {
    changes.push(t('fitTimeZone', draft.timeZone.slice(0, 40)));
    delete draft.timeZone;
  }

  const keep = <T>(key: keyof typeof BEYOND_MESSAGES, max: number, show: (x: T) => string) => {
    const list = draft[key] as T[] | undefined;
    if (!list || list.length <= max) return;
    const extra = list.slice(max).map(show);
    (draft[key] as T[]) = list.slice(0, max);
    changes.push(tPlural(BEYOND_MESSAGES[key], extra.length, max, extra.join(', ')));
    leftOut.push(...extra);
  };

  if (draft.emails) {
    const tooLong = draft.emails.filter((e) => e.length > LIMITS.email);
    if (tooLong.length > 0) {
      draft.emails = draft.emails.filter((e) => e.length <= LIMITS.email);
      changes.push(tPlural('fitLongEmails', tooLong.length, LIMITS.email));
      leftOut.push(...tooLong);
    }
  }
  keep<string>('emails', LIMITS.emails, String);
  if (draft.phones?.some((p) => (p.ext?.length ?? 0) > LIMITS.extDigits)) {
    draft.phones = draft.phones.map((p): CustomerPhone => {
      if ((p.ext?.length ?? 0) <= LIMITS.extDigits) return p;
      changes.push(t('fitExtension', p.ext ?? '', p.e164, LIMITS.extDigits));
      leftOut.push(withExt(p));
      return { e164: p.e164, label: p.label };
    });
  }
  keep<CustomerPhone>('phones', LIMITS.phones, withExt);

  for (const [key, max, per, message] of [
    ['tags', LIMITS.tags, LIMITS.tag, 'fitLongTags'],
    ['products', LIMITS.products, LIMITS.product, 'fitLongProducts'],
  ] as const) {
    const list = draft[key];
    if (list?.some((x) => x.length > per)) {
      draft[key] = list.map((x) => x.slice(0, per));
      changes.push(t(message, per));
    }
    keep<string>(key, max, String);
  }
  return { draft, changes, leftOut };
}
