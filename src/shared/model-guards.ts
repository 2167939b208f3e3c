/** Run-time guards for the model's writable parts, used by message validation, import and restore. */
import { GuardError, arrayOf, bool, e164, hhmm, id, num, object, oneOf, optional, str, type Guard } from './guard.ts';
import {
  CALL_OUTCOMES,
  CHANNELS,
  PHONE_LABELS,
  type Call,
  type Commitment,
  type Concern,
  type ContactPreferences,
  type CustomerPhone,
  type FollowUp,
  type Weekday,
} from './model.ts';

const weekday: Guard<Weekday> = (v, p = '') => {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 7) return v as Weekday;
  throw new GuardError(`${p} must be a weekday 1 (Monday) to 7 (Sunday)`);
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

/** The customer fields besides the name that a user or an import may set, all optional. */
const customerOptionalFields = {
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
};

/** What a user or an import may set on a new customer; ids, phoneKeys and timestamps are the database's. */
export const customerDraft = object({ name: str(200), ...customerOptionalFields });
export type CustomerDraft = ReturnType<typeof customerDraft>;

/** A partial update: every field optional, name included. */
export const customerPatch = object({ name: optional(str(200)), ...customerOptionalFields });
export type CustomerPatch = ReturnType<typeof customerPatch>;

/* Whole stored records, for restoring a backup: every field checked, ids included. */

export const concernRecord: Guard<Concern> = object({
  id,
  customerId: id,
  text: str(2000),
  status: oneOf(['open', 'resolved'] as const),
  createdAt: num,
  resolvedAt: optional(num),
});

export const commitmentRecord: Guard<Commitment> = object({
  id,
  customerId: id,
  what: str(2000),
  who: str(120),
  dueAt: optional(num),
  doneAt: optional(num),
  callId: optional(id),
  createdAt: num,
});

export const callRecord: Guard<Call> = object({
  id,
  customerId: optional(id),
  e164,
  ext: optional(str(12)),
  startedAt: num,
  endedAt: optional(num),
  status: oneOf(['open', 'closed'] as const),
  outcome: optional(oneOf(CALL_OUTCOMES)),
  notes: str(50_000),
  followUpId: optional(id),
  noFollowUp: optional(bool),
});

export const followUpRecord: Guard<FollowUp> = object({
  id,
  customerId: optional(id),
  callId: optional(id),
  e164,
  dueAt: num,
  channel: oneOf(CHANNELS),
  note: str(2000),
  status: oneOf(['pending', 'done', 'cancelled'] as const),
  notifiedAt: optional(num),
  createdAt: num,
});

/** A stored customer: the draft's fields plus its id and timestamps (phone keys are derived again). */
export const customerRecord = (v: unknown, p = ''): CustomerDraft & { id: string; createdAt: number; updatedAt: number } => ({
  ...customerDraft(v, p),
  ...object({ id, createdAt: num, updatedAt: num })(v, p),
});
