/**
 * Finding customers by what the user types: a number (any common form, or ≥ 4 digits of it), an
 * e-mail address, or the start of any word of a name or company.
 */
import type { Customer } from '../shared/model.ts';
import type { CallprepDatabase, CustomerRow } from './database.ts';
import { toCustomer } from './customer-record.ts';
import { parseNumber } from '../shared/phone.ts';
import { wordsOf } from './search-words.ts';

export const MAX_RESULTS = 50;
export const RECENT_RESULTS = 20;

const looksLikeNumber = (q: string) => /^[\d\s()+.\-/]+$/.test(q) && q.replace(/\D/g, '').length >= 4;

async function byNumber(db: CallprepDatabase, query: string, region: string): Promise<CustomerRow[]> {
  const digits = query.replace(/\D/g, '');
  const found = new Map<string, CustomerRow>();
  const add = (rows: CustomerRow[]) => rows.forEach((r) => found.size < MAX_RESULTS && found.set(r.id, r));
  const parsed = parseNumber(query, region);
  if (parsed) add(await db.customers.where('phoneKeys').equals(parsed.e164).toArray());
  add(await db.customers.where('phoneKeys').startsWith(`+${digits}`).limit(MAX_RESULTS).toArray());
  // A fragment from the middle of a number ("7368410") needs a scan; it stops at the first 50.
  if (found.size < MAX_RESULTS) {
    add(await db.customers.filter((c) => !found.has(c.id) && c.phoneKeys.some((k) => k.includes(digits))).limit(MAX_RESULTS).toArray());
  }
  return [...found.values()];
}

/**
 * Customers with a word starting with each query word. Found by the index's keys alone, a set per
 * word, and only the first MAX_RESULTS in the set of all of them read whole: a word thousands of
 * customers share ("contact", "gmbh") then costs a key scan, not thousands of rows read and parsed.
 */
async function byWords(db: CallprepDatabase, query: string): Promise<CustomerRow[]> {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const [first, ...rest] = await Promise.all(words.map((w) => db.customers.where('searchWords').startsWith(w).primaryKeys()));
  const others = rest.map((keys) => new Set(keys));
  const ids = [...new Set(first)].filter((id) => others.every((keys) => keys.has(id))).slice(0, MAX_RESULTS);
  return (await db.customers.bulkGet(ids)).filter((row): row is CustomerRow => row !== undefined);
}

export async function searchCustomers(db: CallprepDatabase, query: string, region: string): Promise<Customer[]> {
  const q = query.trim();
  let rows: CustomerRow[];
  if (!q) rows = await db.customers.orderBy('updatedAt').reverse().limit(RECENT_RESULTS).toArray();
  else if (looksLikeNumber(q)) rows = await byNumber(db, q, region);
  else if (q.includes('@')) rows = await db.customers.where('emails').startsWith(q.toLowerCase()).distinct().limit(MAX_RESULTS).toArray();
  else rows = (await byWords(db, q)).sort((a, b) => a.name.localeCompare(b.name));
  return rows.map(toCustomer);
}
