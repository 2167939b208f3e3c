/**
 * A customer is a vCard in the team's address book. Written: name, organisation, title, e-mails,
 * numbers with their labels and extensions, time zone, categories (tags) and notes as the standard
 * properties every contacts app shows; contact preferences (heads-up included), products, service
 * level, personal notes and do-not-contact marks as X-CALLPREP- properties other clients keep
 * (vcard-callprep-properties.ts). Writing changes only the properties whose value changed since the
 * text the server sent: everything else (photo, addresses, other apps' fields) stays byte for byte.
 */
import ICAL from 'ical.js';
import type { CustomerDraft } from '../shared/model.ts';
import { patchComponent, rawValue, splitLines, type LinePatch } from './content-lines.ts';
import { sameValue } from './record-merge.ts';
import {
  doNotContactLines,
  listLine,
  NUMBER_OPT_OUT_PROPERTY,
  numberMarkLines,
  OPT_OUT_PROPERTY,
  PREFERENCE_PROPERTIES,
  preferenceLines,
  readDoNotContact,
  readList,
  readPreferences,
  readText,
  textLine,
  withNumberMarks,
  X,
} from './vcard-callprep-properties.ts';
import { readPhone, telProperty } from './vcard-phones.ts';
import { t } from '../shared/i18n/messages.ts';

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];
type Card = InstanceType<typeof ICAL.Component>;

/** The draft fields a vCard carries, each with the properties that hold it. */
const FIELDS = {
  name: ['FN', 'N'],
  company: ['ORG'],
  title: ['TITLE'],
  emails: ['EMAIL'],
  phones: ['TEL', ...Object.values(NUMBER_OPT_OUT_PROPERTY)],
  timeZone: ['TZ'],
  tags: ['CATEGORIES'],
  notes: ['NOTE'],
  personalNotes: [X.personalNotes],
  doNotContact: Object.values(OPT_OUT_PROPERTY),
  products: [X.products],
  serviceLevel: [X.serviceLevel],
  preferences: PREFERENCE_PROPERTIES,
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
  const phones = withNumberMarks(
    card.getAllProperties('tel').flatMap((p) => readPhone(text(p.getFirstValue()), typesOf(p), region) ?? []),
    lines,
  );
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
    products: readList(lines, X.products),
  };
  const personalNotes = readText(lines, X.personalNotes);
  if (personalNotes) draft.personalNotes = personalNotes;
  const doNotContact = readDoNotContact(lines);
  if (doNotContact) draft.doNotContact = doNotContact;
  const level = readText(lines, X.serviceLevel);
  if (level) draft.serviceLevel = level;
  const preferences = readPreferences(lines);
  if (preferences) draft.preferences = preferences;
  return uid ? { uid, draft } : { draft };
}

const design = ICAL.design.vcard3;
const line = (property: JCardProperty): string => ICAL.stringify.property(property as never, design, false);

/** The lines that hold one field of the draft. */
function linesOf(field: Field, draft: CustomerDraft): string[] {
  const standard = (...properties: JCardProperty[]) => properties.map(line);
  switch (field) {
    case 'name': {
      const words = draft.name.trim().split(/\s+/);
      const family = words.length > 1 ? (words.pop() as string) : '';
      return standard(['fn', {}, 'text', draft.name], ['n', {}, 'text', [family, words.join(' '), '', '', '']]);
    }
    case 'company':
      return draft.company ? standard(['org', {}, 'text', [draft.company]]) : [];
    case 'title':
      return draft.title ? standard(['title', {}, 'text', draft.title]) : [];
    case 'emails':
      return standard(...(draft.emails ?? []).map((e): JCardProperty => ['email', { type: ['internet'] }, 'text', e]));
    case 'phones':
      return [...standard(...(draft.phones ?? []).map(telProperty)), ...numberMarkLines(draft.phones ?? [])];
    case 'timeZone':
      return draft.timeZone ? standard(['tz', {}, 'text', draft.timeZone]) : [];
    case 'tags':
      return draft.tags?.length ? standard(['categories', {}, 'text', ...draft.tags]) : [];
    case 'notes':
      return draft.notes ? standard(['note', {}, 'text', draft.notes]) : [];
    case 'personalNotes':
      return textLine(X.personalNotes, draft.personalNotes);
    case 'doNotContact':
      return doNotContactLines(draft.doNotContact);
    case 'products':
      return listLine(X.products, draft.products);
    case 'serviceLevel':
      return textLine(X.serviceLevel, draft.serviceLevel);
    case 'preferences':
      return draft.preferences ? preferenceLines(draft.preferences) : [];
  }
}

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
    if (before && sameValue(before[field], draft[field])) continue;
    const lines = linesOf(field, draft);
    if (field === 'phones' && options.original) lines.push(...unreadTelLines(options.original, options.region));
    patches.push({ names: FIELDS[field], lines });
  }
  return patches.length === 0 ? base : patchComponent(base, 'VCARD', patches);
}
