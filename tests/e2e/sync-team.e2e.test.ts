/**
 * Two colleagues on one team server (issue 11), in each browser under test: two browser profiles,
 * Alice and Bob, each connected through the options page to the team's address book and calendar
 * on a real Radicale started for the suite (a temporary store), Bob through a share of Alice's
 * collections. What one does in the card reaches the other after a sync: an edit (personal notes
 * and a do-not-e-mail mark included), a follow-up agreed on a call (in Bob's popup, and a VTODO
 * with an alarm on the server); both editing one customer while the server is down lose nothing;
 * a contact deleted on the server goes from both, and so does one deleted in Alice's card; the reason Alice gave for
 * calling a do-not-call customer reaches Bob with the call (his notes export); a first sync cut off by the server stopping
 * mid-way finishes once it is back, nothing doubled; a wrong password is named as such, and the
 * password is never shown again once connected.
 */
import { mkdir } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DavCollection } from '../../src/sync/dav-collection.ts';
import { shareTeamCollections, teamCollections, type TeamCollections } from '../sync/support/collections.ts';
import { cutOffProxy, type CutOffProxy } from '../sync/support/cut-off-proxy.ts';
import { startServer, USERS, type DavServer, type DavUser } from '../sync/support/servers.ts';
import { CardPage } from './pages/card-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { SyncOptions } from './pages/sync-options.ts';
import { browsersUnderTest } from './support/browsers.ts';
import { launchChromiumDriver } from './support/chromium-driver.ts';
import { chromiumBuildGranting, type GrantedBuild } from './support/chromium-granted-build.ts';
import type { TestBrowser, TestPage } from './support/driver.ts';
import { launchFirefoxDriver } from './support/firefox-driver.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { FIXTURE_MOUNTS, openCrmContact, useWebDialer } from './support/suite.ts';

const SHOTS = 'artifacts/screenshots';
const ADA = '(212) 736-8410';
const MARY = '+44 20 7946 0958';
const JUERGEN = '+49 30 901820';
const SAMPLE_CUSTOMERS = 9;

interface Colleague {
  browser: TestBrowser;
  options: OptionsPage;
  sync: SyncOptions;
  crm: TestPage;
}

