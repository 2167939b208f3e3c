import { describe, expect, it } from 'vitest';
import { addCommitment, setCommitmentDone } from '../../src/db/commitments.ts';
import { addConcern, setConcernResolved } from '../../src/db/concerns.ts';
import { createCustomer } from '../../src/db/customers.ts';
import { T0, freshDb } from './fresh-db.ts';

describe('concerns and commitments', () => {
  it('resolves and reopens a concern', async () => {
    const db = freshDb();
    const c = await createCustomer(db, { name: 'Cy' }, T0);
    const concern = await addConcern(db, c.id, ' Invoice too high ', T0);
    expect(concern).toMatchObject({ text: 'Invoice too high', status: 'open' });
    expect(await setConcernResolved(db, concern.id, true, T0 + 5)).toMatchObject({ status: 'resolved', resolvedAt: T0 + 5 });
    const reopened = await setConcernResolved(db, concern.id, false, T0 + 9);
    expect(reopened.status).toBe('open');
    expect(reopened.resolvedAt).toBeUndefined();
  });

  it('marks a commitment done and undone', async () => {
    const db = freshDb();
    const c = await createCustomer(db, { name: 'Cy' }, T0);
    const k = await addCommitment(db, { customerId: c.id, what: 'send quote', who: ' ', dueAt: T0 + 1 }, T0);
    expect(k).toMatchObject({ what: 'send quote', who: 'me', dueAt: T0 + 1 });
    expect((await setCommitmentDone(db, k.id, true, T0 + 2)).doneAt).toBe(T0 + 2);
    expect((await setCommitmentDone(db, k.id, false, T0 + 3)).doneAt).toBeUndefined();
  });

  it.each([
    ['an empty concern', (db: ReturnType<typeof freshDb>, id: string) => addConcern(db, id, '  ', T0), 'few words'],
    ['a concern for nobody', (db: ReturnType<typeof freshDb>) => addConcern(db, 'gone', 'x', T0), 'no longer exists'],
    ['an empty commitment', (db: ReturnType<typeof freshDb>, id: string) => addCommitment(db, { customerId: id, what: '', who: 'me' }, T0), 'commitment is'],
  ])('refuses %s', async (_name, act, message) => {
    const db = freshDb();
    const c = await createCustomer(db, { name: 'Cy' }, T0);
    await expect(act(db, c.id)).rejects.toThrow(message);
  });
});
