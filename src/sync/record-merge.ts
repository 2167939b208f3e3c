/**
 * Field-by-field three-way merge of one record's synced fields, when it changed here and on the
 * server since the last sync: `base` is what the server last sent (undefined when the two copies
 * were never linked), `theirs` the server's version now, `ours` the local one. A field only one side
 * changed takes that side's value. Where both changed it: free text (notes) is merged with the
 * card's three-way text merge, which keeps both texts where both changed the same words, so a
 * conflict never loses a word; lists (e-mails, numbers, tags) keep what either side added and drop
 * what either removed; any other value takes ours, the change the user made here.
 */
import { mergeText } from '../shared/text-merge.ts';

const canonical = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  return value;
};
const keyOf = (value: unknown): string => JSON.stringify(canonical(value));
export const sameValue = (a: unknown, b: unknown): boolean => keyOf(a) === keyOf(b);

function mergeList(base: readonly unknown[], theirs: readonly unknown[], ours: readonly unknown[]): unknown[] {
  const inBase = new Set(base.map(keyOf));
  const removed = new Set([...inBase].filter((k) => !theirs.some((v) => keyOf(v) === k) || !ours.some((v) => keyOf(v) === k)));
  const out = new Map<string, unknown>();
  for (const value of [...theirs, ...ours]) {
    const key = keyOf(value);
    if (!removed.has(key) && !out.has(key)) out.set(key, value);
  }
  return [...out.values()];
}

export function mergeFields<F extends object>(base: Partial<F> | undefined, theirs: Partial<F>, ours: Partial<F>, textFields: ReadonlyArray<keyof F>): Partial<F> {
  const out: Partial<F> = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(ours)] as Array<keyof F>);
  for (const key of keys) {
    const [b, t, o] = [base?.[key], theirs[key], ours[key]];
    let value: unknown;
    if (sameValue(o, b) || sameValue(o, t)) value = t;
    else if (sameValue(t, b)) value = o;
    else if (textFields.includes(key)) value = mergeText(typeof b === 'string' ? b : '', typeof t === 'string' ? t : '', typeof o === 'string' ? o : '');
    else if (Array.isArray(t) && Array.isArray(o)) value = mergeList(Array.isArray(b) ? b : [], t, o);
    else value = o;
    if (value !== undefined) out[key] = value as F[keyof F];
  }
  return out;
}
