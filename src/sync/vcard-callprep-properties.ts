/**
 * The customer fields no vCard standard has a property for, as X-CALLPREP- properties: contact
 * preferences (with the heads-up wish), products, service level, personal notes and do-not-contact
 * marks (the customer's own and those on one number). Other contacts apps keep X- properties they
 * do not know (RFC 6350 §6.10), so a colleague's phone carries them along untouched.
 *
 * Every value is written as escaped TEXT (ical.js's codec: `\\`, `\,`, `\;`, `\n`) and unescaped
 * when read. Servers rewrite X- values they store: Radicale 3.1.8 (vobject) escapes each `;` and
 * keeps only the part before the first unescaped `,` (measured), so nothing may hang on a bare
 * separator. A list is its items joined by `,`, then escaped; a mark is "since;reason" (a number's
 * mark "number;since;reason"), then escaped, split again at its first `;`s once unescaped:
 *   X-CALLPREP-CHANNELS:phone\,email
 *   X-CALLPREP-DO-NOT-CALL:2026-11-03T09:12:00.000Z\;Asked on the phone\, twice
 *   X-CALLPREP-NUMBER-DO-NOT-TEXT:+4915112345678\;2026-11-03T09:12:00.000Z\;Work mobile
 *   X-CALLPREP-PERSONAL-NOTES:Back from holiday 3 Dec\nDaughter's wedding in May
 *   X-CALLPREP-HEADS-UP:TRUE
 */
import ICAL from 'ical.js';
import { OPT_OUT_CHANNELS, type OptOutChannel } from '../shared/do-not-contact.ts';
import { CHANNELS, type Channel, type ContactPreferences, type CustomerPhone, type DoNotContact, type OptOut, type TimeWindow, type Weekday } from '../shared/model.ts';
import { rawValue, type ContentLine } from './content-lines.ts';
import { escapeText, unescapeText } from './ical-text.ts';

export const X = {
  channels: 'X-CALLPREP-CHANNELS',
  bestDays: 'X-CALLPREP-BEST-DAYS',
  bestHours: 'X-CALLPREP-BEST-HOURS',
  worstHours: 'X-CALLPREP-WORST-HOURS',
  retryHours: 'X-CALLPREP-RETRY-HOURS',
  headsUp: 'X-CALLPREP-HEADS-UP',
  products: 'X-CALLPREP-PRODUCTS',
  serviceLevel: 'X-CALLPREP-SERVICE-LEVEL',
  personalNotes: 'X-CALLPREP-PERSONAL-NOTES',
} as const;

/** The customer's own marks, one property per channel. */
export const OPT_OUT_PROPERTY: Record<OptOutChannel, string> = {
  phone: 'X-CALLPREP-DO-NOT-CALL',
  email: 'X-CALLPREP-DO-NOT-EMAIL',
  sms: 'X-CALLPREP-DO-NOT-TEXT',
};
type NumberChannel = Exclude<OptOutChannel, 'email'>;
/** Marks on one number (e-mail has none), the number first in the value. */
export const NUMBER_OPT_OUT_PROPERTY: Record<NumberChannel, string> = {
  phone: 'X-CALLPREP-NUMBER-DO-NOT-CALL',
  sms: 'X-CALLPREP-NUMBER-DO-NOT-TEXT',
};
const NUMBER_CHANNELS = Object.keys(NUMBER_OPT_OUT_PROPERTY) as NumberChannel[];

export const PREFERENCE_PROPERTIES = [X.channels, X.bestDays, X.bestHours, X.worstHours, X.retryHours, X.headsUp] as const;


/** One X- line holding `text`, escaped (and folded at 75 octets by ical.js). */
export const xLine = (name: string, text: string): string => ICAL.stringify.property([name.toLowerCase(), {}, 'unknown', escapeText(text)] as never, ICAL.design.vcard3, false);

/** The text of a line, unescaped. */
const textOfLine = (line: ContentLine): string => unescapeText(rawValue(line));

/** The text of the first line named `name`, if any. */
const textOf = (lines: readonly ContentLine[], name: string): string | undefined => {
  const line = lines.find((l) => l.name === name);
  return line ? textOfLine(line) : undefined;
};

const windows = (value: string): TimeWindow[] =>
  value.split(',').map((w) => /^\s*(\d\d:\d\d)-(\d\d:\d\d)\s*$/.exec(w)).flatMap((m) => (m ? [{ start: m[1] as string, end: m[2] as string }] : []));
