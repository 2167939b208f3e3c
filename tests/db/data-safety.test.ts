/**
 * Issue 9, "data that can be lost": one set of limits for import, edit, backup and restore, and
 * every state the app can reach round-trips through a backup.
 */
import './page-globals.ts';
import { parseOrThrow } from '../../src/shared/guard.ts';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../src/db/backup/backup-file.ts';
import { restoreBackup } from '../../src/db/backup/restore.ts';
import { finishCall, saveCallNotes, startCall } from '../../src/db/calls.ts';
import { addCommitment, setCommitmentDone } from '../../src/db/commitments.ts';
import { addConcern, setConcernResolved } from '../../src/db/concerns.ts';
import { createCustomer, getCustomer, updateCustomer } from '../../src/db/customers.ts';
import type { CallprepDatabase } from '../../src/db/database.ts';
import { markNotified, rescheduleFollowUp, setFollowUpStatus } from '../../src/db/follow-ups.ts';
import { commitImport, previewImport } from '../../src/db/import/import-contacts.ts';
import { loadSamples } from '../../src/db/samples.ts';
import { setSiteEnabled, updateSettings } from '../../src/db/settings-store.ts';
import { DEFAULT_PREFERENCES } from '../../src/shared/model.ts';
import { PROTOCOL } from '../../src/shared/protocol/index.ts';
import { LIMITS } from '../../src/shared/records/limits.ts';
import { dataContents } from './db-contents.ts';
import { T0, freshDb } from './fresh-db.ts';

