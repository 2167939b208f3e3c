/** Concerns: what worries a customer, open until resolved. */
import type { Concern } from '../shared/model.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { newId } from './ids.ts';
import { t } from '../shared/i18n/messages.ts';

export async function addConcern(db: CallprepDatabase, customerId: string, text: string, now: number): Promise<Concern> {
  const trimmed = text.trim();
  if (!trimmed) throw new Refusal(t('refuse_describeConcern'));
  return db.transaction('rw', db.customers, db.concerns, async () => {
    if (!(await db.customers.get(customerId))) throw new Refusal(t('refuse_customerGone'));
    const concern: Concern = { id: newId(), customerId, text: trimmed, status: 'open', createdAt: now };
    await db.concerns.add(concern);
    return concern;
  });
}

export async function setConcernResolved(db: CallprepDatabase, id: string, resolved: boolean, now: number): Promise<Concern> {
  return db.transaction('rw', db.concerns, async () => {
    const concern = await db.concerns.get(id);
    if (!concern) throw new Refusal(t('refuse_concernGone'));
    const next: Concern = { ...concern, status: resolved ? 'resolved' : 'open' };
    if (resolved) next.resolvedAt = concern.resolvedAt ?? now;
    else delete next.resolvedAt;
    await db.concerns.put(next);
    return next;
  });
}
