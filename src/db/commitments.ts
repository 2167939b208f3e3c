/** Commitments: what someone promised ("send the quote"), open until done. */
import type { Commitment } from '../shared/model.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { newId } from './ids.ts';
import { t } from '../shared/i18n/messages.ts';

export interface CommitmentInput {
  customerId: string;
  what: string;
  who: string;
  dueAt?: number;
  callId?: string;
}

export async function addCommitment(db: CallprepDatabase, input: CommitmentInput, now: number): Promise<Commitment> {
  const what = input.what.trim();
  if (!what) throw new Refusal(t('refuse_whatPromised'));
  return db.transaction('rw', db.customers, db.commitments, async () => {
    if (!(await db.customers.get(input.customerId))) throw new Refusal(t('refuse_customerGone'));
    const commitment: Commitment = { id: newId(), customerId: input.customerId, what, who: input.who.trim() || 'me', createdAt: now };
    if (input.dueAt !== undefined) commitment.dueAt = input.dueAt;
    if (input.callId !== undefined) commitment.callId = input.callId;
    await db.commitments.add(commitment);
    return commitment;
  });
}

export async function setCommitmentDone(db: CallprepDatabase, id: string, done: boolean, now: number): Promise<Commitment> {
  return db.transaction('rw', db.commitments, async () => {
    const commitment = await db.commitments.get(id);
    if (!commitment) throw new Refusal(t('refuse_commitmentGone'));
    const next: Commitment = { ...commitment };
    if (done) next.doneAt = commitment.doneAt ?? now;
    else delete next.doneAt;
    await db.commitments.put(next);
    return next;
  });
}
