/**
 * Field-by-field three-way merge of one record's synced fields, when it changed here and on the
 * server since the last sync: `base` is what the server last sent (undefined when the two copies
 * were never linked), `theirs` the server's version now, `ours` the local one. A field only one side
 * changed takes that side's value. Where both changed it: free text (notes, personal notes) is
 * merged with the card's three-way text merge, which keeps both texts where both changed the same
 * words, so a conflict never loses a word; an object (do-not-contact marks, contact preferences) is
 * merged key by key the same way; lists (e-mails, tags; numbers matched by number, so a mark set on
 * one here and a label changed there both stay) keep what either side added or changed and drop
 * what one side removed and the other left alone; any other value takes ours, the user's change here.
 */
import { mergeText } from '../shared/text-merge.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Absent, empty text, an empty list and an empty object all mean "not set". */
const canonical = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (isObject(value)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, canonical(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length ? Object.fromEntries(entries) : null;
  }
  return value;
};
const keyOf = (value: unknown): string => JSON.stringify(canonical(value));
export const sameValue = (a: unknown, b: unknown): boolean => keyOf(a) === keyOf(b);

/** What a list item is, across versions: a number by its E.164 form, anything else by its value. */
const identityOf = (value: unknown): string => (isObject(value) && typeof value.e164 === 'string' ? `tel:${value.e164}` : keyOf(value));

function mergeValue(base: unknown, theirs: unknown, ours: unknown, isText: boolean): unknown {
  if (sameValue(ours, base) || sameValue(ours, theirs)) return theirs;
  if (sameValue(theirs, base)) return ours;
  if (isText) return mergeText(typeof base === 'string' ? base : '', typeof theirs === 'string' ? theirs : '', typeof ours === 'string' ? ours : '');
  if (Array.isArray(theirs) && Array.isArray(ours)) return mergeList(Array.isArray(base) ? base : [], theirs, ours);
  if (isObject(theirs) && isObject(ours)) return mergeFields(isObject(base) ? base : undefined, theirs, ours, []);
  return ours;
}

function mergeList(base: readonly unknown[], theirs: readonly unknown[], ours: readonly unknown[]): unknown[] {
  const byIdentity = (list: readonly unknown[]) => new Map(list.map((v) => [identityOf(v), v]));
  const [b, t, o] = [byIdentity(base), byIdentity(theirs), byIdentity(ours)];
  const out = new Map<string, unknown>();
  for (const [id, value] of [...t, ...o]) {
    if (out.has(id)) continue;
    const inBoth = t.has(id) && o.has(id);
    // Removed on one side: gone, unless the other side changed it meanwhile (a change is not lost).
    if (b.has(id) && !inBoth && sameValue(value, b.get(id))) continue;
    out.set(id, inBoth ? mergeValue(b.get(id), t.get(id), o.get(id), false) : value);
  }
  return [...out.values()];
}

export function mergeFields<F extends object>(base: Partial<F> | undefined, theirs: Partial<F>, ours: Partial<F>, textFields: ReadonlyArray<keyof F>): Partial<F> {
  const out: Partial<F> = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(ours)] as Array<keyof F>);
  for (const key of keys) {
    const value = mergeValue(base?.[key], theirs[key], ours[key], textFields.includes(key));
    if (value !== undefined) out[key] = value as F[keyof F];
  }
  return out;
}
