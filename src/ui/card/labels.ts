/** Plain-English names for the model's codes, as the card shows them. */
import type { CallOutcome, PhoneLabel } from '../../shared/model.ts';

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
