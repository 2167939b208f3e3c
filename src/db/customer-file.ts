/** Everything the card shows for a customer, and what a clicked number finds. */
import type { Call, Commitment, Concern, Customer } from '../shared/model.ts';
import { zoneOfNumber } from '../shared/number-zone.ts';
import type { CustomerFile, NumberLookup } from '../shared/views.ts';
import type { CallprepDatabase } from './database.ts';
import { customersByNumber, getCustomer } from './customers.ts';

export const RECENT_CALLS = 10;

/** Open concerns first, resolved last; newest first within each. */
const byConcernOrder = (a: Concern, b: Concern) =>
  Number(a.status === 'resolved') - Number(b.status === 'resolved') || b.createdAt - a.createdAt;

/** Commitments not yet kept first, soonest due first (no due date after dated ones). */
const byCommitmentOrder = (a: Commitment, b: Commitment) =>
  Number(a.doneAt !== undefined) - Number(b.doneAt !== undefined) ||
  (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) ||
  a.createdAt - b.createdAt;

export async function customerFile(db: CallprepDatabase, customer: Customer): Promise<CustomerFile> {
  const [concerns, commitments, calls, followUps] = await Promise.all([
    db.concerns.where('customerId').equals(customer.id).toArray(),
    db.commitments.where('customerId').equals(customer.id).toArray(),
    db.calls.where('customerId').equals(customer.id).toArray(),
    db.followUps.where('customerId').equals(customer.id).toArray(),
  ]);
  return {
    customer,
    concerns: concerns.sort(byConcernOrder),
    commitments: commitments.sort(byCommitmentOrder),
    recentCalls: calls.sort((a, b) => b.startedAt - a.startedAt).slice(0, RECENT_CALLS),
    pendingFollowUps: followUps.filter((f) => f.status === 'pending').sort((a, b) => a.dueAt - b.dueAt),
  };
}

export async function getCustomerFile(db: CallprepDatabase, id: string): Promise<CustomerFile | null> {
  return db.transaction('r', [db.customers, db.concerns, db.commitments, db.calls, db.followUps], async () => {
    const customer = await getCustomer(db, id);
    return customer ? customerFile(db, customer) : null;
  });
}

/** The newest call on this number that was started and not wrapped up. */
export async function openCallOn(db: CallprepDatabase, e164: string): Promise<Call | null> {
  const open = await db.calls.where('e164').equals(e164).filter((c) => c.status === 'open').toArray();
  return open.sort((a, b) => b.startedAt - a.startedAt)[0] ?? null;
}

export async function lookupNumber(db: CallprepDatabase, e164: string): Promise<NumberLookup> {
  return db.transaction('r', [db.customers, db.concerns, db.commitments, db.calls, db.followUps], async () => {
    const customers = await customersByNumber(db, e164);
    const matches = await Promise.all(customers.sort((a, b) => a.name.localeCompare(b.name)).map((c) => customerFile(db, c)));
    return { e164, matches, openCall: await openCallOn(db, e164), numberZone: zoneOfNumber(e164) ?? null };
  });
}
