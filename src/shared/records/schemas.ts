/**
 * One schema per record Callprep stores; the TypeScript types are inferred from them (model.ts
 * re-exports them). The same schemas check a record wherever it enters: the card's edits (through
 * the message protocol, shared/protocol), an import (src/db/import), a customer as it is written
 * (src/db/customer-record.ts), and every row of a backup being restored (src/db/backup).
 */
import * as v from 'valibot';
import { e164, flag, hhmm, listOf, oneOf, recordId, revision, text, time, timeZone } from './fields.ts';
import { LIMITS } from './limits.ts';

export const PHONE_LABELS = ['direct', 'mobile', 'switchboard', 'fax', 'other'] as const;
export const CHANNELS = ['phone', 'email', 'sms', 'messaging', 'letter', 'in-person'] as const;
export const CALL_OUTCOMES = ['connected', 'voicemail', 'no-answer', 'busy', 'wrong-number', 'callback-requested'] as const;
export const FOLLOW_UP_STATUSES = ['pending', 'done', 'cancelled'] as const;
/** ISO weekdays: Monday = 1 … Sunday = 7. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A "do not contact" mark: why, and since when (issue 13). */
export const OptOutSchema = v.object({ reason: text(LIMITS.optOutReason), since: time });

/**
 * Do-not-contact marks, one per channel the customer asked not to be reached on: `phone` is
 * do-not-call, `email` do-not-e-mail, `sms` do-not-text. The background refuses a call or a
 * follow-up on a marked channel (src/db/do-not-contact.ts); a call needs an override with a reason.
 */
export const DoNotContactSchema = v.object({
  phone: v.optional(OptOutSchema),
  email: v.optional(OptOutSchema),
  sms: v.optional(OptOutSchema),
});

/** On one number only: do-not-call and do-not-text (e-mail has no number). */
export const NumberDoNotContactSchema = v.object({ phone: v.optional(OptOutSchema), sms: v.optional(OptOutSchema) });

export const PhoneSchema = v.object({
  /** E.164 form, e.g. "+12127368410": the key a clicked number is looked up by. */
  e164,
  label: oneOf(PHONE_LABELS),
  /** Extension dialled after the number (digits only once stored). */
  ext: v.optional(text(LIMITS.extDigits)),
  /** This number alone is not to be called or texted (the customer's other numbers may be). */
  doNotContact: v.optional(NumberDoNotContactSchema),
});

const RETRY_MESSAGE = `must be a retry wait between 0 and ${LIMITS.retryAfterHours.toLocaleString('en-US')} hours`;

/** A daily window in the customer's own time zone, "HH:mm" 24-hour; end is exclusive. */
export const TimeWindowSchema = v.object({ start: hhmm, end: hhmm });

export const PreferencesSchema = v.object({
  /** Ranked, most preferred first. */
  channels: listOf(oneOf(CHANNELS), CHANNELS.length),
  bestDays: listOf(v.picklist(WEEKDAYS, 'must be a weekday 1 (Monday) to 7 (Sunday)'), WEEKDAYS.length),
  bestWindows: listOf(TimeWindowSchema, LIMITS.timeWindows),
  worstWindows: listOf(TimeWindowSchema, LIMITS.timeWindows),
  /** After a call nobody answered, wait this long before the next attempt. */
  retryAfterHours: v.pipe(time, v.minValue(0, RETRY_MESSAGE), v.maxValue(LIMITS.retryAfterHours, RETRY_MESSAGE)),
  /** They like a heads-up (an e-mail or a text) before a call: the card offers "Let them know you'll call". */
  headsUp: v.optional(flag),
});