const HOUR = 3_600_000;
const emails = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}@example.com`).join(';');
const tags = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(';');

/** The customer of the issue: three rows of one number, 60 e-mails, 150 tags, a 407-character e-mail, a 15-digit extension. */
const OVER_LIMITS_CSV = [
  'Name,Email,Phone Number,Extension,Tags',
  `Ada Lovelace,${emails('a', 20)},+1 212 736 8410,123456789012345,${tags('a', 50)}`,
  `Ada L.,${emails('b', 20)};${'x'.repeat(395)}@example.com,(212) 736-8410,,${tags('b', 50)}`,
  `A. Lovelace,${emails('c', 20)},212.736.8410,,${tags('c', 50)}`,
].join('\n');

async function importCsv(db: CallprepDatabase, content: string, mapping?: Record<string, string>) {
  const preview = previewImport('contacts.csv', content, 'US');
  return commitImport(db, { fileName: 'contacts.csv', content, mapping: (mapping ?? preview.mapping) as never }, 'US', T0);
}

async function roundTrip(db: CallprepDatabase) {
  const target = freshDb();
  await restoreBackup(target, (await makeBackup(db, T0)).blob);
  expect(await dataContents(target)).toEqual(await dataContents(db));
}

describe('one set of limits for import, edit, backup and restore', () => {
  it('an import keeps the row, fits it into the limits, says what did not fit; backup restores it and the card can save it', async () => {
    const db = freshDb();
    const report = await importCsv(db, OVER_LIMITS_CSV);
    expect(report).toMatchObject({ imported: 1, merged: 2, skipped: [] });
    expect(report.adjusted.map((a) => a.row)).toEqual([2, 3]);
    expect(report.adjusted[0]!.changes.join('; ')).toContain(`an e-mail address longer than ${LIMITS.email} characters left out`);
    expect(report.adjusted[0]!.changes.join('; ')).toContain('merged into Ada Lovelace: 20 e-mail addresses beyond the 20 a customer can have were left out: b0@example.com');
    const [customer] = await db.customers.toArray();
    expect(customer).toMatchObject({ name: 'Ada Lovelace', phoneKeys: ['+12127368410'] });
    expect(customer!.phones[0]).toMatchObject({ e164: '+12127368410', ext: '123456789012345' });
    expect(customer!.emails).toHaveLength(LIMITS.emails);
    expect(customer!.tags).toHaveLength(LIMITS.tags);

    await roundTrip(db);
    // The card saves a customer by sending its fields back: the same limits let them through.
    const { id, createdAt: _c, updatedAt: _u, phoneKeys: _k, searchWords: _w, revision, ...fields } = customer!;
    const request = parseOrThrow(PROTOCOL['customer/update'].request, { id, patch: { ...fields, notes: 'Called back' }, base: { revision: revision ?? 0, values: {} } }, 'request');
    expect((await updateCustomer(db, request.id, request.patch, request.base, T0 + 1)).notes).toBe('Called back');
  });

  it('the card refuses what backup would refuse, with the field named', () => {
    const tooMany = { id: 'c1', patch: { emails: Array.from({ length: LIMITS.emails + 1 }, (_, i) => `e${i}@x.example`) } };
    expect(() => parseOrThrow(PROTOCOL['customer/update'].request, tooMany, 'request')).toThrow(`request.patch.emails must be a list of at most ${LIMITS.emails} items`);
    const longExt = { draft: { name: 'X', phones: [{ e164: '+12127368410', label: 'direct', ext: '1'.repeat(LIMITS.extDigits + 1) }] } };
    expect(() => parseOrThrow(PROTOCOL['customer/create'].request, longExt, 'request')).toThrow(`request.draft.phones[0].ext must be text of at most ${LIMITS.extDigits} characters`);
  });
});

describe('import of hostile or unusual files', () => {
  it('reads columns named __proto__, toString and constructor as columns', async () => {
    const db = freshDb();
    const csv = 'Name,__proto__,toString,constructor,Phone\nAda,first note,vip,builder,212 736 8410\nBo,,,,\n';
    const preview = previewImport('x.csv', csv, 'US');
    expect(preview.columns).toEqual(['Name', '__proto__', 'toString', 'constructor', 'Phone']);
    // As it arrives from the options page: JSON, own properties, checked by the protocol.
    const mapping = JSON.parse('{"Name":"name","__proto__":"notes","toString":"tags","constructor":"ignore","Phone":"phone"}');
    const request = parseOrThrow(PROTOCOL['import/commit'].request, { fileName: 'x.csv', content: csv, mapping }, 'request');
    expect(Object.keys(request.mapping)).toContain('__proto__');
    expect(await commitImport(db, request, 'US', T0)).toMatchObject({ imported: 2, skipped: [] });
    const ada = (await db.customers.toArray()).find((c) => c.name === 'Ada');
    expect(ada).toMatchObject({ notes: 'first note', tags: ['vip'], phoneKeys: ['+12127368410'] });
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
  });

  it('reads a file of 600 columns, and says plainly when a file has too many', async () => {
    const extra = Array.from({ length: 598 }, (_, i) => `Field ${i}`);
    const csv = `Name,${extra.join(',')},Phone\nAda,${extra.map(() => 'x').join(',')},212 736 8410\n`;
    const preview = previewImport('wide.csv', csv, 'US');
    expect(preview.columns).toHaveLength(600);
    expect(preview.sample[0]).toMatchObject({ name: 'Ada', phones: [{ e164: '+12127368410' }] });
    const db = freshDb();
    expect(await importCsv(db, csv)).toMatchObject({ imported: 1 });
    const tooWide = `${Array.from({ length: 5_001 }, (_, i) => `C${i}`).join(',')}\n`;
    expect(() => previewImport('too-wide.csv', tooWide, 'US')).toThrow('This file has 5,001 columns; Callprep reads at most 5,000.');
  });
});

describe('every state the app can reach round-trips through a backup', () => {
  it('customers at every limit, imports, calls open and closed, follow-ups in every state, settings', async () => {
    const db = freshDb();
    await loadSamples(db, T0);
    await importCsv(db, OVER_LIMITS_CSV);
    const full = await createCustomer(
      db,
      {
        name: 'N'.repeat(LIMITS.name), company: 'C'.repeat(LIMITS.company), title: 'T'.repeat(LIMITS.title),
        emails: Array.from({ length: LIMITS.emails }, (_, i) => `${'e'.repeat(LIMITS.email - 20)}${String(i).padStart(3, '0')}@example.com`.slice(-LIMITS.email)),
        phones: Array.from({ length: LIMITS.phones }, (_, i) => ({ e164: `+1212736${String(8400 + i)}`, label: 'direct' as const, ext: '9'.repeat(LIMITS.extDigits) })),
        tags: Array.from({ length: LIMITS.tags }, (_, i) => `${i}`.padEnd(LIMITS.tag, 't')),
        products: Array.from({ length: LIMITS.products }, (_, i) => `${i}`.padEnd(LIMITS.product, 'p')),
        serviceLevel: 'S'.repeat(LIMITS.serviceLevel), timeZone: 'America/Argentina/ComodRivadavia', notes: 'n'.repeat(LIMITS.customerNotes),
        preferences: { ...DEFAULT_PREFERENCES, retryAfterHours: LIMITS.retryAfterHours, bestWindows: Array(LIMITS.timeWindows).fill({ start: '00:00', end: '23:59' }) },
      },
      T0,
    );
    const plain = await createCustomer(db, { name: 'Plain' }, T0);
    await updateCustomer(db, plain.id, { company: 'Later Ltd', phones: [{ e164: '+442079460958', label: 'switchboard' }] }, { revision: 0, values: {} }, T0 + 1);
    const concern = await addConcern(db, full.id, 'c'.repeat(LIMITS.concernText), T0);
    await setConcernResolved(db, concern.id, true, T0 + 1);
    const commitment = await addCommitment(db, { customerId: full.id, what: 'w'.repeat(LIMITS.commitmentWhat), who: 'o'.repeat(LIMITS.commitmentWho), dueAt: T0 + HOUR }, T0);
    await setCommitmentDone(db, commitment.id, true, T0 + 2);
    const open = await startCall(db, { e164: '+12127368400', ext: '9'.repeat(LIMITS.extDigits) }, T0);
    await saveCallNotes(db, { callId: open.id, notes: 'x'.repeat(LIMITS.callNotes), base: { revision: 0, notes: '' } });
    const outcomes = ['connected', 'voicemail', 'no-answer', 'busy', 'wrong-number', 'callback-requested'] as const;
    const followUps = [];
    for (const [i, outcome] of outcomes.entries()) {
      const call = await startCall(db, { e164: `+4930901${820 + i}` }, T0 + i);
      const wrapUp = { callId: call.id, notes: 'talked', outcome, followUp: i === 5 ? null : { dueAt: T0 + (i + 1) * HOUR, channel: 'email' as const, note: 'f'.repeat(LIMITS.followUpNote) } };
      followUps.push((await finishCall(db, wrapUp, T0 + i)).followUp);
    }
    await setFollowUpStatus(db, followUps[0]!.id, 'done');
    await setFollowUpStatus(db, followUps[1]!.id, 'cancelled');
    await markNotified(db, [followUps[2]!.id], T0 + 3 * HOUR);
    await rescheduleFollowUp(db, followUps[3]!.id, T0 + 48 * HOUR, T0);
    await updateSettings(db, { defaultCountry: 'DE', dialTemplate: 'https://pbx.example.com/dial?n={e164}' });
    await setSiteEnabled(db, 'mail.example.com', false);

    await roundTrip(db);
    expect((await getCustomer(db, full.id))?.emails).toHaveLength(LIMITS.emails);
  }, 60_000);
});
