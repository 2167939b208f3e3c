// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../src/shared/model.ts';
import { formatDateTime, yourTime } from '../../../src/shared/time/index.ts';
import { PopupApp } from '../../../src/ui/popup/popup-app.tsx';
import type { PopupEnv } from '../../../src/ui/popup/popup-env.ts';
import { fakeClient, type FakeHandlers } from './support/fake-client.ts';
import { render, type Rendered } from './support/render.tsx';
import { followUp, settings } from './support/samples.ts';

// Monday 23 November 2026, 15:00 in New York (20:00 UTC).
const NOW = Date.UTC(2026, 10, 23, 20, 0);
const HOUR = 3_600_000;

let mounted: Rendered | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const env = (opened: string[]): PopupEnv => ({ now: () => NOW, timeZone: 'America/New_York', activeSite: async () => null, openPage: (p) => void opened.push(p) });

async function mount(items: ReturnType<typeof followUp>[], extra: FakeHandlers = {}) {
  const opened: string[] = [];
  const fake = fakeClient({
    'settings/get': () => settings(),
    'followup/list': () => items,
    'customer/search': () => [],
    'call/start': ({ e164 }) => ({ call: { id: 'call-1', e164, startedAt: NOW, status: 'open', notes: '', revision: 1 }, dialUrl: `tel:${e164}` }),
    'card/open-tab-session': () => ({ token: 'T'.repeat(22) }),
    ...extra,
  });
  mounted = await render(<PopupApp env={env(opened)} />, fake.client);
  const ui = mounted;
  await ui.waitFor(() => expect(ui.$('[data-testid="followup"]')).not.toBeNull());
  return { ui, fake, opened };
}

const row = (ui: Rendered, who: string) => ui.$$('[data-testid="followup"]').find((r) => r.querySelector('[data-testid="followup-who"]')?.textContent === who);

describe('the popup as a call list', () => {
  it('shows each customer’s own clock and whether now suits them', async () => {
    const london = followUp('f1', 'Mary Ann Evans', NOW - HOUR);
    london.contact = { preferences: { ...DEFAULT_PREFERENCES, bestDays: [1, 2, 3, 4, 5], bestWindows: [{ start: '09:00', end: '17:00' }] }, timeZone: 'Europe/London' };
    const newYork = followUp('f2', 'Ada Lovelace', NOW + HOUR);
    newYork.contact = { preferences: { ...DEFAULT_PREFERENCES, bestDays: [1, 2, 3, 4, 5], bestWindows: [{ start: '09:00', end: '17:00' }] }, timeZone: 'America/New_York' };
    const { ui } = await mount([london, newYork]);
    // 20:00 in London: past their hours; 15:00 in New York: inside them.
    expect(row(ui, 'Mary Ann Evans')?.querySelector('[data-testid="followup-their-time"]')?.textContent).toMatch(/^Mon (20:00|8:00\s?PM) their time \(London\)$/);
    expect(row(ui, 'Mary Ann Evans')?.querySelector('[data-testid="followup-good-time"]')?.textContent).toMatch(/^Not now · next good time Tue (09:00|9:00\s?AM) their time \(London\)$/);
    expect(row(ui, 'Ada Lovelace')?.querySelector('[data-testid="followup-good-time"]')?.textContent).toBe('Good time now');
  });

  it('says where a follow-up for a number without a customer came from', async () => {
    const calledAt = NOW - 26 * HOUR;
    const stranger = { ...followUp('f3', null, NOW + HOUR, { callId: 'c9' }), origin: { calledAt, foundOn: 'Deals – Northwind CRM' } };
    const { ui } = await mount([stranger]);
    expect(ui.$('[data-testid="followup-origin"]')?.textContent).toBe(
      `No customer file · number found on “Deals – Northwind CRM”, called ${yourTime(formatDateTime(calledAt, 'America/New_York'))}`,
    );
    expect(ui.$('[data-testid="followup-good-time"]')).toBeNull();
  });

  it('Call dials the number and starts the call for that customer; without a call panel the call opens in a card tab', async () => {
    const { ui, fake, opened } = await mount([{ ...followUp('f1', 'Ada Lovelace', NOW - HOUR, { customerId: 'c1' }) }]);
    const link = await ui.waitFor(() => ui.$<HTMLAnchorElement>('[data-testid="followup-call"]') ?? expect.unreachable('no Call link yet'));
    expect(link?.getAttribute('href')).toBe('tel:+12127368410');
    expect(link?.getAttribute('aria-label')).toBe('Call Ada Lovelace');
    link?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await ui.waitFor(() => expect(opened).toHaveLength(1));
    expect(fake.sent('call/start')).toEqual([{ e164: '+12127368410', customerId: 'c1' }]);
    // No side panel here (unit tests run outside a browser): the card, in a tab, shows the open call.
    expect(opened[0]).toMatch(/card\.html\?session=T{22}$/);
  });
});
