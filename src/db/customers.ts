/** Creating and changing customers; every write raises the customer's revision. */
import type { CustomerDraft, CustomerPatch } from '../shared/model.ts';
import type { Customer } from '../shared/model.ts';
import type { CustomerBase } from '../shared/protocol/index.ts';
import { revisionOf } from '../shared/revision.ts';
import type { CallprepDatabase } from './database.ts';
import { buildCustomer, toCustomer } from './customer-record.ts';
import { resolveEdit } from './customer-edit.ts';
import { Refusal } from './errors.ts';
import { newId } from './ids.ts';
import { syncedTransaction } from './sync/outbox.ts';
import { t } from '../shared/i18n/messages.ts';

export async function createCustomer(db: CallprepDatabase, draft: CustomerDraft, now: number): Promise<Customer> {
  const row = { ...buildCustomer(draft, newId(), now, now), revision: 1 };
  return syncedTransaction(db, [db.customers], async (queue) => {
    await db.customers.add(row);
    await queue('customer', row.id);
    return toCustomer(row);
  });
}

/** Applies an edit made from `base` (what the card showed); see customer-edit.ts for edits that cross. */
export async function updateCustomer(db: CallprepDatabase, id: string, patch: CustomerPatch, base: CustomerBase, now: number): Promise<Customer> {
  return syncedTransaction(db, [db.customers], async (queue) => {
    const existing = await db.customers.get(id);
    if (!existing) throw new Refusal(t('refuse_customerGone'));
    const current = toCustomer(existing);
    const edit = resolveEdit(current, patch, base);
    const draft = { ...current, ...edit, name: edit.name ?? existing.name };
    const row = { ...buildCustomer(draft, id, existing.createdAt, now), revision: revisionOf(existing) + 1 };
    await db.customers.put(row);
    await queue('customer', id);
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
