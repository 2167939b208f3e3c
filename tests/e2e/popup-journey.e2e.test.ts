/**
 * The popup and options journey in every browser under test: seed the sample customers from the
 * options page, find a customer from the popup and open their card, see follow-ups grouped, mark
 * one done and snooze another to tomorrow, export notes and read the files, switch the site off
 * and on, and set a dial template.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './support/browsers.ts';
import type { TestBrowser } from './support/driver.ts';
import { OptionsPage } from './pages/options-page.ts';
import { makeDueAt } from './pages/extension-page.ts';
import { PopupPage, askBackground } from './pages/popup-page.ts';

const SHOTS = 'artifacts/screenshots';
const HOUR = 3_600_000;

for (const [name, launch] of browsersUnderTest()) {
  describe(`popup and options journey in ${name}`, () => {
    let browser: TestBrowser;
    let popup: PopupPage;
    let options: OptionsPage;

    beforeAll(async () => {
      await mkdir(SHOTS, { recursive: true });
      browser = await launch();
    });
    afterAll(async () => browser?.close());

    it('shows the first-run panel on an empty database', async () => {
      popup = await PopupPage.open(browser);
      expect(await popup.isFirstRun()).toBe(true);
      await popup.screenshot(`${SHOTS}/${name}-popup-first-run.png`);
    });

    it('loads the sample customers from the options page', async () => {
      options = await OptionsPage.open(browser);
      expect(await options.loadSamples()).toMatch(/^Loaded \d+ customers/);
      await options.screenshot(`${SHOTS}/${name}-options.png`);
    });

    it('finds a customer by name, company and number, and opens their card in a tab', async () => {
      await popup.reload();
      expect(await popup.isFirstRun()).toBe(false);
      expect(await popup.search('ada')).toEqual(['Ada Lovelace']);
      expect(await popup.search('golden gate')).toEqual(['Diego Alvarez', 'Priya Raman']);
      await popup.screenshot(`${SHOTS}/${name}-popup-search.png`);
      expect(await popup.search('7368410')).toEqual(['Ada Lovelace']);
      expect(await popup.search('zzzz')).toEqual([]);
      const card = await popup.openResult('Ada Lovelace');
      // The card's URL holds only its session (no number); the card shows the customer it was opened for.
      expect(card).toMatch(/\/src\/ui\/card\/card\.html\?session=[\w-]{22}$/);
      expect(await popup.cardTabCustomerName()).toContain('Ada Lovelace');
    });

    it('groups follow-ups around now and marks one done', async () => {
      // One follow-up overdue (wrapped up on a sample number, its time since passed) and one tomorrow (an unknown number).
      const now = Date.now();
      for (const [e164, dueAt, note] of [
        ['+18884162273', now - 2 * HOUR, 'Send the SSO timeline'],
        ['+12025550173', now + 24 * HOUR, 'Call back about the trial'],
      ] as const) {
        const { call } = await askBackground<{ call: { id: string } }>(popup.page, 'call/start', { e164 });
        const closed = await askBackground<{ followUpId: string }>(popup.page, 'call/finish', {
          callId: call.id,
          notes: `Spoke about: ${note}`,
          outcome: 'connected',
          followUp: { dueAt: Math.max(dueAt, now + HOUR), channel: 'phone', note },
        });
        if (dueAt < now) await makeDueAt(popup.page, closed.followUpId, dueAt);
      }
      await popup.reload();
      const groups = await popup.followUpGroups();
      expect(groups.overdue).toEqual(['Grace Hopper']);
      expect(groups.upcoming).toContain('+1 202 555 0173');
      expect(groups.upcoming).toContain('Ada Lovelace');
      await popup.screenshot(`${SHOTS}/${name}-popup.png`);

      await popup.markDone('Grace Hopper');
      await popup.reload();
      expect((await popup.followUpGroups()).overdue).toEqual([]);
    });

    it('snoozes an overdue follow-up to tomorrow: it moves to upcoming with its new time, and so does its alarm', async () => {
      const { call } = await askBackground<{ call: { id: string } }>(popup.page, 'call/start', { e164: '+12127368410' });
      const closed = await askBackground<{ followUpId: string }>(popup.page, 'call/finish', {
        callId: call.id,
        notes: 'Asked to be called another day about the renewal.',
        outcome: 'callback-requested',
        followUp: { dueAt: Date.now() + HOUR, channel: 'phone', note: 'Renewal: call back' },
      });
      // Its time passes unattended.
      await makeDueAt(popup.page, closed.followUpId, Date.now() - 30 * 60_000);
      await popup.reload();
      expect((await popup.followUpGroups()).overdue).toEqual(['Ada Lovelace']);

      const menu = await popup.openSnooze('Ada Lovelace');
      expect(menu.choices.map((c) => c.label)).toEqual(['1 hour', 'Tomorrow', 'Next good time', 'Pick…']);
      expect(menu.choices.every((c) => c.at.length > 0 && !c.disabled)).toBe(true);
      await popup.screenshot(`${SHOTS}/${name}-popup-snooze.png`);

      await popup.snoozeTo('Ada Lovelace', 'tomorrow');
      const groups = await popup.followUpGroups();
      expect(groups.overdue).toEqual([]);
      expect(groups.upcoming).toContain('Ada Lovelace');
      // Tomorrow is 09:00 the next day in the browser's zone (the suite runs in one zone).
      const tomorrow = new Date();
      tomorrow.setDate(tomorrow.getDate() + 1);
      tomorrow.setHours(9, 0, 0, 0);
      const shown = await popup.dueShown(closed.followUpId);
      expect(shown.group).toBe('upcoming');
      expect(Date.parse(shown.iso)).toBe(tomorrow.getTime());
      expect(shown.text).toMatch(/9:00|09:00/);
      // One alarm, for the soonest follow-up still to remind of: this one at its new time counts again.
      const pending = await askBackground<Array<{ followUp: { id: string; dueAt: number; notifiedAt?: number } }>>(popup.page, 'followup/list', {});
      const toRemind = pending.filter((item) => item.followUp.notifiedAt === undefined);
      expect(toRemind.find((item) => item.followUp.id === closed.followUpId)?.followUp.dueAt).toBe(tomorrow.getTime());
      expect(await popup.reminderAlarm()).toBe(Math.min(...toRemind.map((item) => item.followUp.dueAt)));

      // What the background stored is what the list shows after a reload.
      await popup.reload();
      expect((await popup.followUpGroups()).upcoming).toContain('Ada Lovelace');
      expect(await popup.dueShown(closed.followUpId)).toEqual(shown);
    });

    it('exports notes as CSV and JSON with the calls in them', async () => {
      const [csv] = await popup.exportNotes('csv', 1);
      expect(csv?.filename).toMatch(/\.csv$/);
      expect(csv?.text).toContain('Spoke about: Send the SSO timeline');
      const json = (await popup.exportNotes('json', 2))[1];
      expect(json?.filename).toMatch(/\.json$/);
      expect(JSON.stringify(JSON.parse(json?.text ?? 'null'))).toContain('Call back about the trial');
    });

    it('switches the site off and on from the popup, and the options page lists it', async () => {
      expect(await popup.siteEnabled()).toBe(true);
      await popup.toggleSite();
      expect(await popup.siteEnabled()).toBe(false);
      await options.reload('#sites');
      expect(await options.disabledSites()).toEqual(['crm.example.com']);
      await options.turnSiteBackOn('crm.example.com');
      await popup.reload();
      expect(await popup.siteEnabled()).toBe(true);
    });

    it('imports a HubSpot CSV: preview, remapped column, report with merged and skipped rows', async () => {
      await options.reload('#import');
      const csv = [
        'Record ID,First Name,Last Name,Company Name,Phone Number,Lifecycle Stage',
        '101,Alan,Turing,Bletchley Analytics,+44 20 7946 0123,lead',
        '102,Ada,Lovelace,Analytical Engines Inc.,+1 (212) 736-8410,customer',
        '103,,,,,lead',
      ].join('\n');
      expect(await options.previewImport('hubspot-contacts.csv', csv)).toEqual({ source: 'HubSpot export recognised', rows: ' · 3 contacts' });
      await options.mapColumn('Lifecycle Stage', 'tags');
      await options.screenshot(`${SHOTS}/${name}-options-import.png`, 'import');
      const report = await options.commitImport();
      expect(report).toMatchObject({ imported: '1 customer imported', merged: '1 merged into an existing customer', skipped: '1 row skipped' });
      expect(report.skippedRows).toContain('3');
      await popup.reload();
      expect(await popup.search('turing')).toEqual(['Alan Turing']);
    });

    it('validates a custom dial template, saves a good one and shows its example', async () => {
      await options.reload('#calling');
      expect(await options.typeCustomTemplate('pbx.example.com/dial')).toBe('Start with a scheme such as tel:, sip:, callto: or https://.');
      expect(await options.typeCustomTemplate('https://pbx.example.com/dial?n={e164}')).toBeNull();
      expect(await options.dialExample()).toBe('+12127368410 opens https://pbx.example.com/dial?n=%2B12127368410');
      expect(await options.saveCustomTemplate()).toBe('Dial template saved.');
      await options.reload();
      expect(await options.selectedPreset()).toBe('custom');
      await options.screenshot(`${SHOTS}/${name}-options-calling.png`, 'calling');
      expect(popup.page.errors).toEqual([]);
      expect(options.page.errors).toEqual([]);
    });
  });
}