for (const [name, launch] of browsersUnderTest()) {
  describe(`two colleagues on one team server, in ${name}`, () => {
    let server: DavServer;
    let proxy: CutOffProxy;
    let site: StaticServer;
    let granted: GrantedBuild | undefined;
    let alice: Colleague;
    let bob: Colleague;
    let aliceTeam: TeamCollections;
    let bobTeam: TeamCollections;
    const closing: Array<() => Promise<unknown>> = [];

    const colleague = async (browser: TestBrowser): Promise<Colleague> => {
      const options = await OptionsPage.open(browser, '#sync');
      const crm = await openCrmContact(browser, site);
      return { browser, options, sync: new SyncOptions(options.page), crm };
    };
    const connect = async (who: Colleague, user: DavUser, team: TeamCollections) => {
      await who.options.page.bringToFront();
      await who.sync.search(proxy.origin, user.username, user.password);
      expect(await who.sync.searchError()).toBeNull();
      expect(await who.sync.connect(team.addressBookUrl, team.calendarUrl)).toContain(`as ${user.username}`);
    };
    const syncNow = async (who: Colleague) => {
      await who.options.page.bringToFront();
      return who.sync.syncUntil('sent');
    };
    const cardOf = async (who: Colleague, number: string) => {
      await who.crm.bringToFront();
      return CardPage.openFor(who.crm, number);
    };

    beforeAll(async () => {
      await mkdir(SHOTS, { recursive: true });
      server = await startServer('radicale');
      closing.push(() => server.remove());
      proxy = await cutOffProxy(server);
      closing.push(() => proxy.close());
      // The browsers reach the server through the proxy: the collections' addresses are the proxy's.
      const viaProxy = (team: TeamCollections): TeamCollections => ({
        addressBookUrl: team.addressBookUrl.replace(server.origin, proxy.origin),
        calendarUrl: team.calendarUrl.replace(server.origin, proxy.origin),
      });
      aliceTeam = viaProxy(await teamCollections(server, USERS.alice));
      bobTeam = viaProxy(await shareTeamCollections(server, USERS.alice, USERS.bob));
      site = await startStaticServer(FIXTURE_MOUNTS);
      closing.push(() => site.close());
      // Firefox answers the permission prompt itself (support/firefox.ts); Chromium cannot (support/chromium-granted-build.ts).
      granted = name === 'chromium' ? await chromiumBuildGranting(proxy.origin) : undefined;
      if (granted) closing.push(() => granted!.remove());
      // Two profiles: the worker's kept browser cannot be both, so each colleague has a launch of their own.
      const dist = granted?.dist;
      const launchOwn = () => (dist ? launchChromiumDriver({ dist }) : launchFirefoxDriver());
      const browsers = await Promise.all([dist ? launchOwn() : launch(), launchOwn()]);
      for (const b of browsers) closing.unshift(() => b.close());
      console.log(`[e2e] ${name}: ${browsers[0].version}`);
      [alice, bob] = await Promise.all([colleague(browsers[0]), colleague(browsers[1])]);
    });
    afterAll(async () => {
      for (const close of closing) await close().catch((error: unknown) => console.warn(`[e2e] closing: ${String(error)}`));
    });

    it('a first sync cut off by the server stopping goes on when it is back; the colleague gets every customer; a wrong password is named', async () => {
      // Alice has the sample customers (with their calls and follow-ups) before connecting: the first sync sends them.
      await alice.options.page.bringToFront();
      expect(await alice.options.loadSamples()).toMatch(/^Loaded 9 customers/);
      expect(await useWebDialer(alice.options, site)).toBeNull();
      proxy.stopServerAtWrite(4);
      await connect(alice, USERS.alice, aliceTeam);
      await proxy.stopped();
      const cutOff = await alice.sync.syncUntil('problem');
      expect(cutOff.problem).toMatch(/did not answer|could not reach|not reach/i);
      expect(cutOff.pending).toBe(true);
      await alice.options.page.screenshot(`${SHOTS}/sync-team-server-gone-${name}.png`);
      await server.restart();
      expect((await syncNow(alice)).text).toMatch(/Last synced/);

      const book = new DavCollection(aliceTeam.addressBookUrl, USERS.alice, 'vcard');
      const cards = await book.getMany((await book.list()).map((o) => o.url));
      const names = cards.map((o) => /^FN:(.*)$/m.exec(o.data)?.[1]?.trim()).sort();
      expect(names).toHaveLength(SAMPLE_CUSTOMERS);
      expect(new Set(names).size).toBe(SAMPLE_CUSTOMERS);

      await bob.options.page.bringToFront();
      await bob.sync.search(proxy.origin, USERS.bob.username, 'not-the-password');
      expect(await bob.sync.searchError()).toContain('The server refused the user name or password (401)');
      await connect(bob, USERS.bob, bobTeam);
      await syncNow(bob);
      // Still connected after a reload, and the password is nowhere in the page.
      await bob.options.reload('#sync');
      await bob.options.page.waitFor('[data-testid="sync-connected"]');
      const shown = await bob.options.page.evaluate(() => [document.body.textContent ?? '', ...[...document.querySelectorAll('input')].map((i) => i.value)].join('\n'));
      expect(shown).not.toContain(USERS.bob.password);
      await bob.options.page.screenshot(`${SHOTS}/sync-connected-${name}.png`);
      const card = await cardOf(bob, JUERGEN);
      expect(await card.name()).toBe('Jürgen Müller');
      expect(await card.fieldText('customer-company')).toBe('Müller & Söhne GmbH');
      await card.close();
    });

    it('an edit, a do-not-e-mail mark and personal notes in one profile, and a follow-up agreed on a call, reach the other', async () => {
      let card = await cardOf(alice, ADA);
      expect(await card.editInPlace('customer-title', 'Chief Operations Officer')).toBe('Saved');
      expect(await card.editInPlace('customer-personal-notes', 'Back from Lisbon on 3 Dec.\nAsk about the marathon.', 'leave')).toBe('Saved');
      await card.markDoNotContact('email', 'No newsletters, asked on the phone');
      await card.close();

      card = await cardOf(alice, JUERGEN);
      await card.call();
      await card.typeNotes('Wants the 2027 price list.');
      await card.endCall();
      expect(await card.wrapUp({ outcome: 'callback-requested', note: 'Send the 2027 price list' })).toMatchObject({ saved: true, errors: [] });
      await card.close();
      await syncNow(alice);

      const calendar = new DavCollection(aliceTeam.calendarUrl, USERS.alice, 'ical');
      const objects = await calendar.getMany((await calendar.list()).map((o) => o.url));
      const todo = objects.map((o) => o.data).find((text) => text.includes('Send the 2027 price list'));
      expect(todo).toMatch(/BEGIN:VTODO[\s\S]*DUE[\s\S]*BEGIN:VALARM[\s\S]*END:VTODO/);
      expect(objects.some((o) => /BEGIN:VJOURNAL[\s\S]*Wants the 2027 price list\./.test(o.data))).toBe(true);

      await syncNow(bob);
      card = await cardOf(bob, ADA);
      expect(await card.fieldText('customer-title')).toBe('Chief Operations Officer');
      expect(await card.fieldText('customer-personal-notes')).toBe('Back from Lisbon on 3 Dec.\nAsk about the marathon.');
      const marks = (await card.doNotContact()).join('\n');
      expect(marks).toMatch(/^Do not e-mail · since .+: No newsletters, asked on the phone$/);
      expect(marks).not.toContain('1970');
      await card.screenshot(`${SHOTS}/sync-team-edit-arrived-${name}.png`);
      await card.close();
      const popup = await PopupPage.open(bob.browser);
      expect(Object.values(await popup.followUpGroups()).flat()).toContain('Jürgen Müller');
      await popup.screenshot(`${SHOTS}/sync-team-popup-${name}.png`);
      await popup.page.close();
    });

    it('both edit one customer while the server is down: after sync both have every word; a deletion travels', async () => {
      await server.stop();
      let card = await cardOf(alice, MARY);
      expect(await card.editInPlace('customer-personal-notes', 'Prefers calls before her 10:00 meeting.', 'leave')).toBe('Saved');
      await card.close();
      card = await cardOf(bob, MARY);
      expect(await card.editInPlace('customer-personal-notes', 'Her son starts at Leeds in September.', 'leave')).toBe('Saved');
      expect(await card.editInPlace('customer-title', 'Publisher')).toBe('Saved');
      await card.close();
      // Each profile tried on its own (2 s after the change) and says the server is gone; the change waits.
      for (const who of [alice, bob]) {
        const shown = await who.sync.syncUntil('problem');
        expect(shown.pending).toBe(true);
      }
      await server.restart();
      await syncNow(alice);
      await syncNow(bob);
      await syncNow(alice);
      for (const who of [alice, bob]) {
        card = await cardOf(who, MARY);
        const notes = await card.fieldText('customer-personal-notes');
        expect(notes).toContain('Prefers calls before her 10:00 meeting.');
        expect(notes).toContain('Her son starts at Leeds in September.');
        expect(await card.fieldText('customer-title')).toBe('Publisher');
        await card.close();
      }

      // A colleague's phone deletes Grace Hopper from the team address book: she goes from both profiles.
      const book = new DavCollection(aliceTeam.addressBookUrl, USERS.alice, 'vcard');
      const grace = (await book.getMany((await book.list()).map((o) => o.url))).find((o) => /^FN:Grace Hopper/m.test(o.data));
      expect(grace).toBeDefined();
      await book.remove(grace!.url, grace!.etag);
      for (const who of [alice, bob]) {
        await syncNow(who);
        const popup = await PopupPage.open(who.browser);
        expect(await popup.search('Grace')).toEqual([]);
        expect(await popup.search('Ada')).toEqual(['Ada Lovelace']);
        await popup.page.close();
      }
    });

    it('a customer deleted in Alice’s card goes from the server and from Bob’s profile: his card for the number is unknown', async () => {
      let card = await cardOf(bob, MARY);
      expect(await card.name()).toBe('Mary Ann Evans');
      await card.close();
      card = await cardOf(alice, MARY);
      const { question, confirmation } = await card.deleteCustomer(`${SHOTS}/card-delete-question-${name}.png`);
      expect(question).toContain('Delete Mary Ann Evans?');
      expect(question).toContain('calls with all notes');
      expect(confirmation).toBe('Mary Ann Evans was deleted.');
      await card.screenshot(`${SHOTS}/sync-team-deleted-${name}.png`);
      await card.close();
      await syncNow(alice);
      const book = new DavCollection(aliceTeam.addressBookUrl, USERS.alice, 'vcard');
      const names = (await book.getMany((await book.list()).map((o) => o.url))).map((o) => /^FN:(.*)$/m.exec(o.data)?.[1]?.trim());
      expect(names).not.toContain('Mary Ann Evans');
      expect(names).toContain('Ada Lovelace');

      await syncNow(bob);
      card = await cardOf(bob, MARY);
      expect(await card.view()).toBe('unknown');
      await card.close();
      const popup = await PopupPage.open(bob.browser);
      expect(await popup.search('Mary')).toEqual([]);
      await popup.page.close();
    });

    it('Alice calls a do-not-call customer with a reason: Bob’s notes export has the call with that reason', async () => {
      const card = await cardOf(alice, ADA);
      await card.markDoNotContact('phone', 'Asked for e-mail only');
      expect((await card.askToCall()).doNotCall).toContain('Asked for e-mail only');
      const reason = 'She rang us, asked for a call back today; about the recall';
      await card.callDespite(reason);
      await card.endCall();
      expect(await card.wrapUp({ notes: 'Recall explained, as she asked.', outcome: 'connected', noFollowUp: true })).toMatchObject({ saved: true, errors: [] });
      await card.close();
      await syncNow(alice);
      await syncNow(bob);
      const popup = await PopupPage.open(bob.browser);
      const [csv] = await popup.exportNotes('csv', 1);
      const rows = Papa.parse<string[]>((csv?.text ?? '').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const header = rows[0] ?? [];
      const called = rows.find((r) => r[header.indexOf('Notes')] === 'Recall explained, as she asked.');
      expect(called?.[header.indexOf('Do-not-call override')]).toBe(reason);
      await popup.page.close();
    });
  });
}
