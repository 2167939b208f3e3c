/**
 * An edit to a customer made from what a card showed, applied to what is stored now. Field by field
 * (and inside the contact preferences, item by item) it compares three values: the one the card
 * showed (`base`), the one stored (theirs) and the one typed (ours). A field nobody else changed
 * takes ours; the customer's notes are merged as text; any other field changed elsewhere in the
 * meantime is refused with what it holds now and what the user typed, so nothing is overwritten
 * unseen.
 */
import type { CustomerPatch } from '../shared/model.ts';
import { formatWindow, weekdayName } from '../shared/time/index.ts';
import { t } from '../shared/i18n/messages.ts';
import type { ContactPreferences, Customer, TimeWindow, Weekday } from '../shared/model.ts';
import type { CustomerBase } from '../shared/protocol/index.ts';
import { mergeText } from '../shared/text-merge.ts';
import { Refusal } from './errors.ts';

/** Values as compared: undefined, "" and [] are all "empty"; object keys in any order. */
function canonical(value: unknown): unknown {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}
const same = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

type ClashField = keyof CustomerPatch | keyof ContactPreferences;
/** Fields whose English name is plural ("the notes are now …"). */
const NAMED_PLURAL: ReadonlySet<ClashField> = new Set(['phones', 'tags', 'products', 'notes', 'personalNotes', 'doNotContact', 'preferences', 'channels', 'bestDays', 'bestWindows', 'worstWindows']);

/** One field of a clash, e.g. "the title is now "CEO" (yours: "CTO")", in the user's language. */
function clashText({ key, theirs, ours }: Clash): string {
  const field = key as ClashField;
  return t(NAMED_PLURAL.has(field) ? 'mergeClashFieldMany' : 'mergeClashField', t(`clashField_${field}`), shown(key, theirs), shown(key, ours));
}

const isWindow = (v: unknown): v is TimeWindow => typeof v === 'object' && v !== null && 'start' in v && 'end' in v;

function shown(key: string, value: unknown): string {
  if (canonical(value) === null) return t('mergeClashEmpty');
  if (!Array.isArray(value)) return `"${String(value)}"`;
  const items = value.map((v) => (isWindow(v) ? formatWindow(v) : typeof v === 'object' && v !== null && 'e164' in v ? String(v.e164) : key === 'bestDays' ? weekdayName(Number(v) as Weekday) : String(v)));
  return `"${items.join(', ')}"`;
}

type Clash = { key: string; theirs: unknown; ours: unknown };

/** Ours where only we changed it, theirs where only they did; a clash where both did, differently. */
function pick<T extends object>(ours: T, was: T | undefined, theirs: T, clashes: Clash[], merge: (key: keyof T) => T[keyof T] | undefined): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(ours) as Array<keyof T>) {
    if (same(ours[key], was?.[key])) continue;
    if (same(theirs[key], was?.[key]) || same(ours[key], theirs[key])) out[key] = ours[key];
    else {
      const merged = merge(key);
      if (merged === undefined) clashes.push({ key: String(key), theirs: theirs[key], ours: ours[key] });
      else out[key] = merged;
    }
  }
  return out;
}

/** The patch to apply to `current`; throws a Refusal naming each field changed elsewhere. */
export function resolveEdit(current: Customer, patch: CustomerPatch, base: CustomerBase): CustomerPatch {
  const clashes: Clash[] = [];
  const { preferences, ...fields } = patch;
  // Free text is merged (what both typed is kept); every other field clashes.
  const resolved: CustomerPatch = pick<CustomerPatch>(fields, base.values, current, clashes, (key) =>
    key === 'notes' || key === 'personalNotes' ? mergeText(base.values[key] ?? '', current[key] ?? '', patch[key] ?? '') : undefined,
  );
  if (preferences) {
    const changed = pick<ContactPreferences>(preferences, base.values.preferences, current.preferences, clashes, () => undefined);
    if (Object.keys(changed).length > 0) resolved.preferences = { ...current.preferences, ...changed };
  }
  if (clashes.length > 0) {
    throw new Refusal(t('refuse_mergeClash', clashes.map(clashText).join('; ')));
  }
  return resolved;
}
