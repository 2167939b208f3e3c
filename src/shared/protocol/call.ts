import * as v from 'valibot';
import type { Call } from '../model.ts';
import { e164, oneOf, recordId, text, time } from '../records/fields.ts';
import { LIMITS } from '../records/limits.ts';
import { CALL_OUTCOMES, CHANNELS } from '../records/schemas.ts';
import { NOTES_MAX, NotesBaseSchema } from '../revision.ts';
import { answer, message } from './define.ts';

const FollowUpDraftSchema = v.object({ dueAt: time, channel: oneOf(CHANNELS), note: text(LIMITS.followUpNote) });
export type FollowUpDraft = v.InferOutput<typeof FollowUpDraftSchema>;

const CallWrapUpSchema = v.object({
  callId: recordId,
  notes: text(NOTES_MAX),
  outcome: oneOf(CALL_OUTCOMES),
  /** null = the user chose "no follow-up" explicitly. */
  followUp: v.nullable(FollowUpDraftSchema),
  /** The notes as last saved before the wrap-up: notes saved meanwhile from another card are merged in, not replaced. */
  base: v.optional(NotesBaseSchema),
});
export type CallWrapUp = v.InferOutput<typeof CallWrapUpSchema>;

const SaveNotesSchema = v.object({
  callId: recordId,
  notes: text(NOTES_MAX),
  /** What the card had from the background when it was typed: saves from elsewhere since then are merged. */
  base: NotesBaseSchema,
});
export type SaveNotes = v.InferOutput<typeof SaveNotesSchema>;

export const callMessages = {
  /** Opens (or returns the already open) call on a number and the URL that hands it to the softphone. */
  /** Refused for a customer or number marked do-not-call unless `overrideReason` says why (kept on the call). */
  'call/start': message(
    'ui',
    v.object({
      e164, ext: v.optional(text(LIMITS.extDigits)), customerId: v.optional(recordId),
      overrideReason: v.optional(text(LIMITS.optOutReason)), foundOn: v.optional(text(LIMITS.callFoundOn)),
    }),
    answer<{ call: Call; dialUrl: string }>(),
  ),
  /** Answers with the call as stored: the notes merged with any saved from elsewhere since `base`, and its new revision. */
  'call/save-notes': message('ui', SaveNotesSchema, answer<Call>()),
  /** One call as stored now (an open card checks it when told the call changed), or null when it is gone. */
  'call/get': message('ui', v.object({ id: recordId }), answer<Call | null>()),
  /**
   * Closes a call. The background refuses it without notes or with a follow-up that is not in the
   * future (shared/call-rules.ts); an outcome and a follow-up (or an explicit none) are in the schema.
   */
  'call/finish': message('ui', CallWrapUpSchema, answer<Call>()),
};
