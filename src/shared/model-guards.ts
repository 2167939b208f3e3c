/** Run-time guards for the model's writable parts, used by message validation, import and restore. */
import { arrayOf, e164, hhmm, num, object, oneOf, optional, str, type Guard } from './guard.ts';
import { CHANNELS, PHONE_LABELS, type ContactPreferences, type CustomerPhone, type Weekday } from './model.ts';

const weekday: Guard<Weekday> = (v, p = '') => {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 7) return v as Weekday;
  throw new Error(`${p} must be a weekday 1 (Monday) to 7 (Sunday)`);
};

export const timeWindow = object({ start: hhmm, end: hhmm });

export const contactPreferences: Guard<ContactPreferences> = object({
  channels: arrayOf(oneOf(CHANNELS), 6),
  bestDays: arrayOf(weekday, 7),
  bestWindows: arrayOf(timeWindow, 12),
  worstWindows: arrayOf(timeWindow, 12),
  retryAfterHours: num,
});

export const customerPhone: Guard<CustomerPhone> = object({
  e164,
  label: oneOf(PHONE_LABELS),
  ext: optional(str(12)),
});

/** What a user or an import may set on a customer; ids, phoneKeys and timestamps are the database's. */
export const customerDraft = object({
  name: str(200),
  company: optional(str(200)),
  title: optional(str(200)),
  emails: optional(arrayOf(str(320), 20)),
  phones: optional(arrayOf(customerPhone, 20)),
  tags: optional(arrayOf(str(60), 50)),
  products: optional(arrayOf(str(120), 50)),
  serviceLevel: optional(str(120)),
  timeZone: optional(str(64)),
  notes: optional(str(20_000)),
  preferences: optional(contactPreferences),
});
export type CustomerDraft = ReturnType<typeof customerDraft>;

/** A partial update: every field optional, name included. */
export const customerPatch = object({
  name: optional(str(200)),
  company: optional(str(200)),
  title: optional(str(200)),
  emails: optional(arrayOf(str(320), 20)),
  phones: optional(arrayOf(customerPhone, 20)),
  tags: optional(arrayOf(str(60), 50)),
  products: optional(arrayOf(str(120), 50)),
  serviceLevel: optional(str(120)),
  timeZone: optional(str(64)),
  notes: optional(str(20_000)),
  preferences: optional(contactPreferences),
});
export type CustomerPatch = ReturnType<typeof customerPatch>;
