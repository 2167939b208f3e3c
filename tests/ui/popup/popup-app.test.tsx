// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime, yourTime } from '../../../src/shared/time/index.ts';
import { PopupApp } from '../../../src/ui/popup/popup-app.tsx';
import type { PageFiles } from '../../../src/db/files/page-files.ts';
import type { PopupEnv } from '../../../src/ui/popup/popup-env.ts';
import { fakeClient, type FakeHandlers } from './support/fake-client.ts';
import { clickButton, render, typeInto, type Rendered } from './support/render.tsx';
import { customer, followUp, settings } from './support/samples.ts';

// Monday 23 November 2026, 15:00 in New York.
const NOW = Date.UTC(2026, 10, 23, 20, 0);
const HOUR = 3_600_000;

let mounted: Rendered | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  vi.restoreAllMocks();
});

function env(opened: string[] = []): PopupEnv {
  return { now: () => NOW, timeZone: 'America/New_York', activeSite: async () => 'crm.example.com', activeTabId: async () => 12, openPage: (p) => void opened.push(p) };
}

const someone = customer('c1', 'Ada Lovelace', '+12127368410', 'Analytical Engines');

function handlers(extra: FakeHandlers = {}): FakeHandlers {
  return {
    'settings/get': () => settings(),
    'followup/list': () => [],
    'customer/search': ({ query }) => (query === '' || /ada/i.test(query) ? [someone] : []),
    'diagnostics/page': () => [],
    ...extra,
  };
}

async function mount(h: FakeHandlers, opened: string[] = [], files: PageFiles | null = null) {
  const fake = fakeClient(h);
  mounted = await render(<PopupApp env={env(opened)} />, fake.client, files);
  return { fake, ui: mounted };
}

const groupNames = (ui: Rendered, group: string) =>
  ui.$$(`[data-testid="group-${group}"] [data-testid="followup-who"]`).map((e) => e.textContent);

describe('PopupApp follow-ups', () => {
  it('groups follow-ups around now: overdue, today (user zone), upcoming', async () => {
    const { ui } = await mount(
      handlers({
        'followup/list': () => [
          followUp('f1', 'Overdue Olga', NOW - 2 * HOUR),
          followUp('f2', 'Tonight Tom', NOW + 8 * HOUR + 30 * 60_000), // 23:30 in New York
          followUp('f3', 'Tomorrow Tia', NOW + 10 * HOUR, { channel: 'email' }), // 01:00 tomorrow in New York
          followUp('f4', null, NOW + 30 * 60_000),
        ],
      }),
    );
    await ui.waitFor(() => expect(ui.$('[data-testid="group-overdue"]')).not.toBeNull());
    expect(groupNames(ui, 'overdue')).toEqual(['Overdue Olga']);
    expect(groupNames(ui, 'today')).toEqual(['+1 212 736 8410', 'Tonight Tom']);
    expect(groupNames(ui, 'upcoming')).toEqual(['Tomorrow Tia']);
    expect(ui.$('[data-testid="group-upcoming"] .pp-fu__how')?.textContent).toBe('✉ E-mail · +1 212 736 8410');
    expect(ui.$('[data-testid="group-overdue"] [data-testid="followup-when"]')?.textContent).toBe('2 hours ago');
    // The absolute time is in the user's zone: 13:00 in New York, not 18:00 UTC.
    expect(ui.$('[data-testid="group-overdue"] .pp-fu__when')?.textContent).toBe(
      `2 hours ago · ${yourTime(formatDateTime(NOW - 2 * HOUR, 'America/New_York'))}`,
    );
  });

  it('marks a follow-up done and removes it from the list', async () => {
    const { ui, fake } = await mount(
      handlers({
        'followup/list': () => [followUp('f1', 'Overdue Olga', NOW - HOUR)],
        'followup/set-status': ({ id, status }) => ({ ...followUp(id, null, 0).followUp, status }),
      }),
    );
    await ui.waitFor(() => expect(groupNames(ui, 'overdue')).toEqual(['Overdue Olga']));
    await clickButton(ui, 'Done');
    await ui.waitFor(() => expect(ui.$('[data-testid="followups-empty"]')).not.toBeNull());
    expect(fake.sent('followup/set-status')).toEqual([{ id: 'f1', status: 'done' }]);
    expect(ui.text()).toContain('Calls you wrap up with a follow-up show here.');
  });

  it('says what failed when marking done is refused, and keeps the follow-up', async () => {
    const { ui } = await mount(
      handlers({
        'followup/list': () => [followUp('f1', 'Overdue Olga', NOW - HOUR)],
        'followup/set-status': () => {
          throw new Error('Follow-up not found');
        },
      }),
    );
    await ui.waitFor(() => expect(groupNames(ui, 'overdue')).toEqual(['Overdue Olga']));
    await clickButton(ui, 'Done');
    await ui.waitFor(() => expect(ui.$('[role="alert"] .cp-banner__text')?.textContent).toBe('Could not mark the follow-up done: Follow-up not found.'));
    expect(groupNames(ui, 'overdue')).toEqual(['Overdue Olga']);
  });
});

