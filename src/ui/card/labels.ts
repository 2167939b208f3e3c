/** Plain-English names for the model's codes, as the card shows them. */
import type { CallOutcome, PhoneLabel, Weekday } from '../../shared/model.ts';

export const OUTCOME_LABELS: Record<CallOutcome, string> = {
  connected: 'Talked to them',
  voicemail: 'Left a voicemail',
  'no-answer': 'No answer',
  busy: 'Line busy',
  'wrong-number': 'Wrong number',
  'callback-requested': 'They asked for a callback',
};

export const PHONE_LABEL_NAMES: Record<PhoneLabel, string> = {
  direct: 'Direct',
  mobile: 'Mobile',
  switchboard: 'Switchboard',
  fax: 'Fax',
  other: 'Other',
};

export const WEEKDAY_SHORT: Record<Weekday, string> = { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun' };

/** "America/New_York" → "New York"; "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export const zoneCity = (zone: string): string => (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
