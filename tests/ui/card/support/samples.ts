/** One realistic customer file for card tests. */
import type { CardParams } from '../../../../src/shared/card-frame.ts';
import type { Call, Commitment, Concern } from '../../../../src/shared/model.ts';
import { customerRecord } from './real-backend.ts';

export const DAY = 86_400_000;

export const ada = customerRecord({
  id: 'ada',
  name: 'Ada Lovelace',
  title: 'Head of Procurement',
  company: 'Analytical Engines Ltd',
  emails: ['ada@engines.example'],
  phones: [{ e164: '+12127368410', label: 'mobile' }],
  products: ['Pro plan', 'Support add-on'],
  serviceLevel: 'Gold',
  tags: ['renewal'],
  timeZone: 'America/New_York',
  preferences: {
    channels: ['phone', 'email'],
    bestDays: [1, 2, 3, 4, 5],
    bestWindows: [{ start: '09:00', end: '17:00' }],
    worstWindows: [{ start: '12:00', end: '13:00' }],
    retryAfterHours: 4,
  },
});

export const lastCall = (now: number): Call => ({
  id: 'call-old',
  customerId: 'ada',
  e164: '+12127368410',
  startedAt: now - 3 * DAY,
  endedAt: now - 3 * DAY + 600_000,
  status: 'closed',
  outcome: 'connected',
  notes: 'Wants the renewal quote before Friday.',
  noFollowUp: true,
});

export const openConcern = (now: number): Concern => ({ id: 'k-1', customerId: 'ada', text: 'Invoice 1042 charged twice', status: 'open', createdAt: now - DAY });

export const overdueCommitment = (now: number): Commitment => ({ id: 'p-1', customerId: 'ada', what: 'Send the renewal quote', who: 'me', dueAt: now - DAY, createdAt: now - 2 * DAY });

export const params = (over: Partial<CardParams> = {}): CardParams => ({ e164: '+12127368410', raw: '(212) 736-8410', ...over });
