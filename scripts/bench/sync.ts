/**
 * Sync benchmark (issue 11) against a real Radicale on 127.0.0.1: the first sync of a team address
 * book of 5,000 contacts into an empty profile, and how long a colleague's next sync takes to bring
 * one changed customer in. The engine is the one the background runs (src/sync/sync-run.ts), here in
 * Node with fake-indexeddb for the profiles' databases, so those figures are the engine's and the
 * server's; then the same first sync inside the built extension in headless Chromium, with the popup
 * in use meanwhile (./sync-browser.ts; SYNC_BROWSER_RUNS=0 leaves it out).
 * The 5,000 vCards are written into Radicale's store as files (a PUT each would take minutes); its
 * first listing and first sync report then parse every file and write its cache and sync history
 * (a server that took them by PUT wrote those as they came), timed on their own before the sync.
 */
import 'fake-indexeddb/auto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCustomer, getCustomer, updateCustomer } from '../../src/db/customers.ts';
import type { Customer } from '../../src/shared/model.ts';
import { writeVCard } from '../../src/sync/customer-vcard.ts';
import { DavCollection } from '../../src/sync/dav-collection.ts';
import { teamCollections } from '../../tests/sync/support/collections.ts';
import { colleague } from '../../tests/sync/support/profiles.ts';
import { startServer, USERS } from '../../tests/sync/support/servers.ts';
import { browserFirstSync, browserRows, type BrowserFirstSync } from './sync-browser.ts';
import { median } from './stats.ts';
import type { BenchRow } from './types.ts';

const CONTACTS = 5_000;
const CHANGES = 9;
/** First syncs in the browser, each in a fresh profile: a spread on a shared machine. */
const BROWSER_RUNS = Number(process.env.SYNC_BROWSER_RUNS ?? 2);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A contact as a team's address book holds it: name, company, title, e-mail, a valid New York number, a note. */
function contact(i: number): string {
  return writeVCard(
    {
      name: `Contact ${pad(i, 4)} Example`,
      company: `Company ${i % 500}`,
      title: i % 3 === 0 ? 'Head of purchasing' : 'Buyer',
      emails: [`contact${i}@example.org`],
      phones: [{ e164: `+1212736${pad(i, 4)}`, label: i % 2 ? 'direct' : 'mobile' }],
      notes: `Met at the fair in ${2020 + (i % 6)}. Asked about the service plan.`,
      tags: i % 10 === 0 ? ['key account'] : [],
    },
    { uid: `bench-${pad(i, 5)}`, region: 'US' },
  );
}


export async function run(): Promise<BenchRow[]> {
  const server = await startServer('radicale');
  try {
    const team = await teamCollections(server, USERS.alice);
    const folder = join(server.storeDir, 'collection-root', USERS.alice.username, 'team-customers');
    for (let i = 0; i < CONTACTS; i++) await writeFile(join(folder, `bench-${pad(i, 5)}.vcf`), contact(i));

    const cold = performance.now();
    const seeded = new DavCollection(team.addressBookUrl, USERS.alice, 'vcard');
    await seeded.list();
    await seeded.changes(undefined);
    const coldListSeconds = (performance.now() - cold) / 1000;

    const bob = await colleague(server, team, USERS.bob);
    const started = performance.now();
    const first = await bob.sync();
    const initialSeconds = (performance.now() - started) / 1000;
    const arrived = await bob.db.customers.count();
    if (arrived !== CONTACTS) throw new Error(`the first sync brought ${arrived} of ${CONTACTS} contacts (skipped: ${first.skipped.slice(0, 3).join('; ')})`);

    // The same book (nothing changed yet) into the extension in Chromium.
    const inBrowser: BrowserFirstSync[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) inBrowser.push(await browserFirstSync(server, team, USERS.alice, CONTACTS));

    // Alice, with the same 5,000, changes one customer at a time; Bob's next sync brings it in.
    const alice = await colleague(server, team, USERS.alice);
    await alice.sync();
    const times: number[] = [];
    for (let n = 0; n < CHANGES; n++) {
      const id = (await alice.db.customers.orderBy('id').offset(n * 97).first())!.id;
      const before = (await getCustomer(alice.db, id)) as Customer;
      const title = `Buyer, round ${n}`;
      await updateCustomer(alice.db, id, { title }, { revision: before.revision ?? 0, values: { title: before.title } }, Date.now());
      await alice.sync();
      const at = performance.now();
      await bob.sync();
      times.push(performance.now() - at);
      if ((await getCustomer(bob.db, id))?.title !== title) throw new Error(`change ${n} did not reach the colleague`);
    }
    // A customer made here goes up in the same run as the pull: a sanity check that the engine still pushes.
    await createCustomer(bob.db, { name: 'Bench sanity', phones: [{ e164: '+12125550187', label: 'direct' }] }, Date.now());
    if ((await bob.sync()).pushed !== 1) throw new Error('the colleague’s new customer was not sent');

    const sorted = [...times].sort((a, b) => a - b);
    return [
      { name: 'sync.initial_5k_seconds', value: initialSeconds, unit: 's', label: `first sync of ${CONTACTS.toLocaleString('en-US')} contacts from Radicale (engine in Node, fake-indexeddb)`, target: '< 60 s' },
      { name: 'sync.initial_5k.server_cold_list_seconds', value: coldListSeconds, unit: 's', label: 'before it, Radicale reading the 5,000 files it never saw (its cache and sync history)' },
      { name: 'sync.initial_5k.contacts_per_second', value: Math.round(CONTACTS / initialSeconds), unit: '/s', label: 'contacts stored per second in that first sync' },
      ...(inBrowser.length ? browserRows(inBrowser, CONTACTS) : []),
      { name: 'sync.one_change_ms', value: median(times), unit: 'ms', label: `a colleague's next sync bringing one changed customer in, median of ${CHANGES} (5,000 in the book)`, target: '< 5000 ms' },
      { name: 'sync.one_change.spread', value: sorted.at(-1)! / sorted[0]!, unit: 'x', label: `slowest ÷ fastest of those ${CHANGES} (${Math.round(sorted[0]!)}–${Math.round(sorted.at(-1)!)} ms)` },
    ];
  } finally {
    await server.remove();
  }
}
