/**
 * "Let them know you'll call" (issue 13): for a customer who likes a heads-up, a short e-mail
 * (mailto:) or text (sms:, RFC 5724) in their preferred channel, proposing a time on their own clock:
 * their next good slot (never in their night) at least a quarter of an hour from now.
 */
import type { CustomerZone } from './customer-zone.ts';
import { optOutFor } from './do-not-contact.ts';
import { t } from './i18n/messages.ts';
import type { Customer } from './model.ts';
import { MINUTE, NIGHT, formatWeekdayClock, nextGoodTime, uiLocale, zoneCity } from './time/index.ts';

export interface HeadsUp {
  channel: 'email' | 'sms';
  href: string;
  /** The time proposed. */
  at: number;
  /** Their zone ("America/New_York"), or the user's when theirs is not known. */
  zone: string;
  known: boolean;
}

const LEAD = 15 * MINUTE;

/** The draft for this customer, or null when they want none or no channel of theirs can carry it. */
export function headsUpDraft(customer: Customer, e164: string, theirZone: CustomerZone, now: number, locale = uiLocale()): HeadsUp | null {
  if (!customer.preferences.headsUp) return null;
  const email = customer.emails[0];
  const channel = customer.preferences.channels.find(
    (c): c is 'email' | 'sms' => (c === 'email' && email !== undefined && !optOutFor(customer, 'email')) || (c === 'sms' && !optOutFor(customer, 'sms', e164)),
  );
  if (!channel) return null;
  const { zone, known } = theirZone;
  const prefs = { ...customer.preferences, worstWindows: [...customer.preferences.worstWindows, NIGHT] };
  const at = nextGoodTime(prefs, zone, now + LEAD) ?? now + LEAD;
  const when = t('headsUp_when', formatWeekdayClock(at, zone, locale), zoneCity(zone));
  const body = t('headsUp_body', customer.name, when);
  const query = (params: Record<string, string>) => Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const href =
    channel === 'email'
      ? `mailto:${encodeURIComponent(email ?? '').replace('%40', '@')}?${query({ subject: t('headsUp_subject', when), body })}`
      : `sms:${e164}?${query({ body })}`;
  return { channel, href, at, zone, known };
}
