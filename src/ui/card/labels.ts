/** Names for the model's codes, as the card shows them, in the user's language. */
import { t, type MessageKey } from '../../shared/i18n/messages.ts';
import type { CallOutcome, PhoneLabel } from '../../shared/model.ts';

const OUTCOME_KEYS: Record<CallOutcome, MessageKey> = {
  connected: 'outcome_connected',
  voicemail: 'outcome_voicemail',
  'no-answer': 'outcome_noAnswer',
  busy: 'outcome_busy',
  'wrong-number': 'outcome_wrongNumber',
  'callback-requested': 'outcome_callbackRequested',
};
export const outcomeLabel = (outcome: CallOutcome): string => t(OUTCOME_KEYS[outcome]);

const PHONE_LABEL_KEYS: Record<PhoneLabel, MessageKey> = {
  direct: 'phoneLabel_direct',
  mobile: 'phoneLabel_mobile',
  switchboard: 'phoneLabel_switchboard',
  fax: 'phoneLabel_fax',
  other: 'phoneLabel_otherKind',
};
export const phoneLabelName = (label: PhoneLabel): string => t(PHONE_LABEL_KEYS[label]);