/** The customer fields besides the name that a user or an import may set. */
const customerDetails = {
  company: v.optional(text(LIMITS.company)),
  title: v.optional(text(LIMITS.title)),
  emails: v.optional(listOf(text(LIMITS.email), LIMITS.emails)),
  phones: v.optional(listOf(PhoneSchema, LIMITS.phones)),
  tags: v.optional(listOf(text(LIMITS.tag), LIMITS.tags)),
  products: v.optional(listOf(text(LIMITS.product), LIMITS.products)),
  serviceLevel: v.optional(text(LIMITS.serviceLevel)),
  /** IANA zone, e.g. "America/New_York". */
  timeZone: v.optional(timeZone(LIMITS.timeZone)),
  notes: v.optional(text(LIMITS.customerNotes)),
  /** Personal notes ("back from holiday 3 Dec"): shown at the top of the card, apart from the business notes. */
  personalNotes: v.optional(text(LIMITS.personalNotes)),
  /** Channels the customer must not be contacted on (every number of theirs). */
  doNotContact: v.optional(DoNotContactSchema),
  preferences: v.optional(PreferencesSchema),
};

/** What a user or an import may set on a new customer; ids, phone keys and timestamps are the database's. */
export const CustomerDraftSchema = v.object({ name: text(LIMITS.name), ...customerDetails });

/** A partial update: every field optional, name included. */
export const CustomerPatchSchema = v.partial(CustomerDraftSchema);

/** A customer in a backup: the draft's fields, its id and timestamps (phone keys are derived again). */
export const CustomerBackupSchema = v.object({ ...CustomerDraftSchema.entries, id: recordId, createdAt: time, updatedAt: time, revision });

/** A customer as stored and handed out: every default filled in, phone keys derived from phones. */
export const CustomerSchema = v.object({
  id: recordId,
  name: v.pipe(text(LIMITS.name), v.minLength(1, 'must not be empty')),
  ...customerDetails,
  emails: listOf(text(LIMITS.email), LIMITS.emails),
  phones: listOf(PhoneSchema, LIMITS.phones),
  /** Derived from `phones` on every write: the multi-entry index a lookup by number uses. */
  phoneKeys: listOf(e164, LIMITS.phones),
  tags: listOf(text(LIMITS.tag), LIMITS.tags),
  products: listOf(text(LIMITS.product), LIMITS.products),
  preferences: PreferencesSchema,
  createdAt: time,
  updatedAt: time,
  /** Counts the writes to this record (shared/revision.ts). */
  revision,
});

export const ConcernSchema = v.object({
  id: recordId,
  customerId: recordId,
  text: text(LIMITS.concernText),
  status: oneOf(['open', 'resolved']),
  createdAt: time,
  resolvedAt: v.optional(time),
});

export const CommitmentSchema = v.object({
  id: recordId,
  customerId: recordId,
  /** What was promised, e.g. "send the quote". */
  what: text(LIMITS.commitmentWhat),
  /** Who promised it: the user ("me"), the customer, or a colleague's name. */
  who: text(LIMITS.commitmentWho),
  dueAt: v.optional(time),
  doneAt: v.optional(time),
  callId: v.optional(recordId),
  createdAt: time,
});

export const CallSchema = v.object({
  id: recordId,
  customerId: v.optional(recordId),
  e164,
  ext: v.optional(text(LIMITS.extDigits)),
  startedAt: time,
  endedAt: v.optional(time),
  status: oneOf(['open', 'closed']),
  outcome: v.optional(oneOf(CALL_OUTCOMES)),
  notes: text(LIMITS.callNotes),
  /** Set when the call was closed with a follow-up… */
  followUpId: v.optional(recordId),
  /** …or with an explicit "no follow-up". Exactly one of the two on a closed call. */
  noFollowUp: v.optional(flag),
  /** Why the user called a customer (or number) marked do-not-call: the override is kept with the call. */
  overrideReason: v.optional(text(LIMITS.optOutReason)),
  /** The title of the page the number was clicked on, when the call started from a card there. */
  foundOn: v.optional(text(LIMITS.callFoundOn)),
  /** Counts the writes to this record (shared/revision.ts). */
  revision,
});

export const FollowUpSchema = v.object({
  id: recordId,
  customerId: v.optional(recordId),
  callId: v.optional(recordId),
  e164,
  dueAt: time,
  channel: oneOf(CHANNELS),
  note: text(LIMITS.followUpNote),
  status: oneOf(FOLLOW_UP_STATUSES),
  /** When its reminder was shown; a snooze drops it so the new time reminds again. */
  notifiedAt: v.optional(time),
  createdAt: time,
});
