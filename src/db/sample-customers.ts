/**
 * Demo customers for "Load sample data" and for the demo CRM page: the numbers match the ones that
 * page shows ((212) 736-8410, 1-888-416-2273, +44 20 7946 0958, …), and +1 415-555-0100 is a
 * switchboard shared by two customers. Ids are stable so loading twice does not duplicate anything;
 * times are relative to the moment of loading so the history always looks recent. Their notes and
 * concerns are data, as a user would have typed them (in English, as the demo page is), not words of
 * the extension: they do not go through t().
 */
import type { Call, CallOutcome, Commitment, Concern, CustomerPhone, FollowUp, Weekday } from '../shared/model.ts';
import type { CustomerDraft } from '../shared/model.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SampleCustomer {
  id: string;
  draft: CustomerDraft;
  concerns: Array<[text: string, resolved: boolean]>;
  commitments: Array<[what: string, who: string, dueInDays: number | null, done: boolean]>;
  calls: Array<[daysAgo: number, minutes: number, outcome: CallOutcome, notes: string]>;
  followUp?: [inHours: number, channel: FollowUp['channel'], note: string];
}

const phone = (e164: string, label: CustomerPhone['label'] = 'direct', ext?: string): CustomerPhone => ({ e164, label, ...(ext ? { ext } : {}) });
const weekdays: Weekday[] = [1, 2, 3, 4, 5];
const prefs = (best: [string, string], worst: [string, string] | null, retryAfterHours = 4, bestDays = weekdays) => ({
  channels: ['phone' as const, 'email' as const],
  bestDays,
  bestWindows: [{ start: best[0], end: best[1] }],
  worstWindows: worst ? [{ start: worst[0], end: worst[1] }] : [],
  retryAfterHours,
});

export const SAMPLE_CUSTOMERS: SampleCustomer[] = [
  {
    id: 'sample-ada-lovelace',
    draft: {
      name: 'Ada Lovelace', company: 'Analytical Engines Inc.', title: 'Head of Operations', emails: ['ada@analytical-engines.example'],
      phones: [phone('+12127368410'), phone('+12125550142', 'mobile')], tags: ['key account'], products: ['Callprep Team', 'Priority support'],
      serviceLevel: 'Gold', timeZone: 'America/New_York', preferences: prefs(['09:30', '16:30'], ['12:00', '13:00']),
      notes: 'Prefers a short agenda by e-mail before any call.',
    },
    concerns: [['Invoice #4471 charged twice', false], ['Onboarding of the Boston office was slow', true]],
    commitments: [['Send the corrected invoice', 'me', 2, false], ['Share usage report for Q3', 'me', -10, true]],
    calls: [[12, 14, 'connected', 'Discussed renewal; wants 40 seats from January.'], [3, 0, 'voicemail', 'Left a message about the double charge.']],
    followUp: [26, 'phone', 'Confirm the refund went through'],
  },
  {
    id: 'sample-grace-hopper',
    draft: {
      name: 'Grace Hopper', company: 'Compiler Works LLC', title: 'CTO', emails: ['grace@compilerworks.example'],
      phones: [phone('+18884162273', 'switchboard', '210')], products: ['Callprep Enterprise'], timeZone: 'America/Chicago',
      preferences: prefs(['08:00', '11:30'], null, 24),
    },
    concerns: [['Needs SSO before rollout', false]],
    commitments: [['Security questionnaire', 'Grace', 7, false]],
    calls: [[30, 22, 'connected', 'Technical deep dive; SSO is the blocker.']],
  },
  {
    id: 'sample-mary-ann-evans',
    draft: {
      name: 'Mary Ann Evans', company: 'Middlemarch Publishing Ltd', title: 'Managing Editor', emails: ['m.evans@middlemarch.example'],
      phones: [phone('+442079460958')], tags: ['trial'], products: ['Callprep Solo'], timeZone: 'Europe/London',
      preferences: prefs(['10:00', '15:00'], ['13:00', '14:00']),
    },
    concerns: [],
    commitments: [['Extend the trial by two weeks', 'me', 1, false]],
    calls: [[5, 9, 'callback-requested', 'Busy with a launch; asked to call back next week.']],
    followUp: [50, 'phone', 'Trial extension and pricing'],
  },
  {
    id: 'sample-juergen-mueller',
    draft: {
      name: 'Jürgen Müller', company: 'Müller & Söhne GmbH', title: 'Geschäftsführer', emails: ['j.mueller@mueller-soehne.example'],
      phones: [phone('+4930901820')], products: ['Callprep Team'], serviceLevel: 'Silver', timeZone: 'Europe/Berlin',
      preferences: prefs(['08:30', '12:00'], null, 6, [1, 2, 3, 4]),
      notes: 'Formal: address as Herr Müller. Never on Fridays.',
    },
    concerns: [['Wants invoices in German', false]],
    commitments: [],
    calls: [[20, 6, 'connected', 'Happy overall; asked for German invoices.'], [2, 0, 'no-answer', 'No answer.']],
  },
  {
    id: 'sample-camille-laurent',
    draft: {
      name: 'Camille Laurent', company: 'Atelier Laurent SARL', emails: ['camille@atelier-laurent.example'],
      phones: [phone('+33142685300')], timeZone: 'Europe/Paris', preferences: prefs(['14:00', '18:00'], null),
    },
    concerns: [],
    commitments: [['Send a French-language demo video', 'me', 3, false]],
    calls: [[8, 11, 'connected', 'Interested in the team plan for 6 designers.']],
  },
  {
    id: 'sample-olivia-chen',
    draft: {
      name: 'Olivia Chen', company: 'Harbour Logistics Pty Ltd', title: 'Customer Service Lead', emails: ['olivia.chen@harbour-logistics.example'],
      phones: [phone('+61293744000')], products: ['Callprep Team'], timeZone: 'Australia/Sydney',
      preferences: prefs(['08:00', '10:00'], null),
    },
    concerns: [['Call quality from the Perth depot', false]],
    commitments: [],
    calls: [[15, 17, 'connected', 'Walked through the export to their ticketing tool.']],
  },
  {
    id: 'sample-kenji-watanabe',
    draft: {
      name: 'Kenji Watanabe', company: 'Shibuya Robotics K.K.', emails: ['k.watanabe@shibuya-robotics.example'],
      phones: [phone('+81332249999')], timeZone: 'Asia/Tokyo', preferences: prefs(['10:00', '17:00'], ['12:00', '13:00']),
    },
    concerns: [],
    commitments: [],
    calls: [],
  },
  {
    id: 'sample-priya-raman',
    draft: {
      name: 'Priya Raman', company: 'Golden Gate Software', title: 'VP Sales', emails: ['priya@goldengate.example'],
      phones: [phone('+14155550100', 'switchboard', '301'), phone('+14155550199', 'mobile')], products: ['Callprep Enterprise'],
      timeZone: 'America/Los_Angeles', preferences: prefs(['09:00', '17:00'], ['12:00', '13:00']),
    },
    concerns: [],
    commitments: [['Pricing for 120 seats', 'me', 4, false]],
    calls: [[6, 25, 'connected', 'Shared rollout plan; procurement next.']],
  },
  {
    id: 'sample-diego-alvarez',
    draft: {
      name: 'Diego Alvarez', company: 'Golden Gate Software', title: 'IT Manager', emails: ['diego@goldengate.example'],
      phones: [phone('+14155550100', 'switchboard', '455')], timeZone: 'America/Los_Angeles', preferences: prefs(['10:00', '16:00'], null),
    },
    concerns: [['Extension must pass Chrome Web Store review', true]],
    commitments: [],
    calls: [],
  },
];