describe('PopupApp search', () => {
  it('shows matching customers and opens the card page for the first number, under a session of its own', async () => {
    const opened: string[] = [];
    const token = 'Tk9fTlVNQkVSX0lOX1RIRV9VUkw';
    const { ui, fake } = await mount(handlers({ 'card/open-tab-session': () => ({ token }) }), opened);
    await typeInto(ui.$<HTMLInputElement>('[data-testid="search"]')!, 'ada');
    const result = await ui.waitFor(() => {
      const found = ui.$('[data-testid="search-result"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(result.textContent).toContain('Ada Lovelace');
    expect(result.textContent).toContain('Analytical Engines');
    expect(result.textContent).toContain('+1 212 736 8410');
    expect(fake.sent('customer/search')).toContainEqual({ query: 'ada' });
    result.click();
    await ui.waitFor(() => expect(opened).toEqual([`src/ui/card/card.html?session=${token}`]));
    // The number goes to the background, never into the URL.
    expect(fake.sent('card/open-tab-session')).toEqual([{ e164: '+12127368410' }]);
  });

  it('searches once per pause, not per keystroke', async () => {
    const { ui, fake } = await mount(handlers());
    const input = ui.$<HTMLInputElement>('[data-testid="search"]')!;
    for (const partial of ['a', 'ad', 'ada']) await typeInto(input, partial);
    await ui.waitFor(() => expect(ui.$('[data-testid="search-result"]')).not.toBeNull());
    expect(fake.sent('customer/search').filter((r) => r.query !== '')).toEqual([{ query: 'ada' }]);
  });

  it('says so when nobody matches', async () => {
    const { ui } = await mount(handlers());
    await typeInto(ui.$<HTMLInputElement>('[data-testid="search"]')!, 'zebra');
    await ui.waitFor(() => expect(ui.$('[data-testid="search-none"]')?.textContent).toBe('No customer matches “zebra”.'));
  });
});

describe('PopupApp site switch', () => {
  it.each([
    [[], true, false],
    [['crm.example.com'], false, true],
  ])('with disabled sites %j the switch reads %s and turning it flips to %s', async (disabledSites, shown, next) => {
    const { ui, fake } = await mount(
      handlers({
        'settings/get': () => settings({ disabledSites }),
        'site/set-enabled': ({ enabled }) => ({ disabledSites: enabled ? [] : ['crm.example.com'] }),
      }),
    );
    const toggle = await ui.waitFor(() => ui.$<HTMLInputElement>('[data-testid="site-switch"]')!);
    expect(toggle.checked).toBe(shown);
    expect(ui.$('[data-testid="site-host"]')?.textContent).toBe('crm.example.com');
    toggle.click();
    await ui.waitFor(() => expect(ui.$('[data-testid="site-reload"]')?.textContent).toBe('Applied to open tabs'));
    expect(fake.sent('site/set-enabled')).toEqual([{ hostname: 'crm.example.com', enabled: next }]);
    expect(ui.$<HTMLInputElement>('[data-testid="site-switch"]')!.checked).toBe(next);
  });
});

describe('PopupApp first run', () => {
  it('offers sample customers on an empty database, then shows the normal popup', async () => {
    let loaded = false;
    const opened: string[] = [];
    const { ui, fake } = await mount(
      handlers({
        'customer/search': () => (loaded ? [someone] : []),
        'data/load-samples': () => {
          loaded = true;
          return { customers: 8, concerns: 0, commitments: 0, calls: 0, followUps: 0 };
        },
      }),
      opened,
    );
    await ui.waitFor(() => expect(ui.$('[data-testid="first-run"]')).not.toBeNull());
    await clickButton(ui, 'Import contacts');
    expect(opened).toEqual(['src/ui/options/options.html#import']);
    await clickButton(ui, 'Load sample customers');
    await ui.waitFor(() => expect(ui.$('[data-testid="first-run"]')).toBeNull());
    expect(fake.sent('data/load-samples')).toHaveLength(1);
    expect(ui.$('[data-testid="search"]')).not.toBeNull();
  });
});

describe('PopupApp export', () => {
  it.each([
    ['csv', 'callprep-notes-2026-11-23.csv', 'text/csv'],
    ['json', 'callprep-notes-2026-11-23.json', 'application/json'],
    ['ics', 'callprep-follow-ups-2026-11-23.ics', 'text/calendar'],
  ] as const)('%s export downloads %s', async (format, filename, mime) => {
    const blobs: Blob[] = [];
    const clicked: Array<{ download: string; href: string }> = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), `blob:test/${blobs.length}`));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const asked: string[] = [];
    const files = {
      exportNotes: async (f: string) => (asked.push(f), { filename, blob: new Blob([`content ${f}`], { type: mime }) }),
    } as PageFiles;
    const { ui } = await mount(handlers(), [], files);
    await ui.waitFor(() => ui.$(`[data-testid="export-${format}"]`)!).then((b) => b.click());
    await ui.waitFor(() => expect(clicked).toEqual([{ download: filename, href: 'blob:test/1' }]));
    expect(asked).toEqual([format]);
    expect(blobs[0]?.type).toBe(mime);
    expect(await blobs[0]?.text()).toBe(`content ${format}`);
  });
});

