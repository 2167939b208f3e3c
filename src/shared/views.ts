/** Shapes the background answers with: records joined for one screen. */
import type { NumberZone } from './customer-zone.ts';
import type { Call, Commitment, Concern, ContactPreferences, Customer, FollowUp } from './model.ts';

/** Everything the card shows about one customer. */
export interface CustomerFile {
  customer: Customer;
  concerns: Concern[];
  commitments: Commitment[];
  /** Newest first, at most 10. */
  recentCalls: Call[];
  pendingFollowUps: FollowUp[];
}

/** What the card gets for a clicked number. */
export interface NumberLookup {
  e164: string;
  /** Usually one; several when the number is a switchboard shared by many customers. */
  matches: CustomerFile[];
  /** A call on this number that was started and not yet wrapped up, if any. */
  openCall: Call | null;
  /** The clock the number's country keeps (number-zone.ts): the card shows it when a file has no zone of its own. */
  numberZone: NumberZone | null;
}

/** What went with a deleted customer (none when they were already gone). */
export interface CustomerDeletion {
  /** Their follow-ups, deleted too: reminders for them no longer apply. */
  followUpIds: string[];
  calls: number;
}

export interface FollowUpListItem {
  followUp: FollowUp;
  customerName: string | null;
  /** When the customer likes to be reached, so a follow-up can be moved to a good time; null without a customer. */
  contact: { preferences: ContactPreferences; timeZone?: string } | null;
  /** Without a customer: the call it was agreed on, and the page that call's number was found on. */
  origin?: { calledAt: number; foundOn?: string };
}

/** A call started and not wrapped up yet: what the call panel and the toolbar badge show. */
export interface OpenCallItem {
  call: Call;
  customerName: string | null;
}
