import './page-globals.ts';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { CallprepDatabase } from '../../src/db/database.ts';
import { searchCustomers } from '../../src/db/search.ts';
import { makeBackup } from '../../src/db/backup/backup-file.ts';
import { restoreBackup } from '../../src/db/backup/restore.ts';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_VERSION } from '../../src/db/versions.ts';
import { createCustomer, updateCustomer } from '../../src/db/customers.ts';
import { pendingChanges } from '../../src/db/sync/outbox.ts';
import { DEFAULT_PREFERENCES } from '../../src/shared/model.ts';
import { T0 } from './fresh-db.ts';

/** Writes a database the way version 1 of Callprep did. */
async function writeV1(name: string, fill: (db: Dexie) => Promise<unknown>) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await fill(v1);
  v1.close();
}

const customer = {
  id: 'c1', name: 'Jürgen Müller', company: 'Müller & Söhne', emails: [], phones: [{ e164: '+4930901820', label: 'direct' }],
  phoneKeys: ['+4930901820'], tags: [], products: [], preferences: DEFAULT_PREFERENCES, createdAt: T0, updatedAt: T0,
};

describe('schema upgrades', () => {
  it('opens an empty version-1 database', async () => {
    await writeV1('v1-empty', async () => {});
    const db = new CallprepDatabase('v1-empty');
    expect(await db.customers.count()).toBe(0);
    expect(db.verno).toBe(SCHEMA_VERSION);
  });

  it('keeps version-1 data and makes customers searchable by any word (v2)', async () => {
    await writeV1('v1-data', async (db) => {
      await db.table('customers').add(customer);
      await db.table('calls').add({ id: 'k1', customerId: 'c1', e164: '+4930901820', startedAt: T0, status: 'closed', notes: 'hi', noFollowUp: true });
      await db.table('settings').put({ key: 'settings', value: { version: 1, defaultCountry: 'DE', dialTemplate: 'tel:{e164}', disabledSites: [] } });
    });
    const db = new CallprepDatabase('v1-data');
    expect(await db.customers.get('c1')).toMatchObject({ ...customer, searchWords: ['jurgen', 'muller', 'sohne'] });
    expect(await db.calls.get('k1')).toMatchObject({ notes: 'hi' });
    expect((await db.settings.get('settings'))?.value).toMatchObject({ defaultCountry: 'DE' });
    expect((await searchCustomers(db, 'söhne', 'DE')).map((c) => c.id)).toEqual(['c1']);
  });
});

describe('v3: customers stored before the limits', () => {
  it('fits them and keeps what did not fit in their notes, so a backup of them restores', async () => {
    const name = 'v2-over-limits';
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const emails = Array.from({ length: 25 }, (_, i) => `e${i}@example.com`);
    await v2.table('customers').add({ ...customer, id: 'big', emails: [...emails, `${'x'.repeat(400)}@example.com`], notes: 'Met at the fair', searchWords: ['jurgen'] });
    await v2.table('customers').add({ ...customer, id: 'fine', searchWords: ['jurgen'] });
    v2.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = new CallprepDatabase(name);
    const big = await db.customers.get('big');
    expect(big?.emails).toEqual(emails.slice(0, 20));
    expect(big?.notes).toMatch(/^Met at the fair\n\nKept here when Callprep limited what a customer record holds: x{400}@example.com, e20@example.com, e21@example.com, e22@example.com, e23@example.com, e24@example.com$/);
    expect(await db.customers.get('fine')).toMatchObject({ ...customer, id: 'fine' });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    const target = new CallprepDatabase('v3-restored');
    await restoreBackup(target, (await makeBackup(db, T0)).blob);
    expect(await target.customers.get('big')).toEqual(big);
  });
});

describe('v4: do-not-contact marks, personal notes, override reasons', () => {
  it('opens a version-3 database with its data as it was', async () => {
    const name = 'v3-data';
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V2);
    await v3.table('customers').add({ ...customer, searchWords: ['jurgen', 'muller', 'sohne'] });
    await v3.table('calls').add({ id: 'k1', customerId: 'c1', e164: '+4930901820', startedAt: T0, status: 'closed', notes: 'hi', noFollowUp: true });
    v3.close();
    const db = new CallprepDatabase(name);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.customers.get('c1')).toEqual({ ...customer, searchWords: ['jurgen', 'muller', 'sohne'] });
    expect(await db.calls.get('k1')).toMatchObject({ notes: 'hi' });
  });

  it('keeps the new fields through a backup, which says version 4 or later so an older Callprep refuses it rather than drop them', async () => {
    const db = new CallprepDatabase('v4-marks');
    const marked = await createCustomer(db, {
      name: 'Ada', personalNotes: 'Back from holiday 3 Dec',
      phones: [{ e164: '+4930901820', label: 'direct', doNotContact: { sms: { reason: 'landline', since: T0 } } }],
      doNotContact: { phone: { reason: 'Asked not to be called', since: T0 } },
    }, T0);
    await db.calls.add({ id: 'k2', customerId: marked.id, e164: '+4930901820', startedAt: T0, status: 'open', notes: '', overrideReason: 'They asked for a call back' });
    const backup = await makeBackup(db, T0);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    expect(JSON.parse(await backup.blob.text()).data.databaseVersion).toBe(SCHEMA_VERSION);
    const target = new CallprepDatabase('v4-restored');
    await restoreBackup(target, backup.blob);
    expect(await target.customers.get(marked.id)).toEqual(await db.customers.get(marked.id));
    expect(await target.calls.get('k2')).toMatchObject({ overrideReason: 'They asked for a call back' });
  });
});

describe('v5: the sync outbox', () => {
  it('opens a version-4 database with its data, an empty outbox, and queues the next edit with it', async () => {
    const name = 'v4-data';
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V2);
    v4.version(4).stores(SCHEMA_V2);
    await v4.table('customers').add({ ...customer, searchWords: ['jurgen', 'muller', 'sohne'] });
    v4.close();
    const db = new CallprepDatabase(name);
    expect(await db.customers.get('c1')).toMatchObject({ name: 'Jürgen Müller' });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncObjects.count()).toBe(0);
    const stored = await db.customers.get('c1');
    await updateCustomer(db, 'c1', { title: 'CEO' }, { revision: 0, values: { title: stored?.title } }, T0 + 1);
    const made = await createCustomer(db, { name: 'Ada Obi' }, T0 + 2);
    expect((await pendingChanges(db)).map((e) => [e.kind, e.id, e.op])).toEqual([['customer', 'c1', 'put'], ['customer', made.id, 'put']]);
  });

  it('a refused edit queues nothing: the change and its outbox entry share one transaction', async () => {
    const db = new CallprepDatabase('v5-refused');
    await expect(createCustomer(db, { name: '  ' }, T0)).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
  });
});