export interface SampleRecords {
  concerns: Concern[];
  commitments: Commitment[];
  calls: Call[];
  followUps: FollowUp[];
}

/** The history of one sample customer, dated relative to `now`. */
export function sampleHistory(s: SampleCustomer, now: number): SampleRecords {
  const e164 = s.draft.phones?.[0]?.e164 ?? '';
  const concerns = s.concerns.map(([text, resolved], i): Concern => ({
    id: `${s.id}-concern-${i}`, customerId: s.id, text, status: resolved ? 'resolved' : 'open', createdAt: now - (20 + i) * DAY,
    ...(resolved ? { resolvedAt: now - 5 * DAY } : {}),
  }));
  const commitments = s.commitments.map(([what, who, dueInDays, done], i): Commitment => ({
    id: `${s.id}-commitment-${i}`, customerId: s.id, what, who, createdAt: now - 7 * DAY,
    ...(dueInDays === null ? {} : { dueAt: now + dueInDays * DAY }), ...(done ? { doneAt: now - 9 * DAY } : {}),
  }));
  const calls = s.calls.map(([daysAgo, minutes, outcome, notes], i): Call => ({
    id: `${s.id}-call-${i}`, customerId: s.id, e164, startedAt: now - daysAgo * DAY, endedAt: now - daysAgo * DAY + minutes * 60_000,
    status: 'closed', outcome, notes, noFollowUp: true,
  }));
  const followUps: FollowUp[] = [];
  const last = calls.at(-1);
  if (s.followUp && last) {
    const [inHours, channel, note] = s.followUp;
    followUps.push({ id: `${s.id}-followup`, customerId: s.id, callId: last.id, e164, dueAt: now + inHours * HOUR, channel, note, status: 'pending', createdAt: last.endedAt ?? now });
    delete last.noFollowUp;
    last.followUpId = `${s.id}-followup`;
  }
  return { concerns, commitments, calls, followUps };
}
