/**
 * The e-mail that follows a call (issue 13): a template the user edits on the options page, filled
 * with what the call produced. The one home of the placeholders: the options page lists them, the
 * settings schema refuses a template naming any other, and the card fills them in.
 *
 * The customer reads it, so their clock is written as "your" time by naming their city ("Tue 1 Dec,
 * 09:00 (New York time)"), never as "their time".
 */
import { t } from './i18n/messages.ts';
import type { Call, Commitment, Customer, FollowUp } from './model.ts';
import { formatDateTime, formatLongDate } from './time/format.ts';
import { resolveZone, userTimeZone, zoneCity } from './time/zone.ts';
import { channelLabel } from './channel-labels.ts';

export const SUMMARY_PLACEHOLDERS = ['name', 'company', 'date', 'notes', 'commitments', 'nextContact'] as const;
export type SummaryPlaceholder = (typeof SUMMARY_PLACEHOLDERS)[number];
export type SummaryValues = Record<SummaryPlaceholder, string>;

/** The longest template the options page keeps (a mailto: body beyond a few thousand characters is cut by mail apps). */
export const SUMMARY_TEMPLATE_MAX = 4000;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The first placeholder that is not one of ours ("{nme}"), or null. */
export function unknownSummaryPlaceholder(template: string): string | null {
  for (const [, name] of template.matchAll(PLACEHOLDER)) {
    if (!(SUMMARY_PLACEHOLDERS as readonly string[]).includes(name ?? '')) return `{${name}}`;
  }
  return null;
}

/** The template with each known placeholder replaced; anything else is left as written. */
export const fillSummary = (template: string, values: SummaryValues): string =>
  template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name as SummaryPlaceholder] : whole));

/** The template to use: the user's own, else the default in the user's language. */
export const summaryTemplateOrDefault = (template: string): string => (template.trim() ? template : t('summaryTemplateDefault'));

export interface CallOutcomeFacts {
  customer: Customer;
  call: Call;
  /** Every commitment of the customer's: those made on this call are listed. */
  commitments: readonly Commitment[];
  /** The follow-up agreed at the wrap-up, if any. */
  followUp?: FollowUp;
}

function commitmentLine(c: Commitment, zone: string, locale?: string): string {
  const by = c.dueAt === undefined ? '' : t('summaryBy', formatLongDate(c.dueAt, zone, locale));
  return c.who === 'me' ? t('summaryWeWill', c.what, by) : t('summaryTheyWill', c.who, c.what, by);
}

/** The values the placeholders take for this call, in the customer's time zone where they have one. */
export function summaryValues({ customer, call, commitments, followUp }: CallOutcomeFacts, locale?: string): SummaryValues {
  const zone = resolveZone(customer.timeZone);
  const onTheirSide = zone.known ? zone.zone : userTimeZone();
  const made = commitments.filter((c) => c.callId === call.id && c.doneAt === undefined);
  const next = followUp
    ? t('summaryNextContactAt', formatDateTime(followUp.dueAt, onTheirSide, locale), zoneCity(onTheirSide), channelLabel(followUp.channel))
    : t('summaryNoNextContact');
  return {
    name: customer.name,
    company: customer.company ?? '',
    date: formatLongDate(call.startedAt, onTheirSide, locale),
    notes: call.notes.trim(),
    commitments: made.length > 0 ? made.map((c) => `- ${commitmentLine(c, onTheirSide, locale)}`).join('\n') : t('summaryNoCommitments'),
    nextContact: next,
  };
}

/** A mailto: link with the address, subject and body filled in (RFC 6068: every part percent-encoded, line breaks as CRLF). */
export function summaryMailto(to: string, subject: string, body: string): string {
  const address = encodeURIComponent(to).replace('%40', '@');
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  return `mailto:${address}?${query}`;
}
