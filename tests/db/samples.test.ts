import { describe, expect, it } from 'vitest';
import { lookupNumber } from '../../src/db/customer-file.ts';
import { loadSamples } from '../../src/db/samples.ts';
import { searchCustomers } from '../../src/db/search.ts';
import { parseNumber } from '../../src/shared/phone.ts';
import { SAMPLE_CUSTOMERS } from '../../src/db/sample-customers.ts';
import { T0, freshDb } from './fresh-db.ts';

describe('sample customers', () => {
  it('are all valid numbers in known time zones', () => {
    for (const s of SAMPLE_CUSTOMERS) {
      for (const p of s.draft.phones ?? []) expect(parseNumber(p.e164, '')?.e164, `${s.id} ${p.e164}`).toBe(p.e164);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: s.draft.timeZone })).not.toThrow();
    }
  });

  it('load once, however often the button is pressed', async () => {
    const db = freshDb();
    const first = await loadSamples(db, T0);
    await loadSamples(db, T0 + 1000);
    expect(first.customers).toBe(SAMPLE_CUSTOMERS.length);
    expect(await db.customers.count()).toBe(first.customers);
    expect(await db.calls.count()).toBe(first.calls);
    expect(await db.followUps.count()).toBe(first.followUps);
  });

  it.each([
    ['(212) 736-8410', ['Ada Lovelace']],
    ['212.736.8410', ['Ada Lovelace']],
    ['+1 212-736-8410', ['Ada Lovelace']],
    ['1-888-416-2273', ['Grace Hopper']],
    ['+44 20 7946 0958', ['Mary Ann Evans']],
    ['+49 30 901820', ['Jürgen Müller']],
    ['+33 1 42 68 53 00', ['Camille Laurent']],
    ['+61 2 9374 4000', ['Olivia Chen']],
    ['+81 3-3224-9999', ['Kenji Watanabe']],
    ['+1 415-555-0100', ['Diego Alvarez', 'Priya Raman']],
  ])('the demo page number %s opens %o', async (shown, names) => {
    const db = freshDb();
    await loadSamples(db, T0);
    const e164 = parseNumber(shown, 'US')!.e164;
    expect((await lookupNumber(db, e164)).matches.map((m) => m.customer.name)).toEqual(names);
    expect((await searchCustomers(db, shown, 'US')).map((c) => c.name).sort()).toEqual(names);
  });
});
