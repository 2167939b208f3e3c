/**
 * The records Callprep keeps, shared by every context. The database (src/db) stores exactly these;
 * the UI renders them; messages carry them. Times are epoch milliseconds (UTC). Each type is
 * inferred from its schema in records/schemas.ts, where the limits and the field comments live.
 */
import type * as v from 'valibot';
import {
  CALL_OUTCOMES,
  CHANNELS,
  PHONE_LABELS,
  type CallSchema,
  type CommitmentSchema,
  type ConcernSchema,
  type CustomerDraftSchema,
  type CustomerPatchSchema,
  type CustomerSchema,
  type DoNotContactSchema,
  type OptOutSchema,
  type FollowUpSchema,
  type PhoneSchema,
  type PreferencesSchema,
  type TimeWindowSchema,
} from './records/schemas.ts';

export { CALL_OUTCOMES, CHANNELS, PHONE_LABELS };

export type PhoneLabel = (typeof PHONE_LABELS)[number];
export type Channel = (typeof CHANNELS)[number];
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
/** ISO weekday: Monday = 1 … Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type CustomerPhone = v.InferOutput<typeof PhoneSchema>;
export type TimeWindow = v.InferOutput<typeof TimeWindowSchema>;
export type ContactPreferences = v.InferOutput<typeof PreferencesSchema>;
export type OptOut = v.InferOutput<typeof OptOutSchema>;
export type DoNotContact = v.InferOutput<typeof DoNotContactSchema>;
export type Customer = v.InferOutput<typeof CustomerSchema>;
/** What a user or an import may set on a new customer. */
export type CustomerDraft = v.InferOutput<typeof CustomerDraftSchema>;
/** A partial update of a customer. */
export type CustomerPatch = v.InferOutput<typeof CustomerPatchSchema>;
export type Concern = v.InferOutput<typeof ConcernSchema>;
export type Commitment = v.InferOutput<typeof CommitmentSchema>;
export type Call = v.InferOutput<typeof CallSchema>;
export type FollowUp = v.InferOutput<typeof FollowUpSchema>;

export const DEFAULT_PREFERENCES: ContactPreferences = {
  channels: ['phone', 'email'],
  bestDays: [1, 2, 3, 4, 5],
  bestWindows: [{ start: '09:00', end: '17:00' }],
  worstWindows: [{ start: '12:00', end: '13:00' }],
  retryAfterHours: 4,
};
