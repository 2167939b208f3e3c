import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../src/db/backup.ts';
import { finishCall, startCall } from '../../src/db/calls.ts';
import { addConcern } from '../../src/db/concerns.ts';
import { createCustomer } from '../../src/db/customers.ts';
import { loadSamples } from '../../src/db/samples.ts';
import { getSettings, updateSettings } from '../../src/db/settings-store.ts';
import { T0, freshDb } from './fresh-db.ts';

async function seeded() {
  const db = freshDb();
  const c = await createCustomer(db, { name: 'Ada', phones: [{ e164: '+12127368410', label: 'direct' }] }, T0);
  await addConcern(db, c.id, 'slow support', T0);
  const call = await startCall(db, { e164: '+12127368410' }, T0);
  await finishCall(db, { callId: call.id, notes: 'ok', outcome: 'connected', followUp: { dueAt: T0 + 1, channel: 'phone', note: '' } }, T0);
  await updateSettings(db, { defaultCountry: 'GB' });
  return db;
}

describe('backup and restore', () => {
  it('restores everything a backup holds into another database, replacing what was there', async () => {
    const backup = await exportBackup(await seeded(), T0);
    expect(backup.filename).toMatch(/^callprep-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const target = freshDb();
    await createCustomer(target, { name: 'To be replaced' }, T0);
    expect(await restoreBackup(target, backup.content)).toEqual({ customers: 1, concerns: 1, commitments: 0, calls: 1, followUps: 1 });
    expect((await target.customers.toArray()).map((c) => c.name)).toEqual(['Ada']);
    expect((await target.customers.toArray())[0]?.searchWords).toEqual(['ada']);
    expect((await getSettings(target)).defaultCountry).toBe('GB');
  });

  it('round-trips the sample data', async () => {
    const db = freshDb();
    const counts = await loadSamples(db, T0);
    const target = freshDb();
    expect(await restoreBackup(target, (await exportBackup(db, T0)).content)).toEqual(counts);
  });

  type Doc = Record<'calls' | 'concerns' | 'customers', unknown[]>;
  const broken: Array<[string, (doc: Doc) => unknown, string]> = [
    ['not JSON', () => '{"format":', 'not valid JSON'],
    ['another format', () => ({ format: 'something-else' }), 'not a Callprep backup'],
    ['a newer version', (d) => ({ ...d, version: 99 }), 'newer version'],
    ['a bad number', (d) => ({ ...d, calls: [{ ...(d.calls[0] as object), e164: '12' }] }), 'calls[0].e164 must be a phone number'],
    ['a missing list', (d) => ({ ...d, concerns: undefined }), 'concerns must be a list'],
    ['an orphan record', (d) => ({ ...d, customers: [] }), 'who is not in the backup'],
    ['a duplicate id', (d) => ({ ...d, concerns: [d.concerns[0], d.concerns[0]] }), 'same id twice'],
    ['a bad time zone', (d) => ({ ...d, customers: [{ ...(d.customers[0] as object), timeZone: 'Nowhere/Land' }] }), 'not a time zone'],
  ];
  it.each(broken)('refuses %s and changes nothing', async (_name, corrupt, message) => {
    const doc = JSON.parse((await exportBackup(await seeded(), T0)).content);
    const target = await seeded();
    const before = await exportBackup(target, T0);
    const bad = corrupt(doc);
    await expect(restoreBackup(target, typeof bad === 'string' ? bad : JSON.stringify(bad))).rejects.toThrow(message);
    expect((await exportBackup(target, T0)).content).toBe(before.content);
  });
});
