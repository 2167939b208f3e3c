/**
 * Saving edits to a customer, and reading the list-shaped fields the card edits as text
 * ("a@x.com, b@y.com", "E-mail, Phone"); hours are read by the time module (parseWindowsText).
 */
import type { CustomerPatch } from '../../shared/model.ts';
import { CHANNELS, type Channel } from '../../shared/model.ts';
import { channelLabel } from '../../shared/channel-labels.ts';
import { t } from '../../shared/i18n/messages.ts';

/** Saves a patch to the customer on screen; rejects with the reason when the background refuses. */
export type SaveCustomer = (patch: CustomerPatch) => Promise<unknown>;

export const splitList = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function parseEmails(text: string): string[] {
  const emails = splitList(text);
  const bad = emails.find((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e));
  if (bad) throw new Error(t('errNotEmail', bad));
  return emails;
}

/** "email, phone" → ranked channels; names are matched loosely ("e-mail", "text" for sms), and by their name in the user's language. */
export function parseChannels(text: string): Channel[] {
  const named = Object.fromEntries(CHANNELS.map((c) => [channelLabel(c).toLowerCase(), c]));
  const aliases: Record<string, Channel> = { ...named, 'e-mail': 'email', mail: 'email', text: 'sms', texts: 'sms', call: 'phone', chat: 'messaging', 'in person': 'in-person', meeting: 'in-person' };
  const out: Channel[] = [];
  for (const word of splitList(text.toLowerCase())) {
    const channel = (CHANNELS as readonly string[]).includes(word) ? (word as Channel) : aliases[word];
    if (!channel) throw new Error(t('errNotChannel', word, CHANNELS.map((c) => channelLabel(c).toLowerCase()).join(', ')));
    if (!out.includes(channel)) out.push(channel);
  }
  return out;
}

export function parseHours(text: string): number {
  const hours = Number(text.trim());
  if (!Number.isFinite(hours) || hours < 0 || hours > 24 * 30) throw new Error(t('errHoursRange'));
  return hours;
}