const hours = (list: readonly TimeWindow[]) => list.map((w) => `${w.start}-${w.end}`).join(',');
const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function readPreferences(lines: readonly ContentLine[]): ContactPreferences | undefined {
  const values = Object.fromEntries(PREFERENCE_PROPERTIES.map((n) => [n, textOf(lines, n)]));
  if (Object.values(values).every((v) => v === undefined)) return undefined;
  const retry = Number(values[X.retryHours]);
  return {
    channels: list(values[X.channels]).filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)),
    bestDays: list(values[X.bestDays]).map(Number).filter((d): d is Weekday => Number.isInteger(d) && d >= 1 && d <= 7),
    bestWindows: windows(values[X.bestHours] ?? ''),
    worstWindows: windows(values[X.worstHours] ?? ''),
    retryAfterHours: Number.isFinite(retry) && retry >= 0 ? retry : 0,
    ...(values[X.headsUp]?.trim().toUpperCase() === 'TRUE' ? { headsUp: true } : {}),
  };
}

export const preferenceLines = (p: ContactPreferences): string[] => [
  xLine(X.channels, p.channels.join(',')),
  xLine(X.bestDays, p.bestDays.join(',')),
  xLine(X.bestHours, hours(p.bestWindows)),
  xLine(X.worstHours, hours(p.worstWindows)),
  xLine(X.retryHours, String(p.retryAfterHours)),
  ...(p.headsUp ? [xLine(X.headsUp, 'TRUE')] : []),
];

export const listLine = (name: string, values: readonly string[] | undefined): string[] => (values?.length ? [xLine(name, values.join(','))] : []);
export const readList = (lines: readonly ContentLine[], name: string): string[] => list(textOf(lines, name));

export const textLine = (name: string, value: string | undefined): string[] => (value ? [xLine(name, value)] : []);
export const readText = (lines: readonly ContentLine[], name: string): string | undefined => textOf(lines, name)?.trim() || undefined;

/** Text before the first `;`, and the rest ("" and the text when there is none). */
const splitFirst = (text: string): [string, string] => {
  const at = text.indexOf(';');
  return at < 0 ? ['', text] : [text.slice(0, at), text.slice(at + 1)];
};

const markText = (mark: OptOut): string => `${new Date(mark.since).toISOString()};${mark.reason}`;

/** "since;reason"; a mark another app wrote without a readable date still closes the channel (since 1970). */
function readMark(text: string): OptOut {
  const [since, reason] = splitFirst(text);
  const time = Date.parse(since);
  return since && Number.isFinite(time) ? { since: time, reason } : { since: 0, reason: text };
}

export function readDoNotContact(lines: readonly ContentLine[]): DoNotContact | undefined {
  const marks = OPT_OUT_CHANNELS.flatMap((channel) => {
    const text = textOf(lines, OPT_OUT_PROPERTY[channel]);
    return text === undefined ? [] : [[channel, readMark(text)] as const];
  });
  return marks.length ? Object.fromEntries(marks) : undefined;
}

export const doNotContactLines = (marks: DoNotContact | undefined): string[] =>
  OPT_OUT_CHANNELS.flatMap((channel) => {
    const mark = marks?.[channel];
    return mark ? [xLine(OPT_OUT_PROPERTY[channel], markText(mark))] : [];
  });

/** The numbers with the marks the vCard holds for them (a mark for a number it no longer has is dropped). */
export function withNumberMarks(phones: CustomerPhone[], lines: readonly ContentLine[]): CustomerPhone[] {
  const marks = new Map<string, Partial<Record<NumberChannel, OptOut>>>();
  for (const channel of NUMBER_CHANNELS) {
    for (const line of lines.filter((l) => l.name === NUMBER_OPT_OUT_PROPERTY[channel])) {
      const [e164, rest] = splitFirst(textOfLine(line));
      marks.set(e164.trim(), { ...marks.get(e164.trim()), [channel]: readMark(rest) });
    }
  }
  return phones.map((phone) => {
    const own = marks.get(phone.e164);
    return own ? { ...phone, doNotContact: own } : phone;
  });
}

export const numberMarkLines = (phones: readonly CustomerPhone[]): string[] =>
  phones.flatMap((phone) =>
    NUMBER_CHANNELS.flatMap((channel) => {
      const mark = phone.doNotContact?.[channel];
      return mark ? [xLine(NUMBER_OPT_OUT_PROPERTY[channel], `${phone.e164};${markText(mark)}`)] : [];
    }),
  );
