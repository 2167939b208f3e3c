/** Creating and changing customers. */
import type { CustomerDraft, CustomerPatch } from '../shared/model-guards.ts';
import type { Customer } from '../shared/model.ts';
import type { CallprepDatabase } from './database.ts';
import { buildCustomer, toCustomer } from './customer-record.ts';
import { Refusal } from './errors.ts';
import { newId } from './ids.ts';

export async function createCustomer(db: CallprepDatabase, draft: CustomerDraft, now: number): Promise<Customer> {
  const row = buildCustomer(draft, newId(), now, now);
  await db.customers.add(row);
  return toCustomer(row);
}

export async function updateCustomer(db: CallprepDatabase, id: string, patch: CustomerPatch, now: number): Promise<Customer> {
  return db.transaction('rw', db.customers, async () => {
    const existing = await db.customers.get(id);
    if (!existing) throw new Refusal('This customer no longer exists.');
    const row = buildCustomer({ ...toCustomer(existing), ...patch, name: patch.name ?? existing.name }, id, existing.createdAt, now);
    await db.customers.put(row);
    return toCustomer(row);
  });
}

export async function getCustomer(db: CallprepDatabase, id: string): Promise<Customer | undefined> {
  const row = await db.customers.get(id);
  return row && toCustomer(row);
}

export async function customersByNumber(db: CallprepDatabase, e164: string): Promise<Customer[]> {
  const rows = await db.customers.where('phoneKeys').equals(e164).toArray();
  return rows.map(toCustomer);
}
