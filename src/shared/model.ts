/**
 * The records Callprep keeps, shared by every context. The database (src/db) stores exactly these;
 * the UI renders them; messages carry them. Times are epoch milliseconds (UTC).
 */

export type PhoneLabel = 'direct' | 'mobile' | 'switchboard' | 'fax' | 'other';
export const PHONE_LABELS: readonly PhoneLabel[] = ['direct', 'mobile', 'switchboard', 'fax', 'other'];

export interface CustomerPhone {
  /** E.164 form, e.g. "+12127368410": the key a clicked number is looked up by. */
  e164: string;
  label: PhoneLabel;
  /** Extension dialled after the number, digits only. */
  ext?: string;
}

export type Channel = 'phone' | 'email' | 'sms' | 'messaging' | 'letter' | 'in-person';
export const CHANNELS: readonly Channel[] = ['phone', 'email', 'sms', 'messaging', 'letter', 'in-person'];

/** ISO weekday: Monday = 1 … Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A daily window in the customer's own time zone, "HH:mm" 24-hour; end is exclusive. */
export interface TimeWindow {
  start: string;
  end: string;
}

export interface ContactPreferences {
  /** Ranked, most preferred first. */
  channels: Channel[];
  bestDays: Weekday[];
  bestWindows: TimeWindow[];
  worstWindows: TimeWindow[];
  /** After a call nobody answered, wait this long before the next attempt. */
  retryAfterHours: number;
}

export interface Customer {
  id: string;
  name: string;
  company?: string;
  title?: string;
  emails: string[];
  phones: CustomerPhone[];
  /** Derived from `phones` on every write: the multi-entry index a lookup by number uses. */
  phoneKeys: string[];
  tags: string[];
  products: string[];
  serviceLevel?: string;
  /** IANA zone, e.g. "America/New_York". */
  timeZone?: string;
  notes?: string;
  preferences: ContactPreferences;
  createdAt: number;
  updatedAt: number;
  /** Counts the writes to this record; absent on records written before revisions (0). See shared/revision.ts. */
  revision?: number;
}

export interface Concern {
  id: string;
  customerId: string;
  text: string;
  status: 'open' | 'resolved';
  createdAt: number;
  resolvedAt?: number;
}

export interface Commitment {
  id: string;
  customerId: string;
  /** What was promised, e.g. "send the quote". */
  what: string;
  /** Who promised it: the user ("me"), the customer, or a colleague's name. */
  who: string;
  dueAt?: number;
  doneAt?: number;
  callId?: string;
  createdAt: number;
}

export type CallOutcome = 'connected' | 'voicemail' | 'no-answer' | 'busy' | 'wrong-number' | 'callback-requested';
export const CALL_OUTCOMES: readonly CallOutcome[] = [
  'connected',
  'voicemail',
  'no-answer',
  'busy',
  'wrong-number',
  'callback-requested',
];

export interface Call {
  id: string;
  customerId?: string;
  e164: string;
  ext?: string;
  startedAt: number;
  endedAt?: number;
  status: 'open' | 'closed';
  outcome?: CallOutcome;
  notes: string;
  /** Set when the call was closed with a follow-up… */
  followUpId?: string;
  /** …or with an explicit "no follow-up". Exactly one of the two on a closed call. */
  noFollowUp?: boolean;
  /** Counts the writes to this record; absent on records written before revisions (0). See shared/revision.ts. */
  revision?: number;
}

export interface FollowUp {
  id: string;
  customerId?: string;
  callId?: string;
  e164: string;
  dueAt: number;
  channel: Channel;
  note: string;
  status: 'pending' | 'done' | 'cancelled';
  notifiedAt?: number;
  createdAt: number;
}

export const DEFAULT_PREFERENCES: ContactPreferences = {
  channels: ['phone', 'email'],
  bestDays: [1, 2, 3, 4, 5],
  bestWindows: [{ start: '09:00', end: '17:00' }],
  worstWindows: [{ start: '12:00', end: '13:00' }],
  retryAfterHours: 4,
};
