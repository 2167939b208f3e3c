import { describe, expect, test } from 'vitest';
import { fillSummary, summaryMailto, summaryTemplateOrDefault, summaryValues, unknownSummaryPlaceholder } from '../../src/shared/call-summary.ts';
import { DEFAULT_PREFERENCES, type Call, type Commitment, type Customer, type FollowUp } from '../../src/shared/model.ts';
import { fromWallTime } from '../../src/shared/time/index.ts';

const NY = 'America/New_York';
const at = (local: string, zone = NY) => fromWallTime(local.slice(0, 10), local.slice(11), zone);
const ada: Customer = {
  id: 'ada', name: 'Ada Lovelace', company: 'Analytical Engines Inc.', emails: ['ada@engines.example'], phones: [], phoneKeys: [], tags: [], products: [],
  preferences: DEFAULT_PREFERENCES, timeZone: NY, createdAt: 0, updatedAt: 0, revision: 0,
} as Customer;
const call: Call = { id: 'c1', customerId: 'ada', e164: '+12127368410', startedAt: at('2026-11-26T10:00'), status: 'closed', outcome: 'connected', notes: '  Refund confirmed.\nWants 45 seats.  ', revision: 3 } as Call;
const commitment = (what: string, who: string, dueAt?: number, callId = 'c1', doneAt?: number): Commitment => ({ id: what, customerId: 'ada', what, who, dueAt, callId, doneAt, createdAt: 0 });
const followUp: FollowUp = { id: 'f1', customerId: 'ada', callId: 'c1', e164: '+12127368410', dueAt: at('2026-12-01T09:00'), channel: 'phone', note: '', status: 'pending', createdAt: 0 } as FollowUp;

describe('the summary e-mail after a call', () => {
  test('fills what the call produced, on the customer’s clock, commitments of this call only', () => {
    const values = summaryValues(
      {
        customer: ada,
        call,
        followUp,
        commitments: [
          commitment('Send the 45-seat quote', 'me', at('2026-11-28T17:00')),
          commitment('Sign the order form', 'Ada'),
          commitment('An older one', 'me', undefined, 'c0'),
          commitment('Already done', 'me', undefined, 'c1', 5),
        ],
      },
      'en-GB',
    );
    expect(values).toEqual({
      name: 'Ada Lovelace',
      company: 'Analytical Engines Inc.',
      date: '26 November 2026',
      notes: 'Refund confirmed.\nWants 45 seats.',
      commitments: '- We will: Send the 45-seat quote (by 28 November 2026)\n- Ada will: Sign the order form',
      nextContact: 'Tue 1 Dec, 09:00 (New York time) · Phone',
    });
  });

  test('says so when nothing was agreed and no follow-up was set', () => {
    const values = summaryValues({ customer: ada, call, commitments: [] }, 'en-GB');
    expect(values.commitments).toBe('Nothing was agreed on either side.');
    expect(values.nextContact).toBe('None planned yet.');
  });

  test('fills a template: every placeholder, anything else left as written', () => {
    const values = { name: 'Ada', company: 'AE', date: '26 November 2026', notes: 'N', commitments: 'C', nextContact: 'X' };
    expect(fillSummary('Hi {name} of {company} ({date}): {notes} / {commitments} / {nextContact} {other} {toString}', values)).toBe(
      'Hi Ada of AE (26 November 2026): N / C / X {other} {toString}',
    );
    expect(summaryTemplateOrDefault('  ')).toContain('{commitments}');
    expect(summaryTemplateOrDefault('Mine {name}')).toBe('Mine {name}');
  });

  test.each([
    ['Hi {name}', null],
    ['Hi {nme}', '{nme}'],
    ['{date} {toString}', '{toString}'],
    ['Braces { name } are text', null],
  ])('%j names an unknown placeholder: %s', (template, unknown) => {
    expect(unknownSummaryPlaceholder(template)).toBe(unknown);
  });

  test('a mailto: link with every part encoded and CRLF line breaks', () => {
    const url = summaryMailto('ada+sales@engines.example', 'Our call & next steps', 'Line 1\nLine 2 — 100%');
    expect(url).toBe('mailto:ada%2Bsales@engines.example?subject=Our%20call%20%26%20next%20steps&body=Line%201%0D%0ALine%202%20%E2%80%94%20100%25');
  });
});
