/** Calls: started on a number, notes saved as typed, closed only with notes, outcome and follow-up. */
import type { CallWrapUp } from '../shared/protocol/index.ts';
import type { Call, FollowUp } from '../shared/model.ts';
import { openCallOn } from './customer-file.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { newId } from './ids.ts';

export interface StartCallInput {
  e164: string;
  ext?: string;
  customerId?: string;
}

/** The open call on this number if there is one, else a new call tied to the given or only matching customer. */
export async function startCall(db: CallprepDatabase, input: StartCallInput, now: number): Promise<Call> {
  return db.transaction('rw', db.calls, db.customers, async () => {
    const open = await openCallOn(db, input.e164);
    if (open) return open;
    let customerId = input.customerId;
    if (customerId !== undefined && !(await db.customers.get(customerId))) throw new Refusal('This customer no longer exists.');
    const matches = await db.customers.where('phoneKeys').equals(input.e164).toArray();
    if (customerId === undefined && matches.length === 1) customerId = matches[0]?.id;
    const customer = matches.find((c) => c.id === customerId);
    const ext = input.ext ?? customer?.phones.find((p) => p.e164 === input.e164 && p.ext)?.ext;
    const call: Call = { id: newId(), e164: input.e164, startedAt: now, status: 'open', notes: '' };
    if (customerId !== undefined) call.customerId = customerId;
    if (ext) call.ext = ext;
    await db.calls.add(call);
    return call;
  });
}

async function openCall(db: CallprepDatabase, callId: string): Promise<Call> {
  const call = await db.calls.get(callId);
  if (!call) throw new Refusal('This call no longer exists.');
  if (call.status !== 'open') throw new Refusal('This call is already closed.');
  return call;
}

export async function saveCallNotes(db: CallprepDatabase, callId: string, notes: string): Promise<Call> {
  return db.transaction('rw', db.calls, async () => {
    const call = { ...(await openCall(db, callId)), notes };
    await db.calls.put(call);
    return call;
  });
}

/** Closes the call and creates its follow-up in one transaction: both happen or neither. */
export async function finishCall(db: CallprepDatabase, wrapUp: CallWrapUp, now: number): Promise<{ call: Call; followUp: FollowUp | null }> {
  const notes = wrapUp.notes.trim();
  if (!notes) throw new Refusal('Write what was said before closing the call: the notes are empty.');
  return db.transaction('rw', db.calls, db.followUps, async () => {
    const call: Call = { ...(await openCall(db, wrapUp.callId)), status: 'closed', endedAt: now, outcome: wrapUp.outcome, notes };
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
      call.followUpId = followUp.id;
      delete call.noFollowUp;
    } else {
      call.noFollowUp = true;
    }
    await db.calls.put(call);
    return { call, followUp };
  });
}
