/**
 * The iCalendar side shared by follow-ups (VTODO) and calls (VJOURNAL): times in and out of
 * ical.js, and one calendar object's text with Callprep's properties patched in.
 */
import ICAL from 'ical.js';
import { patchComponent, type LinePatch } from './content-lines.ts';

export type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
type Comp = InstanceType<typeof ICAL.Component>;

const TEXT = ICAL.design.icalendar.value.text;
/**
 * TEXT escaping (`\\`, `\,`, `\;`, `\n`) by hand, for X- properties: ical.js leaves a property it
 * does not know unescaped both ways, and servers rewrite bare separators in them (Radicale 3.1.8
 * re-splits an X- value at its first unescaped `,`: ./vcard-callprep-properties.ts).
 */
export const escapeText = (value: string): string => String(TEXT.toICAL?.(value) ?? value);
export const unescapeText = (value: string): string => String(TEXT.fromICAL?.(value) ?? value);

export const icalLine = (property: JCalProperty): string => ICAL.stringify.property(property as never, ICAL.design.icalendar, false);

/** "20261126T093000Z" as ical.js writes it in jCal ("2026-11-26T09:30:00Z"). */
export const utc = (epochMs: number): string => new Date(Math.round(epochMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Parses a calendar object; its own time zones are registered so DUE;TZID=… reads right. */
export function parseCalendar(text: string, kind: 'vtodo' | 'vjournal'): Comp {
  const calendar = ICAL.Component.fromString(text.replace(/^\uFEFF/, ''));
  if (calendar.name !== 'vcalendar') throw new Error(`Not a calendar object: the text holds a ${calendar.name}.`);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const item = calendar.getFirstSubcomponent(kind);
  if (!item) throw new Error(`The calendar object holds no ${kind.toUpperCase()}.`);
  return item;
}

/** Epoch ms of a DATE or DATE-TIME property; an all-day date counts from 09:00 local time. */
export function timeOf(item: Comp, name: string): number | undefined {
  const value: unknown = item.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) return undefined;
  if (value.isDate) {
    const d = new Date(value.year, value.month - 1, value.day, 9, 0);
    return d.getTime();
  }
  return value.toJSDate().getTime();
}

export const textOf = (item: Comp, name: string): string => {
  const value: unknown = item.getFirstPropertyValue(name);
  return value == null ? '' : String(value);
};

/** A new calendar object holding one component with these properties (and sub-components). */
export function newCalendarObject(kind: 'VTODO' | 'VJOURNAL', properties: JCalProperty[], inner: string[] = []): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Callprep//Callprep//EN', `BEGIN:${kind}`, ...properties.map(icalLine), ...inner, `END:${kind}`, 'END:VCALENDAR', ''].join('\r\n');
}

/** Rewrites only the properties named in `owned` whose value differs between `before` and `now`. */
export function patchCalendarObject<F extends string>(
  original: string,
  kind: 'VTODO' | 'VJOURNAL',
  owned: Record<F, readonly string[]>,
  changed: (field: F) => boolean,
  propertiesOf: (field: F) => JCalProperty[],
): string {
  const patches: LinePatch[] = (Object.keys(owned) as F[]).filter(changed).map((field) => ({ names: owned[field], lines: propertiesOf(field).map(icalLine) }));
  return patches.length === 0 ? original : patchComponent(original, kind, patches);
}
