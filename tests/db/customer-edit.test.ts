import { describe, expect, it } from 'vitest';
import { createCustomer, updateCustomer } from '../../src/db/customers.ts';
import type { CustomerPatch } from '../../src/shared/model.ts';
import type { Customer } from '../../src/shared/model.ts';
import { T0, freshDb } from './fresh-db.ts';
import { formatWindow } from '../../src/shared/time/index.ts';

/** What a card sends: the patch and the values it had on screen for those fields. */
const from = (seen: Customer, patch: CustomerPatch) => ({
  patch,
  base: { revision: seen.revision ?? 0, values: Object.fromEntries(Object.keys(patch).map((k) => [k, seen[k as keyof Customer]])) as CustomerPatch },
});

async function twoTabsOn() {
  const db = freshDb();
  const seen = await createCustomer(db, { name: 'Ada Lovelace', title: 'CTO', emails: ['ada@engines.example'], notes: 'Prefers mornings.' }, T0);
  const save = (patch: CustomerPatch, shown = seen) => {
    const { base } = from(shown, patch);
    return updateCustomer(db, seen.id, patch, base, T0 + 1);
  };
  return { db, seen, save };
}

describe('customer edits from two tabs', () => {
  it('applies edits of different fields from the same state, both kept', async () => {
    const { save } = await twoTabsOn();
    await save({ title: 'CEO' });
    const after = await save({ emails: ['ada@analytical.example'] });
    expect(after).toMatchObject({ title: 'CEO', emails: ['ada@analytical.example'], revision: 3 });
  });

  it('refuses a field changed in another tab, saying what it is now and what was typed', async () => {
    const { db, seen, save } = await twoTabsOn();
    await save({ title: 'CEO' });
    await expect(save({ title: 'Head of Research' })).rejects.toThrow(
      'Changed in another tab while you were editing: the title is now "CEO" (yours: "Head of Research"). Save again to replace it with yours.',
    );
    expect((await db.customers.get(seen.id))?.title).toBe('CEO');
  });

  it('saves it when the user saves again from what is stored now', async () => {
    const { db, seen, save } = await twoTabsOn();
    const now = await save({ title: 'CEO' });
    await expect(save({ title: 'Head of Research' }, now)).resolves.toMatchObject({ title: 'Head of Research' });
    expect((await db.customers.get(seen.id))?.revision).toBe(3);
  });

  it('merges the customer notes instead of refusing', async () => {
    const { save } = await twoTabsOn();
    await save({ notes: 'Prefers mornings. Has a new assistant.' });
    const after = await save({ notes: 'Prefers mornings. Budget in March.' });
    expect(after.notes).toBe('Prefers mornings. Has a new assistant. Budget in March.');
  });

  it('keeps a preference changed in another tab when this tab changed a different one', async () => {
    const { seen, save } = await twoTabsOn();
    await save({ preferences: { ...seen.preferences, bestDays: [1, 2, 3] } });
    const after = await save({ preferences: { ...seen.preferences, retryAfterHours: 24 } });
    expect(after.preferences).toMatchObject({ bestDays: [1, 2, 3], retryAfterHours: 24 });
  });

  it('refuses the same preference changed two ways', async () => {
    const { seen, save } = await twoTabsOn();
    await save({ preferences: { ...seen.preferences, bestWindows: [{ start: '08:00', end: '10:00' }] } });
    await expect(save({ preferences: { ...seen.preferences, bestWindows: [{ start: '14:00', end: '16:00' }] } })).rejects.toThrow(
      // In the user's clock, as the card shows hours ("8:00 AM–10:00 AM" or "08:00–10:00").
      `the best hours are now "${formatWindow({ start: '08:00', end: '10:00' })}" (yours: "${formatWindow({ start: '14:00', end: '16:00' })}")`,
    );
  });

  it('does not call it a clash when both tabs typed the same value', async () => {
    const { save } = await twoTabsOn();
    await save({ title: 'CEO' });
    await expect(save({ title: 'CEO' })).resolves.toMatchObject({ title: 'CEO' });
  });

  it('treats a customer stored before revisions (none) like any other', async () => {
    const { db, seen } = await twoTabsOn();
    await db.customers.update(seen.id, { revision: undefined });
    const { patch, base } = from({ ...seen, revision: undefined }, { title: 'CEO' });
    await expect(updateCustomer(db, seen.id, patch, base, T0 + 2)).resolves.toMatchObject({ title: 'CEO', revision: 1 });
  });
});
