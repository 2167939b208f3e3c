/**
 * The one vocabulary for contact channels, as every screen and the reminder notification name them.
 * It lives in shared/ (not ui/) so the background's notification says "Phone" too, not the code "phone".
 */
import type { Channel } from './model.ts';

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Phone',
  email: 'E-mail',
  sms: 'Text message',
  messaging: 'Messaging app',
  letter: 'Letter',
  'in-person': 'In person',
};

/** A glyph per channel for lists that are scanned quickly (the popup's follow-ups). */
export const CHANNEL_ICONS: Record<Channel, string> = {
  phone: '☎',
  email: '✉',
  sms: '✆',
  messaging: '💬',
  letter: '✎',
  'in-person': '👤',
};
