// @vitest-environment happy-dom
/**
 * Respecting the customer on the card (issue 13): do-not-contact shown first and overridden only with
 * a reason, the calling-hours guard with its next good slot, personal notes at the top.
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardApp } from '../../../src/ui/card/card-app.tsx';
import type { Customer } from '../../../src/shared/model.ts';
import { clickButton, typeInto, type Rendered } from '../popup/support/render.tsx';
import { renderCard } from './support/render-card.tsx';
import { customerRecord, realBackend } from './support/real-backend.ts';
import { ada, params } from './support/samples.ts';

vi.mock('webextension-polyfill', () => import('./support/fake-extension.ts'));

// Monday 23 November 2026; New York is UTC-5, Berlin UTC+1.
const nyTime = (hour: number, minute = 0, dayOffset = 0) => Date.UTC(2026, 10, 23 + dayOffset, hour + 5, minute);

let ui: Rendered | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
  vi.useRealTimers();
});

async function openFile(now: number, customer: Customer = ada, e164 = '+12127368410') {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  const backend = await realBackend({ customers: [customer] });
  ui = await renderCard(<CardApp params={params({ e164, raw: e164 })} onClose={() => {}} />, backend.client);
  await ui.waitFor(() => expect(ui?.$('[data-testid="view-file"]')).not.toBeNull());
  return { ui, backend };
}

const text = (r: Rendered, testId: string) => r.$(`[data-testid="${testId}"]`)?.textContent?.trim().replace(/\s/gu, ' ');
/** Clicks a link as a user does; its hand-off is the browser's and goes nowhere in happy-dom. */
const click = (el: Element | null | undefined) => act(() => (el as HTMLElement).click());

const doNotCall = customerRecord({ ...ada, doNotContact: { phone: { reason: 'Asked not to be called', since: Date.UTC(2026, 10, 3, 12) } } });

