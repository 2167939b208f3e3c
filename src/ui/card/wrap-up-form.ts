/**
 * The wrap-up form's checks, kept apart from the view so they can be tested on their own. The rules
 * themselves are shared/call-rules.ts, enforced by the background; here they only help before sending.
 */
import { hasNotes, isInFuture } from '../../shared/call-rules.ts';
import type { CallOutcome, Channel } from '../../shared/model.ts';
import type { CallWrapUp } from '../../shared/protocol/index.ts';
import { CALL_OUTCOMES } from '../../shared/model.ts';
import { t } from '../../shared/i18n/messages.ts';
import { fromDateTimeInputs } from '../../shared/time/index.ts';

export interface WrapUpDraft {
  notes: string;
  outcome: CallOutcome | '';
  noFollowUp: boolean;
  date: string;
  time: string;
  channel: Channel;
  note: string;
}

export type WrapUpErrors = Partial<Record<'notes' | 'outcome' | 'followUp', string>>;

/** Either the message to send, or what the user still has to fill in. */
export function checkWrapUp(callId: string, draft: WrapUpDraft, now: number): { ok: true; wrapUp: CallWrapUp } | { ok: false; errors: WrapUpErrors } {
  const errors: WrapUpErrors = {};
  const notes = draft.notes.trim();
  if (!hasNotes(notes)) errors.notes = t('wrapNotesRequired');
  if (!(CALL_OUTCOMES as readonly string[]).includes(draft.outcome)) errors.outcome = t('wrapChooseOutcome');
  const dueAt = fromDateTimeInputs(draft.date, draft.time);
  if (!draft.noFollowUp) {
    if (dueAt === null) errors.followUp = t('wrapPickFollowUp', t('noFollowUp'));
    else if (!isInFuture(dueAt, now)) errors.followUp = t('refuse_followUpInFuture');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    wrapUp: {
      callId,
      notes,
      outcome: draft.outcome as CallOutcome,
      followUp: draft.noFollowUp || dueAt === null ? null : { dueAt, channel: draft.channel, note: draft.note.trim() },
    },
  };
}
