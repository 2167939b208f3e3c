/**
 * The one vocabulary for contact channels, as every screen and the reminder notification name them.
 * It lives in shared/ (not ui/) so the background's notification says "Phone" too, not the code "phone".
 */
import { t, type MessageKey } from './i18n/messages.ts';
import type { Channel } from './model.ts';

const CHANNEL_LABEL_KEYS: Record<Channel, MessageKey> = {
  phone: 'channel_phone',
  email: 'channel_email',
  sms: 'channel_sms',
  messaging: 'channel_messaging',
  letter: 'channel_letter',
  'in-person': 'channel_inPerson',
};

/** "Phone", "E-mail"… in the user's language. */
export const channelLabel = (channel: Channel): string => t(CHANNEL_LABEL_KEYS[channel]);

/** A glyph per channel for lists that are scanned quickly (the popup's follow-ups). */
export const CHANNEL_ICONS: Record<Channel, string> = {
  phone: '☎',
  email: '✉',
  sms: '✆',
  messaging: '💬',
  letter: '✎',
  'in-person': '👤',
};
