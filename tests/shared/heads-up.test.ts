import { describe, expect, it } from 'vitest';
import { headsUpDraft } from '../../src/shared/heads-up.ts';
import type { CustomerZone } from '../../src/shared/customer-zone.ts';
import { DEFAULT_PREFERENCES, type Customer } from '../../src/shared/model.ts';

// Monday 23 November 2026, 20:00 in New York (UTC-5): her night starts at 21:00.
const NOW = Date.UTC(2026, 10, 24, 1, 0);
const ada = (over: Partial<Customer> = {}, prefs: Partial<Customer['preferences']> = {}): Customer => ({
  id: 'ada', name: 'Ada Lovelace', emails: ['ada@engines.example'], phones: [{ e164: '+12127368410', label: 'mobile' }], phoneKeys: ['+12127368410'],
  tags: [], products: [], timeZone: 'America/New_York', createdAt: 0, updatedAt: 0,
  preferences: { ...DEFAULT_PREFERENCES, channels: ['email', 'phone'], headsUp: true, ...prefs }, ...over,
});
/** Her zone as the card resolves it (shared/customer-zone.ts): her file names it. */
const NEW_YORK: CustomerZone = { zone: 'America/New_York', known: true };
const params = (href: string) => Object.fromEntries(new URL(href).searchParams);

describe('heads-up before a call', () => {
  it('an e-mail to their address proposing their next good time, on their clock', () => {
    const draft = headsUpDraft(ada(), '+12127368410', NEW_YORK, NOW, 'en-US');
    expect(draft).toMatchObject({ channel: 'email', zone: 'America/New_York', known: true, at: Date.UTC(2026, 10, 24, 14, 0) });
    expect(draft?.href.startsWith('mailto:ada@engines.example?')).toBe(true);
    expect(params(draft!.href)).toEqual({
      subject: 'A quick call on Tue 9:00 AM (New York time)?',
      body: 'Hello Ada Lovelace, I would like to give you a quick call on Tue 9:00 AM (New York time). If another time suits you better, just reply with it.',
    });
  });

  it('a text when they prefer texts, never in their night, at least a quarter of an hour ahead', () => {
    const allDay = ada({}, { channels: ['sms', 'phone'], bestDays: [], bestWindows: [], worstWindows: [] });
    const draft = headsUpDraft(allDay, '+12127368410', NEW_YORK, Date.UTC(2026, 10, 23, 15, 0), 'en-US');
    expect(draft?.href).toMatch(/^sms:\+12127368410\?body=/);
    expect(draft?.at).toBe(Date.UTC(2026, 10, 23, 15, 15));
    // 20:00 there: 20:15 is still before her night; at 22:00 it waits for 08:00.
    expect(headsUpDraft(allDay, '+12127368410', NEW_YORK, NOW, 'en-US')?.at).toBe(Date.UTC(2026, 10, 24, 1, 15));
    expect(headsUpDraft(allDay, '+12127368410', NEW_YORK, Date.UTC(2026, 10, 24, 3, 0), 'en-US')?.at).toBe(Date.UTC(2026, 10, 24, 13, 0));
  });

  it.each([
    ['who did not ask for one', ada({}, { headsUp: false })],
    ['who opted out of e-mail and prefers nothing else', ada({ doNotContact: { email: { reason: 'unsubscribed', since: 0 } } })],
    ['without an e-mail address', ada({ emails: [] })],
  ])('none for a customer %s', (_name, customer) => {
    expect(headsUpDraft(customer, '+12127368410', NEW_YORK, NOW, 'en-US')).toBeNull();
  });
});
