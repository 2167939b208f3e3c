// @vitest-environment happy-dom
/**
 * The options page's sync section as a user meets it: asked for the server's origin on the first
 * click, the address books and calendars to pick from, then the connected state with the last sync
 * and what is wrong.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatusView } from '../../../src/shared/protocol/index.ts';
import { SyncSection } from '../../../src/ui/options/sync-section.tsx';
import { fakeClient } from '../popup/support/fake-client.ts';
import { choose, clickButton, render, typeInto, type Rendered } from '../popup/support/render.tsx';

const NOT_CONNECTED: SyncStatusView = { connected: false, running: false };
const DISCOVERY = {
  serverUrl: 'https://dav.example.com/',
  addressBooks: [{ url: 'https://dav.example.com/a/mine/', name: 'My contacts' }, { url: 'https://dav.example.com/a/team/', name: 'Team customers' }],
  calendars: [{ url: 'https://dav.example.com/c/team/', name: 'Team follow-ups', journals: true }],
};

let mounted: Rendered | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const input = (ui: Rendered, id: string) => ui.$(`[data-testid="${id}"]`) as HTMLInputElement;

describe('the sync section', () => {
  it('asks for the server first, then connects to the address book and calendar picked', async () => {
    const asked: string[] = [];
    const fake = fakeClient({
      'sync/status': () => NOT_CONNECTED,
      'sync/discover': () => DISCOVERY,
      'sync/connect': (d) => ({ connected: true, running: true, serverUrl: d.serverUrl, username: d.username, addressBook: 'Team customers', calendar: 'Team follow-ups' }),
    });
    mounted = await render(<SyncSection requestAccess={async (url) => (asked.push(url), true)} />, fake.client);
    const ui = mounted;
    await ui.waitFor(() => expect(ui.$('[data-testid="sync-connect"]')).not.toBeNull());
    await typeInto(input(ui, 'sync-server'), 'dav.example.com');
    await typeInto(input(ui, 'sync-user'), 'alice');
    await typeInto(input(ui, 'sync-password'), 'app-pass');
    await clickButton(ui, 'Find address books and calendars');
    await ui.waitFor(() => expect(ui.$('[data-testid="sync-address-book"]')).not.toBeNull());
    expect(asked).toEqual(['dav.example.com']);
    expect(fake.sent('sync/discover')).toEqual([{ serverUrl: 'dav.example.com', username: 'alice', password: 'app-pass' }]);

    await choose(ui.$('[data-testid="sync-address-book"]') as HTMLSelectElement, 'https://dav.example.com/a/team/');
    await clickButton(ui, 'Connect and sync');
    await ui.waitFor(() => expect(ui.$('[data-testid="sync-connected"]')).not.toBeNull());
    expect(fake.sent('sync/connect')).toEqual([
      { serverUrl: 'https://dav.example.com/', username: 'alice', password: 'app-pass', addressBookUrl: 'https://dav.example.com/a/team/', calendarUrl: 'https://dav.example.com/c/team/' },
    ]);
    expect(ui.$('[data-testid="sync-connected"]')?.textContent).toContain('Team customers');
    expect(ui.$('[data-testid="sync-status"]')?.textContent).toContain('Syncing… Not synced yet.');
  });

  it('does not ask the server anything when the user declines access', async () => {
    const fake = fakeClient({ 'sync/status': () => NOT_CONNECTED });
    mounted = await render(<SyncSection requestAccess={async () => false} />, fake.client);
    const ui = mounted;
    await ui.waitFor(() => expect(ui.$('[data-testid="sync-connect"]')).not.toBeNull());
    await typeInto(input(ui, 'sync-server'), 'https://dav.example.com');
    await typeInto(input(ui, 'sync-user'), 'alice');
    await typeInto(input(ui, 'sync-password'), 'app-pass');
    await clickButton(ui, 'Find address books and calendars');
    await ui.waitFor(() => expect(ui.$('[data-testid="sync-search-error"]')?.textContent).toContain('needs your permission to reach this server'));
    expect(fake.sent('sync/discover')).toEqual([]);
  });

  it('shows when the last sync worked and what is wrong now', async () => {
    const now = Date.now();
    const fake = fakeClient({
      'sync/status': () => ({
        connected: true, running: false, serverUrl: 'https://dav.example.com/', username: 'alice', addressBook: 'Team customers', calendar: 'Team follow-ups',
        lastSuccessAt: now - 5 * 60_000, problem: { code: 'auth', message: 'The server refused the user name or password (401).', at: now },
      }),
    });
    mounted = await render(<SyncSection />, fake.client);
    const ui = mounted;
    await ui.waitFor(() => expect(ui.$('[data-testid="sync-status"]')).not.toBeNull());
    expect(ui.$('[data-testid="sync-status"]')?.textContent).toContain('Last synced 5 min ago.');
    expect(ui.$('[data-testid="sync-problem"]')?.textContent).toContain('refused the user name or password');
  });
});
