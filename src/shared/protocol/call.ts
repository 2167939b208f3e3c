import { e164, id, nullable, num, object, oneOf, optional, str } from '../guard.ts';
import { CALL_OUTCOMES, CHANNELS, type Call, type CallOutcome, type Channel } from '../model.ts';
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
}

export const callMessages = {
  /** Opens (or returns the already open) call on a number and the URL that hands it to the softphone. */
  'call/start': message<{ e164: string; ext?: string; customerId?: string }, { call: Call; dialUrl: string }>(
    'ui',
    object({ e164, ext: optional(str(12)), customerId: optional(id) }),
  ),
  'call/save-notes': message<{ callId: string; notes: string }, Call>('ui', object({ callId: id, notes: str(50_000) })),
  /** Closes a call; refused unless notes, an outcome and a follow-up (or an explicit none) are given. */
  'call/finish': message<CallWrapUp, Call>(
    'ui',
    object({
      callId: id,
      notes: str(50_000),
      outcome: oneOf(CALL_OUTCOMES),
      followUp: nullable(object({ dueAt: num, channel: oneOf(CHANNELS), note: str(2000) })),
    }),
  ),
};
