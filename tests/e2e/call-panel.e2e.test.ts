/**
 * Issue 13, "the call travels with the user", in every browser under test: Call on the card puts the
 * call in the browser's call panel (Chromium's side panel; Firefox lets a card inside a web page open
 * neither its sidebar nor ask the background to, so there the card keeps the call and says the keys
 * that open the sidebar); the panel keeps the call view, its timer and notes while the page navigates,
 * reloads and tabs switch; reopening the number in any tab returns to the call; the popup is a call
 * list whose Call opens the panel (in both browsers: the popup is an extension page); the toolbar
 * badge counts follow-ups due now and calls waiting for wrap-up.
 *
 * What no driver can do, and what stands in for it: look inside Chromium's side panel or Firefox's
 * sidebar. That the browser opened the panel is read from the extension (Chromium: a SIDE_PANEL
 * context of the panel page; Firefox: sidebarAction.isOpen); what it shows is driven in the same
 * page opened in a tab.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './support/browsers.ts';
import { waitUntil, type TestBrowser, type TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { crmContactUrl, openCrmContact, startForSuite, startWithSamples } from './support/suite.ts';
import type { OptionsPage } from './pages/options-page.ts';
import { PopupPage, askBackground } from './pages/popup-page.ts';
import { makeDueAt } from './pages/extension-page.ts';
import { CardPage } from './pages/card-page.ts';
import { closeChromiumSidePanel, isCallPanelOpen, openPanelPage, toolbarBadge } from './pages/call-panel.ts';

const SHOTS = 'artifacts/screenshots';
const HOUR = 3_600_000;
const AMBER = 'rgb(180, 83, 9)';
const TEAL = 'rgb(15, 118, 110)';
const GOOD_TIME = /^(Good time now|Not now · next good time .+ their time \(.+\)|Not now · no good time in the next two weeks)$/;

for (const [name, launch] of browsersUnderTest()) {
  describe(`call panel in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    let crm: TestPage;
    let options: OptionsPage;
    let panelTab: TestPage;
    let panel: CardPage;

    startForSuite(launch, async (b, s) => {
      [browser, server] = [b, s];
      await mkdir(SHOTS, { recursive: true });
      const started = await startWithSamples(browser, server);
      ({ options, crm } = started);
      expect(started.loaded).toMatch(/^Loaded \d+ customers/);
    });

    it('Call on the card puts the call in the call panel (Chromium), or keeps it in the card with the keys to the sidebar (Firefox)', async () => {
      expect(await toolbarBadge(options.page)).toMatchObject({ text: '', title: 'Callprep' });
      const card = await CardPage.openFor(crm, '(212) 736-8410');
      await card.clickCall();
      if (name === 'chromium') {
        // The card closes: the call lives in the side panel now, which the browser opened on the click.
        await waitUntil(card.isOpen, (open) => !open, 'the card to close for the side panel');
        await waitUntil(() => isCallPanelOpen(options.page), Boolean, 'the side panel to show the call panel');
      } else {
        await card.waitForView('call');
        expect(await card.frame.text('[data-testid="sidebar-hint"]')).toBe(
          "Keep this call in sight while you browse: open Callprep's sidebar with Alt+Shift+L (or View → Sidebar → Callprep call).",
        );
        expect(await isCallPanelOpen(options.page)).toBe(false);
        await card.screenshot(`${SHOTS}/${name}-card-call-sidebar-hint.png`);
        await card.close();
      }
      // One call waits for its wrap-up: the badge says so, in amber.
      await waitUntil(() => toolbarBadge(options.page), (b) => b.text === '1', 'the badge to count the call');
      expect(await toolbarBadge(options.page)).toEqual({ text: '1', color: AMBER, title: 'Callprep · 1 call waiting for wrap-up' });
    });

    it('the panel keeps the call view, its timer and notes while the page navigates, reloads and tabs switch', async () => {
      ({ tab: panelTab, panel } = await openPanelPage(browser));
      await panel.waitForView('call');
      expect(await panel.page.text('[data-testid="view-call"] [data-testid="card-title"]')).toBe('Ada Lovelace');
      await panel.typeNotes('Asked about the 45-seat renewal.');
      const before = await panel.timer();
      await crm.goto(server.url('/fixtures/crm-table.html'));
      await crm.reload();
      await crm.bringToFront();
      await panelTab.bringToFront();
      expect(await panel.view()).toBe('call');
      expect(await panel.notes()).toBe('Asked about the 45-seat renewal.');
      expect(await waitUntil(panel.timer, (now) => now !== before, 'the call timer to go on')).toMatch(/^\d\d:\d\d$/);
      await panelTab.screenshot(`${SHOTS}/${name}-panel-call.png`, { x: 0, y: 0, width: 420, height: 640 });
    });

    it('reopening the number in another tab returns to the call, with the notes typed in the panel', async () => {
      const other = await openCrmContact(browser, server);
      const card = await CardPage.openFor(other, '212.736.8410');
      expect(await card.view()).toBe('call');
      expect(await card.notes()).toBe('Asked about the 45-seat renewal.');
      // The call can be dialled again from there too.
      expect(await card.dialUrl()).toBe('tel:+12127368410');
      await card.screenshot(`${SHOTS}/${name}-card-returns-to-call.png`);
      await card.close();
      await other.close();
    });

    it('the popup lists follow-ups with their clock, the verdict and where an unknown number came from; its Call opens the panel', async () => {
      // Grace Hopper's follow-up came due an hour ago; an unknown number's is tomorrow, agreed on a call from a CRM page.
      const now = Date.now();
      for (const [e164, dueAt, foundOn] of [
        ['+18884162273', now - HOUR, undefined],
        ['+13125550188', now + 24 * HOUR, 'Deals – Northwind CRM'],
      ] as const) {
        const { call } = await askBackground<{ call: { id: string } }>(options.page, 'call/start', { e164, foundOn });
        const closed = await askBackground<{ followUpId: string }>(options.page, 'call/finish', {
          callId: call.id,
          notes: 'Talked briefly.',
          outcome: 'callback-requested',
          followUp: { dueAt: Math.max(dueAt, now + HOUR), channel: 'phone', note: 'Call back' },
        });
        if (dueAt < now) await makeDueAt(options.page, closed.followUpId, dueAt);
      }
      const popup = await PopupPage.open(browser);
      const grace = await popup.moment('Grace Hopper');
      expect(grace.theirTime).toMatch(/^\w{3} .+ their time \(.+\)$/);
      expect(grace.goodTime).toMatch(GOOD_TIME);
      const stranger = await popup.moment('+1 312 555 0188');
      expect(stranger.origin).toMatch(/^No customer file · number found on “Deals – Northwind CRM”, called .+ your time$/);
      expect(stranger.goodTime).toBe('');
      await popup.screenshot(`${SHOTS}/${name}-popup-call-list.png`);

      // Due now: Grace's follow-up (the badge is set again when a reminder fires; a restart or change does it too).
      await askBackground(options.page, 'backup/restored', {});
      await waitUntil(() => toolbarBadge(options.page), (b) => b.text === '2', 'the badge to count the due follow-up');
      expect(await toolbarBadge(options.page)).toEqual({ text: '2', color: AMBER, title: 'Callprep · 1 follow-up due now · 1 call waiting for wrap-up' });

      await closeChromiumSidePanel(options.page);
      await waitUntil(() => isCallPanelOpen(options.page), (open) => !open, 'the call panel to be closed');
      if (name === 'firefox') {
        // Firefox ESR 153 (headless) kills the extension's process (signal 11) in about one run in three
        // once the popup's Call opens the sidebar: every extension page then dies (seen in two CI runs;
        // never on ESR 140). So here Firefox starts Grace's call from her card, which keeps the call (the
        // card cannot open the sidebar), and the popup's Call opening the sidebar is the suite's last step.
        await crm.goto(crmContactUrl(server));
        const card = await CardPage.openFor(crm, '1-888-416-2273');
        await card.call();
        await card.close();
      } else {
        await popup.callFrom('Grace Hopper');
        await waitUntil(() => isCallPanelOpen(popup.page), Boolean, 'the popup’s Call to open the call panel');
      }
      // The panel takes the call just started: the newest.
      await panelTab.bringToFront();
      await waitUntil(() => panel.page.text('[data-testid="view-call"] [data-testid="card-title"]').catch(() => ''), (t) => t === 'Grace Hopper', 'the panel to show the new call');
      expect(await panel.page.text('[data-testid="panel-waiting"]')).toContain('Ada Lovelace');
      await panelTab.screenshot(`${SHOTS}/${name}-panel-two-calls.png`, { x: 0, y: 0, width: 420, height: 640 });
      await waitUntil(() => toolbarBadge(options.page), (b) => b.text === '3', 'the badge to count both calls');
    });

    it('wrapping up in the panel closes the call and the badge follows', async () => {
      await panel.endCall();
      const saved = await panel.wrapUp({ notes: 'Will call back next week.', outcome: 'connected', noFollowUp: true });
      expect(saved).toMatchObject({ saved: true, errors: [] });
      expect(saved.confirmation).toMatch(/^Call saved · no follow-up/);
      await panelTab.screenshot(`${SHOTS}/${name}-panel-saved.png`, { x: 0, y: 0, width: 420, height: 640 });
      await waitUntil(() => toolbarBadge(options.page), (b) => b.text === '2', 'the badge to drop the wrapped-up call');
      // Ada's call still waits: the panel offers it.
      await panel.page.click('[data-testid="panel-show-call"]');
      await panel.waitForView('call');
      await panel.endCall();
      expect(await panel.wrapUp({ outcome: 'connected', noFollowUp: true })).toMatchObject({ saved: true, errors: [] });
      await waitUntil(() => toolbarBadge(options.page), (b) => b.text === '1', 'the badge to count only the due follow-up');
      expect(await toolbarBadge(options.page)).toEqual({ text: '1', color: TEAL, title: 'Callprep · 1 follow-up due now' });
    });

    it('the popup’s Call opens the call panel and starts the call there', async () => {
      await closeChromiumSidePanel(options.page);
      await waitUntil(() => isCallPanelOpen(options.page), (open) => !open, 'the call panel to be closed');
      const popup = await PopupPage.open(browser);
      await popup.callFrom('Grace Hopper');
      // Read first: in Firefox ESR 153 (headless) the sidebar may then take the extension's process down (see above).
      await waitUntil(() => isCallPanelOpen(popup.page), Boolean, 'the popup’s Call to open the call panel');
      if (name === 'chromium') await waitUntil(() => toolbarBadge(options.page), (b) => b.color === AMBER, 'the badge to count the new call');
    });
  });
}
