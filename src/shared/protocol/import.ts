import { GuardError, object, oneOf, str, type Guard } from '../guard.ts';
import type { CustomerDraft } from '../model-guards.ts';
import { message } from './define.ts';

/** What a column of an imported file can become. */
export const IMPORT_FIELDS = [
  'ignore', 'name', 'firstName', 'lastName', 'company', 'title', 'email',
  'phone', 'mobile', 'workPhone', 'homePhone', 'fax', 'extension', 'tags', 'notes', 'timeZone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How many rows and columns one import reads (the mapping message is checked against the same). */
export const IMPORT_LIMITS = { rows: 200_000, columns: 5_000 } as const;

export type ImportSource = 'hubspot' | 'salesforce' | 'pipedrive' | 'google' | 'outlook' | 'csv' | 'vcard';

/** Column name → field. */
export type ImportMapping = Record<string, ImportField>;

export interface ImportPreview {
  source: ImportSource;
  columns: string[];
  mapping: ImportMapping;
  /** The first rows as they would be imported (before numbers are merged with existing customers). */
  sample: CustomerDraft[];
  rowCount: number;
}

export interface ImportReport {
  imported: number;
  merged: number;
  /** Row numbers count from 1 = the first data row. */
  skipped: Array<{ row: number; reason: string }>;
  /** Rows kept with something cut or left out to fit the limits every customer is checked against. */
  adjusted: Array<{ row: number; changes: string[] }>;
}

const field = oneOf(IMPORT_FIELDS);
const mapping: Guard<ImportMapping> = (v, p = 'mapping') => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new GuardError(`${p} must map column names to fields`);
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length > IMPORT_LIMITS.columns) throw new GuardError(`${p} has more than ${IMPORT_LIMITS.columns} columns`);
  // fromEntries defines own properties: a column named "__proto__" stays a column.
  return Object.fromEntries(entries.map(([column, f]) => [column, field(f, `${p}.${column}`)]));
};

const file = { fileName: str(260), content: str(200_000_000) };

export const importMessages = {
  'import/preview': message<{ fileName: string; content: string }, ImportPreview>('ui', object(file)),
  'import/commit': message<{ fileName: string; content: string; mapping: ImportMapping }, ImportReport>(
    'ui',
    object({ ...file, mapping }),
  ),
};