describe('do not call', () => {
  it('says so before anything else on the card, and Call asks for a reason before it dials', async () => {
    const { ui, backend } = await openFile(nyTime(10), doNotCall);
    const order = [...ui.root.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid'));
    expect(order.indexOf('do-not-contact')).toBeLessThan(order.indexOf('contact-time'));
    expect(order.indexOf('do-not-contact')).toBeLessThan(order.indexOf('call-button'));
    expect(text(ui, 'do-not-contact')).toBe('Do not call · since Tue, Nov 3: Asked not to be called');
    expect(ui.$('a[data-testid="call-button"]')).toBeNull();
    await click(ui.$('[data-testid="call-button"]'));
    expect(text(ui, 'call-ask-dnc')).toBe('Do not call · since Tue, Nov 3: Asked not to be called');
    // No reason, no dialling: "Call anyway" is a disabled button, not a link.
    await ui.waitFor(() => expect(ui.$('button[data-testid="call-anyway"]')?.hasAttribute('disabled')).toBe(true));
    await typeInto(ui.$<HTMLTextAreaElement>('[data-testid="override-reason"]')!, '  She called in and asked for a call back ');
    await ui.waitFor(() => expect(ui.$('a[data-testid="call-anyway"]')?.getAttribute('href')).toBe('tel:+12127368410'));
    await click(ui.$('a[data-testid="call-anyway"]'));
    await ui.waitFor(() => expect(ui.$('[data-testid="view-call"]')).not.toBeNull());
    expect(backend.sent('call/start')).toEqual([{ e164: '+12127368410', customerId: 'ada', overrideReason: 'She called in and asked for a call back' }]);
    expect((await backend.db.calls.toArray())[0]?.overrideReason).toBe('She called in and asked for a call back');
  });

  it('is set and removed on the card, for the customer or this number only', async () => {
    const { ui, backend } = await openFile(nyTime(10));
    await click(ui.$('[data-testid="dnc-mark-sms"]'));
    await typeInto(ui.$<HTMLInputElement>('[data-testid="dnc-reason"]')!, 'Landline only');
    await click(ui.$('[data-testid="dnc-only-number"]'));
    await click(ui.$('[data-testid="dnc-save"]'));
    await ui.waitFor(() => expect(text(ui, 'do-not-contact')).toBe('Do not text (this number) · since Today: Landline only'));
    expect((await backend.db.customers.get('ada'))?.phones[0]?.doNotContact).toEqual({ sms: { reason: 'Landline only', since: nyTime(10) } });
    await click(ui.$('[data-testid="dnc-remove-sms"]'));
    await ui.waitFor(() => expect(ui.$('[data-testid="do-not-contact"]')).toBeNull());
  });
});

describe('calling-hours guard', () => {
  it('at night on their clock asks first and plans the call for their next good time instead', async () => {
    const { ui, backend } = await openFile(nyTime(3, 0, 1));
    await click(ui.$('[data-testid="call-button"]'));
    expect(text(ui, 'call-ask-time')).toMatch(/^It is Tue 3:00 AM their time \(New York\): it is night where they are\. ?Next good time: Tue 9:00 AM their time \(New York\) · Tue \d{1,2}:00 [AP]M your time$/);
    await clickButton(ui, 'Plan the call for then instead');
    await ui.waitFor(() => expect(text(ui, 'confirmation')).toMatch(/^Follow-up planned: Tue 9:00 AM their time \(New York\)/));
    expect(backend.sent('followup/plan')).toEqual([{ customerId: 'ada', e164: '+12127368410', dueAt: nyTime(9, 0, 1), channel: 'phone', note: 'Call at their next good time' }]);
    expect(backend.sent('call/start')).toEqual([]);
  });

  it('inside their best hours, Call is the plain link to the softphone', async () => {
    const { ui } = await openFile(nyTime(10, 0, 1));
    await ui.waitFor(() => expect(ui.$('a[data-testid="call-button"]')?.getAttribute('href')).toBe('tel:+12127368410'));
  });

  it('their night even when their hours say any time', async () => {
    const allDay = customerRecord({ ...ada, preferences: { ...ada.preferences, bestDays: [], bestWindows: [], worstWindows: [] } });
    const { ui } = await openFile(nyTime(23), allDay);
    await click(ui.$('[data-testid="call-button"]'));
    expect(text(ui, 'call-ask-time')).toMatch(/^It is Mon 11:00 PM their time \(New York\): it is night where they are\. ?Next good time: Tue 8:00 AM their time/);
  });

  it('without a zone on the file, takes it from the number’s country and says so', async () => {
    const berlin = customerRecord({ ...ada, id: 'jurgen', name: 'Jürgen Müller', timeZone: undefined, phones: [{ e164: '+4930901820', label: 'direct' }] });
    const { ui } = await openFile(Date.UTC(2026, 10, 23, 22, 30), berlin, '+4930901820');
    expect(text(ui, 'contact-local-time')).toBe('Mon 11:30 PM their time (Berlin)');
    await click(ui.$('[data-testid="call-button"]'));
    expect(text(ui, 'call-ask-time')).toContain('It is Mon 11:30 PM their time (Berlin): it is night where they are. (Their time zone is taken from the number: Germany.)');
  });
});

describe('personal notes', () => {
  it('are at the top of the card, apart from the business notes, and edited there', async () => {
    const { ui, backend } = await openFile(nyTime(10), customerRecord({ ...ada, personalNotes: 'Daughter started university', notes: 'Pays late' }));
    const order = [...ui.root.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid'));
    expect(order.indexOf('personal-notes')).toBeLessThan(order.indexOf('contact-time'));
    expect(text(ui, 'customer-personal-notes')).toBe('Daughter started university');
    await click(ui.$('[data-testid="customer-personal-notes"] .cp-inline__view'));
    await typeInto(ui.$<HTMLTextAreaElement>('[data-testid="customer-personal-notes-input"]')!, 'Daughter started university\nBack from holiday 3 Dec');
    await act(() => {
      ui.$('[data-testid="customer-personal-notes-input"]')!.dispatchEvent(new FocusEvent('blur'));
    });
    await ui.waitFor(() => expect(ui.$('[data-testid="customer-personal-notes"] .cp-inline__saved')).not.toBeNull());
    expect(await backend.db.customers.get('ada')).toMatchObject({ personalNotes: 'Daughter started university\nBack from holiday 3 Dec', notes: 'Pays late' });
  });
});