describe('PopupApp on a page where Callprep could not run', () => {
  const problem = { code: 'scan-failed' as const, detail: 'TypeError: x', count: 1, firstAt: NOW, lastAt: NOW, browser: 'Firefox 140.12.0esr', tabId: 12 };

  it('says so, and why, for the active tab; Details opens the diagnostics log', async () => {
    const opened: string[] = [];
    const { ui, fake } = await mount(handlers({ 'diagnostics/page': () => [problem] }), opened);
    await ui.waitFor(() => expect(ui.$('[data-testid="page-problem"]')).not.toBeNull());
    expect(ui.$('[data-testid="page-problem"]')?.textContent).toBe('Callprep could not run on this page: reading the page for phone numbers failed. Details');
    expect(fake.sent('diagnostics/page')).toEqual([{ hostname: 'crm.example.com', tabId: 12 }]);
    await act(async () => ui.$<HTMLAnchorElement>('[data-testid="page-problem"] a')!.click());
    expect(opened).toEqual(['src/ui/options/options.html#diagnostics']);
  });

  it('says nothing when nothing was reported there', async () => {
    const { ui, fake } = await mount(handlers());
    await ui.waitFor(() => expect(fake.sent('diagnostics/page')).toHaveLength(1));
    expect(ui.$('[data-testid="page-problem"]')).toBeNull();
    expect(ui.$('[data-testid="error"]')).toBeNull();
  });
});
