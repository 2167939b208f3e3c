/**
 * A customer is a vCard in the team's address book. Written: name, organisation, title, e-mails,
 * numbers with their labels and extensions, time zone, categories (tags) and notes as the standard
 * properties every contacts app shows; contact preferences, products and service level as X-CALLPREP-
 * properties other clients keep. Writing changes only the properties whose value changed since the
 * text the server sent: everything else (photo, addresses, other apps' fields) stays byte for byte.
 */
import ICAL from 'ical.js';
import type { CustomerDraft } from '../shared/model.ts';
import { CHANNELS, type Channel, type ContactPreferences, type TimeWindow, type Weekday } from '../shared/model.ts';
import { patchComponent, rawValue, splitLines, type ContentLine, type LinePatch } from './content-lines.ts';
import { readPhone, telProperty } from './vcard-phones.ts';
import { t } from '../shared/i18n/messages.ts';

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];
type Card = InstanceType<typeof ICAL.Component>;

const X = {
  channels: 'X-CALLPREP-CHANNELS',
  bestDays: 'X-CALLPREP-BEST-DAYS',
  bestHours: 'X-CALLPREP-BEST-HOURS',
  worstHours: 'X-CALLPREP-WORST-HOURS',
  retryHours: 'X-CALLPREP-RETRY-HOURS',
  products: 'X-CALLPREP-PRODUCTS',
  serviceLevel: 'X-CALLPREP-SERVICE-LEVEL',
} as const;

/** The draft fields a vCard carries, each with the properties that hold it. */
const FIELDS = {
  name: ['FN', 'N'],
  company: ['ORG'],
  title: ['TITLE'],
  emails: ['EMAIL'],
  phones: ['TEL'],
  timeZone: ['TZ'],
  tags: ['CATEGORIES'],
  notes: ['NOTE'],
  products: [X.products],
  serviceLevel: [X.serviceLevel],
  preferences: [X.channels, X.bestDays, X.bestHours, X.worstHours, X.retryHours],
} as const satisfies Partial<Record<keyof CustomerDraft, readonly string[]>>;

type Field = keyof typeof FIELDS;
/** The customer fields a vCard carries; any other field of a customer stays on this device. */
export const VCARD_FIELDS = Object.keys(FIELDS) as Field[];

const first = (card: Card, name: string): string => {
  const value: unknown = card.getFirstPropertyValue(name);
  return (Array.isArray(value) ? String(value[0] ?? '') : value == null ? '' : String(value)).trim();
};
/** ical.js 2.2 leaves "\;" escaped in vCard 3 text (RFC 2426 §5 escapes it): undo that. */
const text = (value: unknown): string => (value == null ? '' : String(value)).replace(/\\;/g, ';').trim();
const texts = (card: Card, name: string): string[] => card.getAllProperties(name).flatMap((p) => p.getValues().map(text)).filter(Boolean);
const typesOf = (p: InstanceType<typeof ICAL.Property>): string[] => {
  const type: unknown = p.getParameter('type');
  return (Array.isArray(type) ? type : type ? [type] : []).flatMap((t) => String(t).split(','));
};

const windows = (value: string): TimeWindow[] =>
  value.split(',').map((w) => /^\s*(\d\d:\d\d)-(\d\d:\d\d)\s*$/.exec(w)).flatMap((m) => (m ? [{ start: m[1] as string, end: m[2] as string }] : []));

function readPreferences(lines: ContentLine[]): ContactPreferences | undefined {
  const raw = (name: string) => {
    const line = lines.find((l) => l.name === name);
    return line ? rawValue(line) : undefined;
  };
  const values = Object.fromEntries(FIELDS.preferences.map((n) => [n, raw(n)]));
  if (Object.values(values).every((v) => v === undefined)) return undefined;
  const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const retry = Number(values[X.retryHours]);
  return {
    channels: list(values[X.channels]).filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)),
    bestDays: list(values[X.bestDays]).map(Number).filter((d): d is Weekday => Number.isInteger(d) && d >= 1 && d <= 7),
    bestWindows: windows(values[X.bestHours] ?? ''),
    worstWindows: windows(values[X.worstHours] ?? ''),
    retryAfterHours: Number.isFinite(retry) && retry >= 0 ? retry : 0,
  };
}

export interface ReadCard {
  uid?: string;
  draft: CustomerDraft;
}

