// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../src/shared/model.ts';
import { formatDateTime, yourTime } from '../../../src/shared/time/index.ts';
import { PopupApp } from '../../../src/ui/popup/popup-app.tsx';
import { fakeClient, type FakeHandlers } from './support/fake-client.ts';
import { render, typeInto, type Rendered } from './support/render.tsx';
import { customer, followUp, settings } from './support/samples.ts';

// Monday 23 November 2026, 15:00 in New York: inside Olga's best hours (default preferences, New York).
const NOW = Date.UTC(2026, 10, 23, 20, 0);
const HOUR = 3_600_000;
const TUESDAY_9AM = Date.UTC(2026, 10, 24, 14, 0);
const ZONE = 'America/New_York';

let mounted: Rendered | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const OLGA = followUp('f1', 'Overdue Olga', NOW - 2 * HOUR);
const TOM = followUp('f2', 'Tonight Tom', NOW + 5 * HOUR);

async function mount(extra: FakeHandlers = {}) {
  const fake = fakeClient({
    'settings/get': () => settings(),
    'customer/search': () => [customer('c1', 'Overdue Olga', '+12127368410')],
    'followup/list': () => [OLGA, TOM],
    'followup/reschedule': ({ id, dueAt }): FollowUp => ({ ...[OLGA, TOM].find((i) => i.followUp.id === id)!.followUp, dueAt }),
    ...extra,
  });
  const env = { now: () => NOW, timeZone: ZONE, activeSite: async () => 'crm.example.com', openPage: () => {} };
  mounted = await render(<PopupApp env={env} />, fake.client);
  const ui = mounted;
  await ui.waitFor(() => expect(ui.$('[data-testid="group-overdue"]')).not.toBeNull());
  return { fake, ui };
}

const names = (ui: Rendered, group: string) => ui.$$(`[data-testid="group-${group}"] [data-testid="followup-who"]`).map((e) => e.textContent);
const click = (el: Element | null) => act(async () => (el as HTMLElement).click());
const openSnooze = (ui: Rendered, who: string) => click(ui.$(`button[aria-label="Snooze: ${who}"]`));
const choices = (ui: Rendered) =>
  ui.$$('[data-testid="snooze-menu"] .pp-snooze__choice').map((b) => [b.querySelector('.pp-snooze__label')?.textContent, b.querySelector('.pp-snooze__at')?.textContent]);

describe('snoozing a follow-up from the popup', () => {
  it('offers 1 hour, Tomorrow, the next good time and Pick…, each with the time it lands on', async () => {
    const { ui } = await mount();
    await openSnooze(ui, 'Overdue Olga');
    expect(ui.$('button[aria-label="Snooze: Overdue Olga"]')?.getAttribute('aria-expanded')).toBe('true');
    const hour = new Intl.DateTimeFormat(undefined, { timeZone: ZONE, hour: 'numeric', minute: '2-digit' }).format(NOW + HOUR);
    expect(choices(ui).map(([label]) => label)).toEqual(['1 hour', 'Tomorrow', 'Next good time', 'Pick…']);
    expect(choices(ui)[0]?.[1]?.replace(/^0/, '')).toBe(hour.replace(/^0/, ''));
    // 15:00 is a good time for Olga already, so her next good time is the start of her next stretch.
    expect(choices(ui)[1]?.[1]).toBe(choices(ui)[2]?.[1]);
    expect(choices(ui)[1]?.[1]).toMatch(/^Tue/);
  });

  it.each([
    ['snooze-tomorrow', TUESDAY_9AM, 'upcoming'],
    ['snooze-hour', NOW + HOUR, 'today'],
    ['snooze-good-time', TUESDAY_9AM, 'upcoming'],
  ])('%s moves the overdue follow-up to its new time and group', async (choice, dueAt, group) => {
    const { ui, fake } = await mount();
    await openSnooze(ui, 'Overdue Olga');
    await click(ui.$(`[data-testid="${choice}"]`));
    await ui.waitFor(() => expect(names(ui, group)).toContain('Overdue Olga'));
    expect(fake.sent('followup/reschedule')).toEqual([{ id: 'f1', dueAt }]);
    expect(ui.$('[data-testid="group-overdue"]')).toBeNull();
    const row = ui.$('[data-testid="followup"][data-id="f1"]')!;
    expect(row.querySelector('[data-testid="followup-at"]')?.textContent).toBe(` · ${yourTime(formatDateTime(dueAt, ZONE))}`);
    expect(row.classList.contains('pp-fu--moved')).toBe(true);
    expect(ui.$('[data-testid="snooze-menu"]')).toBeNull();
    expect(ui.$('[data-testid="snooze-status"]')?.textContent).toBe(`Overdue Olga snoozed to ${formatDateTime(dueAt, ZONE)}`);
  });

  it('Pick… refuses a past time on the spot and sends a future one in the user\'s zone', async () => {
    const { ui, fake } = await mount();
    await openSnooze(ui, 'Overdue Olga');
    await click(ui.$('[data-testid="snooze-pick"]'));
    const input = ui.$<HTMLInputElement>('[data-testid="snooze-pick-input"]')!;
    expect(input.value).toBe('2026-11-24T09:00');
    await typeInto(input, '2026-11-23T14:00');
    await click(ui.$('[data-testid="snooze-pick-save"]'));
    expect(ui.$('[data-testid="snooze-menu"] .cp-field__error')?.textContent).toBe('Choose a time in the future.');
    expect(fake.sent('followup/reschedule')).toEqual([]);
    await typeInto(input, '2026-11-26T10:30');
    await click(ui.$('[data-testid="snooze-pick-save"]'));
    await ui.waitFor(() => expect(names(ui, 'upcoming')).toContain('Overdue Olga'));
    expect(fake.sent('followup/reschedule')).toEqual([{ id: 'f1', dueAt: Date.UTC(2026, 10, 26, 15, 30) }]);
  });

  it('keeps the follow-up where it was and says why when the background refuses', async () => {
    const { ui } = await mount({
      'followup/reschedule': () => {
        throw new Error('This follow-up no longer exists.');
      },
    });
    await openSnooze(ui, 'Overdue Olga');
    await click(ui.$('[data-testid="snooze-tomorrow"]'));
    await ui.waitFor(() =>
      expect(ui.$('[data-testid="snooze-error"] .cp-banner__text')?.textContent).toBe('Could not snooze the follow-up: This follow-up no longer exists.'),
    );
    expect(names(ui, 'overdue')).toEqual(['Overdue Olga']);
  });

  it('opens one panel at a time, and Escape closes it', async () => {
    const { ui } = await mount();
    await openSnooze(ui, 'Overdue Olga');
    await openSnooze(ui, 'Tonight Tom');
    expect(ui.$$('[data-testid="snooze-menu"]').map((m) => m.getAttribute('aria-label'))).toEqual(['Snooze Tonight Tom until']);
    await act(async () => {
      ui.$('[data-testid="snooze-menu"] .pp-snooze__choice')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(ui.$('[data-testid="snooze-menu"]')).toBeNull();
  });
});
