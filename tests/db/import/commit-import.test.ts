import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../src/db/customers.ts';
import { commitImport, previewImport } from '../../../src/db/import/import-contacts.ts';
import { searchCustomers } from '../../../src/db/search.ts';
import { T0, freshDb } from '../fresh-db.ts';
import { HUBSPOT, VCARD } from './samples.ts';

const importFile = async (db: ReturnType<typeof freshDb>, fileName: string, content: string, region = 'US') =>
  commitImport(db, { fileName, content, mapping: previewImport(fileName, content, region).mapping }, region, T0);

describe('commitImport', () => {
  it('imports new contacts and finds them by number', async () => {
    const db = freshDb();
    expect(await importFile(db, 'h.csv', HUBSPOT)).toEqual({ imported: 2, merged: 0, skipped: [], adjusted: [] });
    expect((await searchCustomers(db, '212.736.8410', 'US')).map((c) => c.name)).toEqual(['Ada Lovelace']);
  });

  it('merges a contact whose number is already known instead of doubling it', async () => {
    const db = freshDb();
    const ada = await createCustomer(db, { name: 'Ada L.', tags: ['vip'], phones: [{ e164: '+12127368410', label: 'direct' }] }, T0 - 1);
    expect(await importFile(db, 'h.csv', HUBSPOT)).toEqual({ imported: 1, merged: 1, skipped: [], adjusted: [] });
    expect(await db.customers.count()).toBe(2);
    expect(await db.customers.get(ada.id)).toMatchObject({
      name: 'Ada L.',
      company: 'Analytical Engines',
      tags: ['vip'],
      emails: ['ada@engines.example'],
      phoneKeys: ['+12127368410', '+447911123456'],
    });
  });

  it('merges rows of the same file that share a number (a switchboard becomes one record)', async () => {
    const db = freshDb();
    expect(await importFile(db, 'c.vcf', VCARD)).toEqual({ imported: 1, merged: 1, skipped: [], adjusted: [] });
    expect(await importFile(db, 'c.vcf', VCARD)).toEqual({ imported: 0, merged: 2, skipped: [], adjusted: [] });
    expect(await db.customers.count()).toBe(1);
  });

  it('reports rows it skipped, numbered from the first data row', async () => {
    const db = freshDb();
    const csv = 'Name,Company,Phone\nAda,,212 736 8410\n,,+44 20 7946 0958\n,Acme,12\n';
    expect(await importFile(db, 'x.csv', csv)).toEqual({ imported: 2, merged: 0, skipped: [{ row: 2, reason: 'no name or company' }], adjusted: [] });
    const acme = (await searchCustomers(db, 'acme', 'US'))[0];
    expect(acme).toMatchObject({ name: 'Acme', phones: [], notes: 'Number not understood on import: 12' });
  });

  it.each([
    [{ Nope: 'name' }, 'not in this file'],
    [{ Phone: 'phone' }, 'Map at least one column to a name'],
  ] as const)('refuses the mapping %o and changes nothing', async (mapping, message) => {
    const db = freshDb();
    await expect(commitImport(db, { fileName: 'x.csv', content: 'Name,Phone\nA,2127368410\n', mapping }, 'US', T0)).rejects.toThrow(message);
    expect(await db.customers.count()).toBe(0);
  });

  it.each([
    ['an unclosed quote', 'x.csv', 'Name,Phone\n"Ada,2127368410\nBo,2127368411\n', 'malformed'],
    ['a binary file renamed .csv', 'x.csv', 'Name\u0000\u0001', 'not a text file'],
    ['a vCard that is cut off', 'x.vcf', 'BEGIN:VCARD\nVERSION:3.0\nFN:Ada\n', 'vCard'],
  ])('refuses %s and changes nothing', async (_name, fileName, content, message) => {
    const db = freshDb();
    await createCustomer(db, { name: 'Kept', phones: [{ e164: '+12127368410', label: 'direct' }] }, T0);
    await expect(commitImport(db, { fileName, content, mapping: { Name: 'name' } }, 'US', T0)).rejects.toThrow(message);
    expect((await db.customers.toArray()).map((c) => c.name)).toEqual(['Kept']);
  });
});
