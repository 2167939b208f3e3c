import type { Channel } from '../../shared/model.ts';

/** Short names for follow-up channels, with a glyph so the list scans quickly. */
export const CHANNEL_LABELS: Record<Channel, { icon: string; label: string }> = {
  phone: { icon: '☎', label: 'Call' },
  email: { icon: '✉', label: 'Email' },
  sms: { icon: '✆', label: 'SMS' },
  messaging: { icon: '💬', label: 'Message' },
  letter: { icon: '✎', label: 'Letter' },
  'in-person': { icon: '👤', label: 'In person' },
};
