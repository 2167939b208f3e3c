/**
 * Saving edits to a customer, and reading the list-shaped fields the card edits as text
 * ("a@x.com, b@y.com", "09:00-12:00, 14:00-17:00").
 */
import type { CustomerPatch } from '../../shared/model.ts';
import { CHANNELS, type Channel, type TimeWindow } from '../../shared/model.ts';
import { windowText } from '../../shared/time/index.ts';

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
  if (bad) throw new Error(`"${bad}" is not an e-mail address`);
  return emails;
}

const HHMM = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/;
const pad = (t: string): string => {
  const m = HHMM.exec(t.trim());
  if (!m) throw new Error(`"${t.trim()}" is not a time like 09:30`);
  return `${(m[1] ?? '').padStart(2, '0')}:${m[2]}`;
};

/** "9:00-12:00, 14:00–17:30" → windows; "" → none. */
export function parseWindows(text: string): TimeWindow[] {
  return splitList(text).map((part) => {
    const [start, end, extra] = part.split(/\s*[-–—]\s*|\s+to\s+/);
    if (!start || !end || extra !== undefined) throw new Error(`"${part}" is not a window like 09:00–12:00`);
    return { start: pad(start), end: pad(end) };
  });
}

export const formatWindows = (windows: readonly TimeWindow[]): string => windows.map(windowText).join(', ');

/** "email, phone" → ranked channels; names are matched loosely ("e-mail", "text" for sms). */
export function parseChannels(text: string): Channel[] {
  const aliases: Record<string, Channel> = { 'e-mail': 'email', mail: 'email', text: 'sms', texts: 'sms', call: 'phone', chat: 'messaging', 'in person': 'in-person', meeting: 'in-person' };
  const out: Channel[] = [];
  for (const word of splitList(text.toLowerCase())) {
    const channel = (CHANNELS as readonly string[]).includes(word) ? (word as Channel) : aliases[word];
    if (!channel) throw new Error(`"${word}" is not a channel (use ${CHANNELS.join(', ')})`);
    if (!out.includes(channel)) out.push(channel);
  }
  return out;
}

export function parseHours(text: string): number {
  const hours = Number(text.trim());
  if (!Number.isFinite(hours) || hours < 0 || hours > 24 * 30) throw new Error('Enter a number of hours between 0 and 720');
  return hours;
}
