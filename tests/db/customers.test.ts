import { describe, expect, it } from 'vitest';
import { createCustomer, customersByNumber, updateCustomer } from '../../src/db/customers.ts';
import { DEFAULT_PREFERENCES } from '../../src/shared/model.ts';
import { T0, freshDb } from './fresh-db.ts';

describe('customers', () => {
  it('fills defaults, trims text and derives phone keys', async () => {
    const db = freshDb();
    const c = await createCustomer(
      db,
      {
        name: '  Ada Lovelace ',
        company: ' ',
        emails: [' Ada@Example.com', 'ada@example.com'],
        phones: [
          { e164: '+12127368410', label: 'direct', ext: '204' },
          { e164: '+12127368410', label: 'direct', ext: '204' },
          { e164: '+442079460958', label: 'mobile' },
        ],
      },
      T0,
    );
    expect(c).toMatchObject({ name: 'Ada Lovelace', emails: ['ada@example.com'], tags: [], products: [], createdAt: T0, updatedAt: T0 });
    expect(c.company).toBeUndefined();
    expect(c.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(c.phoneKeys).toEqual(['+12127368410', '+442079460958']);
    expect(c).not.toHaveProperty('searchWords');
    expect((await customersByNumber(db, '+442079460958')).map((x) => x.id)).toEqual([c.id]);
  });

  it.each([
    [{ name: '   ' }, 'A customer needs a name.'],
    [{ name: 'X', timeZone: 'Europe/Atlantis' }, '“Europe/Atlantis” is not a time zone'],
    [{ name: 'X', preferences: { ...DEFAULT_PREFERENCES, retryAfterHours: -1 } }, 'retry wait'],
  ])('refuses %o', async (draft, message) => {
    await expect(createCustomer(freshDb(), draft, T0)).rejects.toThrow(message);
  });

  it('updates only what the patch names and moves phone keys with the phones', async () => {
    const db = freshDb();
    const c = await createCustomer(db, { name: 'Bo', company: 'Acme', timeZone: 'Europe/Berlin', phones: [{ e164: '+4930901820', label: 'direct' }] }, T0);
    const base = { revision: 1, values: { phones: c.phones, company: c.company } };
    const u = await updateCustomer(db, c.id, { phones: [{ e164: '+33142685300', label: 'mobile' }], company: '' }, base, T0 + 1);
    expect(u).toMatchObject({ name: 'Bo', timeZone: 'Europe/Berlin', phoneKeys: ['+33142685300'], updatedAt: T0 + 1, createdAt: T0, revision: 2 });
    expect(u.company).toBeUndefined();
    expect(await customersByNumber(db, '+4930901820')).toEqual([]);
    await expect(updateCustomer(db, 'nope', { name: 'x' }, { revision: 0, values: {} }, T0)).rejects.toThrow('no longer exists');
  });
});
