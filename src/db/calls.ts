/**
 * Calls: started on a number, notes saved as typed, closed only with notes, outcome and follow-up.
 * Notes saved from two cards at once are merged (shared/text-merge.ts), never overwritten.
 */
import type { CallWrapUp, SaveNotes } from '../shared/protocol/index.ts';
import { CALL_RULE_MESSAGES, hasNotes, isInFuture } from '../shared/call-rules.ts';
import type { Call, FollowUp } from '../shared/model.ts';
import { revisionOf, type NotesBase } from '../shared/revision.ts';
import { mergeText } from '../shared/text-merge.ts';
import { openCallOn } from './customer-file.ts';
import { optOutRefusal, refuseClosedChannel } from './do-not-contact.ts';
import { hasOverrideReason, optOutFor } from '../shared/do-not-contact.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { newId } from './ids.ts';
import { syncedTransaction } from './sync/outbox.ts';
import { t } from '../shared/i18n/messages.ts';

export interface StartCallInput {
  e164: string;
  ext?: string;
  customerId?: string;
  /** Why the user calls a customer or number marked do-not-call; refused without one. */
  overrideReason?: string;
  /** The page's title, when the call starts from a card on a page. */
  foundOn?: string;
}

/** The open call on this number if there is one, else a new call tied to the given or only matching customer. */
export async function startCall(db: CallprepDatabase, input: StartCallInput, now: number): Promise<Call> {
  return db.transaction('rw', db.calls, db.customers, async () => {
    const open = await openCallOn(db, input.e164);
    if (open) return open;
    let customerId = input.customerId;
    if (customerId !== undefined && !(await db.customers.get(customerId))) throw new Refusal(t('refuse_customerGone'));
    const matches = await db.customers.where('phoneKeys').equals(input.e164).toArray();
    if (customerId === undefined && matches.length === 1) customerId = matches[0]?.id;
    const customer = matches.find((c) => c.id === customerId);
    const ext = input.ext ?? customer?.phones.find((p) => p.e164 === input.e164 && p.ext)?.ext;
    const doNotCall = optOutFor(customer, 'phone', input.e164);
    if (doNotCall && !hasOverrideReason(input.overrideReason)) throw new Refusal(optOutRefusal('phone', doNotCall));
    const call: Call = { id: newId(), e164: input.e164, startedAt: now, status: 'open', notes: '', revision: 1 };
    if (customerId !== undefined) call.customerId = customerId;
    if (ext) call.ext = ext;
    // Logged with the call it allowed, so the export and the history show who overrode what, and why.
    if (doNotCall) call.overrideReason = input.overrideReason?.trim();
    if (input.foundOn) call.foundOn = input.foundOn;
    await db.calls.add(call);
    return call;
  });
}

/*
 * Dexie promises, not async functions: a native await two calls deep inside a transaction loses
 * Dexie's zone (measured with fake-indexeddb), and the writes after it then ran outside the
 * transaction, so finishCall's close and its follow-up were not one change.
 */
function existingCall(db: CallprepDatabase, callId: string): Promise<Call> {
  return db.calls.get(callId).then((call) => {
    if (!call) throw new Refusal(t('refuse_callGone'));
    return call;
  });
}

function openCall(db: CallprepDatabase, callId: string): Promise<Call> {
  return existingCall(db, callId).then((call) => {
    if (call.status !== 'open') throw new Refusal(t('refuse_callClosed'));
    return call;
  });
}

export const getCall = async (db: CallprepDatabase, id: string): Promise<Call | null> => (await db.calls.get(id)) ?? null;

/** The notes to store: `notes` as typed from `base`, merged with whatever was saved from elsewhere since. */
const notesOnTop = (stored: Call, notes: string, base: NotesBase | undefined): string => (base ? mergeText(base.notes, stored.notes, notes) : notes);

/**
 * Saves notes typed on a call. Also on a call closed meanwhile (wrapped up in another tab): the words
 * were typed during it, so they join its notes rather than vanish. Saving what is stored already
 * (a retry of a save whose answer was lost) changes nothing, not even the revision.
 */
export async function saveCallNotes(db: CallprepDatabase, { callId, notes, base }: SaveNotes): Promise<Call> {
  return syncedTransaction(db, [db.calls], async (queue) => {
    const stored = await existingCall(db, callId);
    const merged = notesOnTop(stored, notes, base);
    if (merged === stored.notes) return stored;
    const call: Call = { ...stored, notes: merged, revision: revisionOf(stored) + 1 };
    await db.calls.put(call);
    // An open call's notes stay on this device until it is closed; words added after that travel.
    if (call.status === 'closed') await queue('call', call.id);
    return call;
  });
}

/**
 * Closes the call and creates its follow-up in one transaction: both happen or neither. Refused
 * without notes (those saved from another card count) or with a follow-up that is not in the future.
 */
export async function finishCall(db: CallprepDatabase, wrapUp: CallWrapUp, now: number): Promise<{ call: Call; followUp: FollowUp | null }> {
  if (wrapUp.followUp && !isInFuture(wrapUp.followUp.dueAt, now)) throw new Refusal(CALL_RULE_MESSAGES.followUpInFuture);
  return syncedTransaction(db, [db.calls, db.followUps, db.customers], async (queue) => {
    const stored = await openCall(db, wrapUp.callId);
    if (wrapUp.followUp) await refuseClosedChannel(db, stored.customerId, wrapUp.followUp.channel, stored.e164);
    const notes = notesOnTop(stored, wrapUp.notes, wrapUp.base).trim();
    if (!hasNotes(notes)) throw new Refusal(CALL_RULE_MESSAGES.notesRequired);
    const call: Call = { ...stored, status: 'closed', endedAt: now, outcome: wrapUp.outcome, notes, revision: revisionOf(stored) + 1 };
    let followUp: FollowUp | null = null;
    if (wrapUp.followUp) {
      followUp = {
        id: newId(),
        e164: call.e164,
        dueAt: wrapUp.followUp.dueAt,
        channel: wrapUp.followUp.channel,
        note: wrapUp.followUp.note.trim(),
        status: 'pending',
        callId: call.id,
        createdAt: now,
      };
      if (call.customerId !== undefined) followUp.customerId = call.customerId;
      await db.followUps.add(followUp);
      await queue('followUp', followUp.id);
      call.followUpId = followUp.id;
      delete call.noFollowUp;
    } else {
      call.noFollowUp = true;
    }
    await db.calls.put(call);
    await queue('call', call.id);
    return { call, followUp };
  });
}