/** The customer a vCard describes; `region` reads numbers written without a country code. */
export function readVCard(vcard: string, region: string): ReadCard {
  const card = ICAL.Component.fromString(vcard.replace(/^\uFEFF/, ''));
  if (card.name !== 'vcard') throw new Error(`Not a vCard: the text holds a ${card.name}.`);
  const { lines } = splitLines(vcard);
  const n: unknown = card.getFirstPropertyValue('n');
  const fromN = Array.isArray(n) ? [n[1], n[0]].map(text).filter(Boolean).join(' ') : '';
  const emails = texts(card, 'email');
  const phones = card.getAllProperties('tel').flatMap((p) => readPhone(text(p.getFirstValue()), typesOf(p), region) ?? []);
  const company = first(card, 'org');
  const name = first(card, 'fn') || fromN || company || emails[0] || phones[0]?.e164 || t('unnamedContact');
  // ical.js reads TZ as a UTC offset, which turns "Europe/Berlin" into "Europe/": take the text as written.
  const tzLine = lines.find((l) => l.name === 'TZ');
  const zone = tzLine ? rawValue(tzLine).trim() : '';
  const uid = first(card, 'uid');
  const draft: CustomerDraft = {
    name,
    ...(company ? { company } : {}),
    ...(first(card, 'title') ? { title: text(first(card, 'title')) } : {}),
    emails,
    phones,
    ...(/^[A-Za-z_]+\/[A-Za-z0-9_+/-]+$/.test(zone) ? { timeZone: zone } : {}),
    tags: texts(card, 'categories'),
    ...(card.getFirstPropertyValue('note') != null ? { notes: text(card.getFirstPropertyValue('note')) } : {}),
    products: (() => {
      const line = lines.find((l) => l.name === X.products);
      return line ? rawValue(line).split(',').map((s) => s.trim()).filter(Boolean) : [];
    })(),
  };
  const level = lines.find((l) => l.name === X.serviceLevel);
  if (level && rawValue(level).trim()) draft.serviceLevel = rawValue(level).trim();
  const preferences = readPreferences(lines);
  if (preferences) draft.preferences = preferences;
  return uid ? { uid, draft } : { draft };
}

const design = ICAL.design.vcard3;
const line = (property: JCardProperty): string => ICAL.stringify.property(property as never, design, false);
const custom = (name: string, value: string): JCardProperty => [name.toLowerCase(), {}, 'unknown', value];
const hours = (list: readonly TimeWindow[]) => list.map((w) => `${w.start}-${w.end}`).join(',');

function propertiesOf(field: Field, draft: CustomerDraft): JCardProperty[] {
  switch (field) {
    case 'name': {
      const words = draft.name.trim().split(/\s+/);
      const family = words.length > 1 ? (words.pop() as string) : '';
      return [['fn', {}, 'text', draft.name], ['n', {}, 'text', [family, words.join(' '), '', '', '']]];
    }
    case 'company':
      return draft.company ? [['org', {}, 'text', [draft.company]]] : [];
    case 'title':
      return draft.title ? [['title', {}, 'text', draft.title]] : [];
    case 'emails':
      return (draft.emails ?? []).map((e) => ['email', { type: ['internet'] }, 'text', e]);
    case 'phones':
      return (draft.phones ?? []).map(telProperty);
    case 'timeZone':
      return draft.timeZone ? [['tz', {}, 'text', draft.timeZone]] : [];
    case 'tags':
      return draft.tags?.length ? [['categories', {}, 'text', ...draft.tags]] : [];
    case 'notes':
      return draft.notes ? [['note', {}, 'text', draft.notes]] : [];
    case 'products':
      return draft.products?.length ? [custom(X.products, draft.products.join(','))] : [];
    case 'serviceLevel':
      return draft.serviceLevel ? [custom(X.serviceLevel, draft.serviceLevel)] : [];
    case 'preferences': {
      const p = draft.preferences;
      if (!p) return [];
      return [
        custom(X.channels, p.channels.join(',')),
        custom(X.bestDays, p.bestDays.join(',')),
        custom(X.bestHours, hours(p.bestWindows)),
        custom(X.worstHours, hours(p.worstWindows)),
        custom(X.retryHours, String(p.retryAfterHours)),
      ];
    }
  }
}

/** Normalised for comparison: absent lists and empty ones are the same. */
const comparable = (field: Field, draft: CustomerDraft): string => {
  const value = draft[field];
  return JSON.stringify(Array.isArray(value) && value.length === 0 ? undefined : value ?? undefined);
};

/** Lines of numbers Callprep could not read (not a valid number): kept as written when TEL is rewritten. */
function unreadTelLines(vcard: string, region: string): string[] {
  const { lines } = splitLines(vcard);
  const unread = lines.filter((l) => l.name === 'TEL' && !readPhone(rawValue(l), [], region));
  const groups = new Set(unread.map((l) => l.group).filter(Boolean));
  return lines.filter((l) => unread.includes(l) || (l.group && groups.has(l.group))).map((l) => l.raw);
}

const NEW_CARD = (uid: string) => ['BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Callprep//Callprep//EN', line(['uid', {}, 'text', uid]), 'END:VCARD', ''].join('\r\n');

/**
 * The vCard for a customer. With `original` (the text the server last sent), only the properties of
 * fields that differ from what that text says are written again; without it, a new vCard 3.0.
 */
export function writeVCard(draft: CustomerDraft, options: { uid: string; region: string; original?: string }): string {
  const base = options.original ?? NEW_CARD(options.uid);
  const before = options.original ? readVCard(options.original, options.region).draft : undefined;
  const patches: LinePatch[] = [];
  for (const field of Object.keys(FIELDS) as Field[]) {
    if (before && comparable(field, before) === comparable(field, draft)) continue;
    const lines = propertiesOf(field, draft).map(line);
    if (field === 'phones' && options.original) lines.push(...unreadTelLines(options.original, options.region));
    patches.push({ names: FIELDS[field], lines });
  }
  return patches.length === 0 ? base : patchComponent(base, 'VCARD', patches);
}
