import { e164, id, nullable, num, object, oneOf, optional, str } from '../guard.ts';
import { CALL_OUTCOMES, CHANNELS, type Call, type CallOutcome, type Channel } from '../model.ts';
import { NOTES_MAX, notesBase, type NotesBase } from '../revision.ts';
import { message } from './define.ts';

export interface FollowUpDraft {
  dueAt: number;
  channel: Channel;
  note: string;
}

export interface CallWrapUp {
  callId: string;
  notes: string;
  outcome: CallOutcome;
  /** null = the user chose "no follow-up" explicitly. */
  followUp: FollowUpDraft | null;
  /** The notes as last saved before the wrap-up: notes saved meanwhile from another card are merged in, not replaced. */
  base?: NotesBase;
}

export interface SaveNotes {
  callId: string;
  notes: string;
  /** What the card had from the background when it was typed: saves from elsewhere since then are merged. */
  base: NotesBase;
}

export const callMessages = {
  /** Opens (or returns the already open) call on a number and the URL that hands it to the softphone. */
  'call/start': message<{ e164: string; ext?: string; customerId?: string }, { call: Call; dialUrl: string }>(
    'ui',
    object({ e164, ext: optional(str(12)), customerId: optional(id) }),
  ),
  /** Answers with the call as stored: the notes merged with any saved from elsewhere since `base`, and its new revision. */
  'call/save-notes': message<SaveNotes, Call>('ui', object({ callId: id, notes: str(NOTES_MAX), base: notesBase })),
  /** One call as stored now (an open card checks it when told the call changed), or null when it is gone. */
  'call/get': message<{ id: string }, Call | null>('ui', object({ id })),
  /** Closes a call; refused unless notes, an outcome and a follow-up (or an explicit none) are given. */
  'call/finish': message<CallWrapUp, Call>(
    'ui',
    object({
      callId: id,
      notes: str(NOTES_MAX),
      outcome: oneOf(CALL_OUTCOMES),
      followUp: nullable(object({ dueAt: num, channel: oneOf(CHANNELS), note: str(2000) })),
      base: optional(notesBase),
    }),
  ),
};
