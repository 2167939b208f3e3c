/**
 * The rules a call is closed by, in one place. The background enforces them (db/calls.ts closes a
 * call, db/follow-ups.ts moves a follow-up) and refuses with these messages; the card's wrap-up form
 * and the popup's snooze only point them out before the user sends.
 */
import { t } from './i18n/messages.ts';

export const CALL_RULE_MESSAGES = {
  // Getters: the words are looked up in the user's language when a refusal is made.
  get notesRequired(): string {
    return t('refuse_notesEmpty');
  },
  get followUpInFuture(): string {
    return t('refuse_followUpInFuture');
  },
};

/** A call is closed only with notes: whitespace alone is none. */
export const hasNotes = (notes: string): boolean => notes.trim().length > 0;

/** A follow-up (or a snoozed one's new time) must lie ahead of now. */
export const isInFuture = (dueAt: number, now: number): boolean => dueAt > now;
