/**
 * Connecting to the team's server, as a user does it in each browser: the options page asks for the
 * server's origin, finds the address books and calendars on a real Radicale (tsdav running in the
 * extension's background), and shows the connection; a wrong password is named as such.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { teamCollections, type TeamCollections } from '../sync/support/collections.ts';
import { startServer, USERS, type DavServer } from '../sync/support/servers.ts';
import { OptionsPage } from './pages/options-page.ts';
import { SyncOptions } from './pages/sync-options.ts';
import { browsersUnderTest } from './support/browsers.ts';
import { launchChromiumDriver } from './support/chromium-driver.ts';
import { chromiumBuildGranting, type GrantedBuild } from './support/chromium-granted-build.ts';
import type { TestBrowser } from './support/driver.ts';

const SHOTS = 'artifacts/screenshots';

for (const [name, launch] of browsersUnderTest()) {
  describe(`connecting to the team server, in ${name}`, () => {
    let browser: TestBrowser;
    let server: DavServer;
    let team: TeamCollections;
    let granted: GrantedBuild | undefined;
    beforeAll(async () => {
      server = await startServer('radicale');
      team = await teamCollections(server, USERS.alice);
      // Firefox answers the permission prompt itself (support/firefox.ts); Chromium cannot (support/chromium-granted-build.ts).
      granted = name === 'chromium' ? await chromiumBuildGranting(server.origin) : undefined;
      browser = granted ? await launchChromiumDriver({ dist: granted.dist }) : await launch();
      console.log(`[e2e] ${name}: ${browser.version}`);
    });
    afterAll(async () => {
      await browser?.close();
      await granted?.remove();
      await server?.remove();
    });

    test('a wrong password is named as such, and nothing is kept', async () => {
      const options = await OptionsPage.open(browser, '#sync');
      const sync = new SyncOptions(options.page);
      await sync.search(server.origin, 'alice', 'not-the-password');
      expect(await sync.searchError()).toContain('The server refused the user name or password (401)');
    });

    test('finds the team address book and calendar and connects to them', async () => {
      const options = await OptionsPage.open(browser, '#sync');
      const sync = new SyncOptions(options.page);
      await sync.search(server.origin, USERS.alice.username, USERS.alice.password);
      expect(await sync.searchError()).toBeNull();
      const connected = await sync.connect(team.addressBookUrl, team.calendarUrl);
      expect(connected).toContain(`Connected to ${server.origin}/ as alice`);
      expect(connected).toContain('address book Team customers');
      expect(connected).toContain('calendar Team follow-ups');
      // The background's sync engine runs in this browser's worker: "Sync now" ends with a success.
      expect(await sync.syncNow()).toMatch(/Last synced/);
      expect(await options.page.evaluate(() => document.querySelector('[data-testid="sync-problem"]') === null)).toBe(true);
      await options.page.screenshot(`${SHOTS}/sync-connected-${name}.png`);

      // Still connected after a reload, and the password is nowhere in the page.
      await options.reload('#sync');
      await options.page.waitFor('[data-testid="sync-connected"]');
      const shown = await options.page.evaluate(() => [document.body.textContent ?? '', ...[...document.querySelectorAll('input')].map((i) => i.value)].join('\n'));
      expect(shown).not.toContain(USERS.alice.password);
    });
  });
}
