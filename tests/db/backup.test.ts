import './page-globals.ts';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../src/db/backup/backup-file.ts';
import { restoreBackup } from '../../src/db/backup/restore.ts';
import { finishCall, startCall } from '../../src/db/calls.ts';
import { addConcern } from '../../src/db/concerns.ts';
import { createCustomer } from '../../src/db/customers.ts';
import type { CallprepDatabase } from '../../src/db/database.ts';
import { loadSamples } from '../../src/db/samples.ts';
import { getSettings, updateSettings } from '../../src/db/settings-store.ts';
import { SCHEMA_VERSION } from '../../src/db/versions.ts';
import { contents, dataContents } from './db-contents.ts';
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

const backupText = async (db: CallprepDatabase) => (await makeBackup(db, T0)).blob.text();
const fileOf = (text: string) => new Blob([text], { type: 'application/json' });


describe('backup and restore', () => {
  it('restores everything a backup holds into another database, replacing what was there', async () => {
    const backup = await makeBackup(await seeded(), T0);
    expect(backup.filename).toMatch(/^callprep-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(backup.blob.type).toBe('application/json');
    const target = freshDb();
    await createCustomer(target, { name: 'To be replaced' }, T0);
    expect(await restoreBackup(target, backup.blob)).toEqual({ customers: 1, concerns: 1, commitments: 0, calls: 1, followUps: 1 });
    expect((await target.customers.toArray()).map((c) => c.name)).toEqual(['Ada']);
    expect((await target.customers.toArray())[0]?.searchWords).toEqual(['ada']);
    expect((await getSettings(target)).defaultCountry).toBe('GB');
  });

  it('writes the dexie-export-import layout, customers without their search words', async () => {
    const doc = JSON.parse(await backupText(await seeded()));
    expect(doc).toMatchObject({ formatName: 'dexie', formatVersion: 1, data: { databaseVersion: SCHEMA_VERSION } });
    expect(doc.data.tables.map((t: { name: string }) => t.name)).not.toContain('outbox');
    const customers = doc.data.data.find((t: { tableName: string }) => t.tableName === 'customers');
    expect(customers.rows[0]).toMatchObject({ name: 'Ada', phoneKeys: ['+12127368410'] });
    expect(customers.rows[0]).not.toHaveProperty('searchWords');
  });

  it('round-trips the sample data', async () => {
    const db = freshDb();
    const counts = await loadSamples(db, T0);
    const target = freshDb();
    expect(await restoreBackup(target, (await makeBackup(db, T0)).blob)).toEqual(counts);
    expect(await dataContents(target)).toEqual(await dataContents(db));
  });

  it('restores a backup of the first layout ({"format": "callprep-backup", "version": 1})', async () => {
    const db = await seeded();
    const all = await dataContents(db);
    const strip = (rows: unknown[]) => rows.map((r) => Object.fromEntries(Object.entries(r as object).filter(([k]) => k !== 'searchWords' && k !== 'phoneKeys')));
    const v1 = {
      format: 'callprep-backup', version: 1, exportedAt: new Date(T0).toISOString(), settings: (all.settings![0] as { value: unknown }).value,
      customers: strip(all.customers!), concerns: all.concerns, commitments: all.commitments, calls: all.calls, followUps: all.followUps,
    };
    const target = freshDb();
    expect(await restoreBackup(target, fileOf(JSON.stringify(v1)))).toEqual({ customers: 1, concerns: 1, commitments: 0, calls: 1, followUps: 1 });
    expect(await dataContents(target)).toEqual(all);
  });

  type Rows = Record<string, Array<Record<string, unknown>>>;
  /** Edits the rows of a backup document by table. */
  const edit = (doc: { data: { data: Array<{ tableName: string; rows: unknown[] }> } }, change: (rows: Rows) => void) => {
    const rows = Object.fromEntries(doc.data.data.map((t) => [t.tableName, t.rows])) as Rows;
    change(rows);
    for (const t of doc.data.data) t.rows = rows[t.tableName]!;
    return doc;
  };
  const broken: Array<[string, (doc: never) => unknown, string]> = [
    ['not JSON', () => '{"formatName":', 'not valid JSON'],
    ['another format', () => ({ format: 'something-else', customers: [] }), 'not a Callprep backup'],
    ['another Dexie database', (d: { data: { data: Array<{ tableName: string }> } }) => (d.data.data[0]!.tableName = 'friends', d), 'it has a table “friends”'],
    ['a newer version', (d: { data: { databaseVersion: number } }) => (d.data.databaseVersion = 99, d), 'newer version'],
    ['a bad number', (d) => edit(d, (r) => (r.calls![0]!.e164 = '12')), 'calls[0].e164 must be a phone number'],
    ['an e-mail over the limit', (d) => edit(d, (r) => (r.customers![0]!.emails = ['x'.repeat(321)])), 'customers[0].emails[0] must be text of at most 320 characters'],
    ['an orphan record', (d) => edit(d, (r) => (r.customers = [])), 'who is not in the backup'],
    ['a duplicate id', (d) => edit(d, (r) => (r.concerns = [r.concerns![0]!, r.concerns![0]!])), 'same id twice'],
    ['a bad time zone', (d) => edit(d, (r) => (r.customers![0]!.timeZone = 'Nowhere/Land')), 'not a time zone'],
    ['a bad last row', (d) => edit(d, (r) => r.followUps!.push({ id: 'late' })), 'followUps[1].e164 is missing'],
  ];
  it.each(broken)('refuses %s and changes nothing', async (_name, corrupt, message) => {
    const doc = JSON.parse(await backupText(await seeded()));
    const target = await seeded();
    const before = await contents(target);
    const bad = corrupt(doc as never);
    await expect(restoreBackup(target, fileOf(typeof bad === 'string' ? bad : JSON.stringify(bad)))).rejects.toThrow(message);
    expect(await contents(target)).toEqual(before);
  });

  it('a failure while writing (the file changed after it was checked) rolls everything back', async () => {
    const good = await backupText(await seeded());
    const doc = JSON.parse(good);
    const bad = JSON.stringify(edit(doc, (r) => (r.followUps![0]!.e164 = 'changed')));
    let reads = 0;
    // Reads 1 to n see the checked file; from the second pass on, the changed one.
    const first = fileOf(good);
    const changing = { size: first.size, slice: (a: number, b: number) => (reads++ === 0 ? first : fileOf(bad.padEnd(first.size))).slice(a, b) } as Blob;
    const target = await seeded();
    await createCustomer(target, { name: 'Kept' }, T0);
    const before = await contents(target);
    await expect(restoreBackup(target, changing)).rejects.toThrow('followUps[0].e164');
    expect(await contents(target)).toEqual(before);
  });
});
