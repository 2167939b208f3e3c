import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../src/db/customers.ts';
import { searchCustomers } from '../../src/db/search.ts';
import { T0, freshDb } from './fresh-db.ts';

const db = freshDb();
beforeAll(async () => {
  await createCustomer(db, { name: 'Jürgen Müller', company: 'Müller & Söhne GmbH', emails: ['jm@mueller.de'], phones: [{ e164: '+4930901820', label: 'direct' }] }, T0);
  await createCustomer(db, { name: 'Ada Lovelace', company: 'Analytical Engines', emails: ['ada@engines.co.uk'], phones: [{ e164: '+12127368410', label: 'direct' }] }, T0 + 1);
  await createCustomer(db, { name: 'Mary Ann Evans', company: 'Middlemarch Ltd', phones: [{ e164: '+442079460958', label: 'mobile' }] }, T0 + 2);
});

describe('searchCustomers', () => {
  it.each([
    ['lovelace', ['Ada Lovelace']],
    ['LOVE', ['Ada Lovelace']],
    ['muller', ['Jürgen Müller']],
    ['söhne', ['Jürgen Müller']],
    ['ann ev', ['Mary Ann Evans']],
    ['m', ['Jürgen Müller', 'Mary Ann Evans']],
    ['engines', ['Ada Lovelace']],
    ['ada@', ['Ada Lovelace']],
    ['JM@MUELLER.DE', ['Jürgen Müller']],
    ['(212) 736-8410', ['Ada Lovelace']],
    ['212.736.8410', ['Ada Lovelace']],
    ['+44 20 7946 0958', ['Mary Ann Evans']],
    ['7368', ['Ada Lovelace']],
    ['4930', ['Jürgen Müller']],
    ['123', []],
    ['nobody', []],
  ])('%s finds %o', async (query, names) => {
    expect((await searchCustomers(db, query, 'US')).map((c) => c.name)).toEqual(names);
  });

  it('shows the most recently updated customers for an empty query', async () => {
    expect((await searchCustomers(db, '  ', 'US')).map((c) => c.name)).toEqual(['Mary Ann Evans', 'Ada Lovelace', 'Jürgen Müller']);
  });

  it('a word hundreds of customers share, with one that narrows it, finds the one; alone, the first 50', async () => {
    const many = freshDb();
    for (let i = 0; i < 120; i++) await createCustomer(many, { name: `Contact ${String(i).padStart(4, '0')} Example`, company: `Company ${i % 7}` }, T0 + i);
    expect((await searchCustomers(many, 'Contact 0117', 'US')).map((c) => c.name)).toEqual(['Contact 0117 Example']);
    expect((await searchCustomers(many, 'example company 3 contact 001', 'US')).map((c) => c.name)).toEqual(['Contact 0010 Example', 'Contact 0017 Example']);
    expect(await searchCustomers(many, 'contact', 'US')).toHaveLength(50);
  });
});
