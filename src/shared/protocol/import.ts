import * as v from 'valibot';
import type { CustomerDraft } from '../model.ts';
import { text } from '../records/fields.ts';
import { answer, message } from './define.ts';

/** What a column of an imported file can become. */
export const IMPORT_FIELDS = [
  'ignore', 'name', 'firstName', 'lastName', 'company', 'title', 'email',
  'phone', 'mobile', 'workPhone', 'homePhone', 'fax', 'extension', 'tags', 'notes', 'timeZone',
  // CRM opt-out columns (issue 13): a true value marks the customer do-not-call, -e-mail or -text.
  'doNotCall', 'doNotEmail', 'doNotText',
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

export const isImportField = (value: unknown): value is ImportField => (IMPORT_FIELDS as readonly unknown[]).includes(value);
const FIELD_MESSAGE = `must be one of ${IMPORT_FIELDS.join(', ')}`;

/**
 * Column name → field. Not valibot's `record`: it drops keys named "__proto__", "prototype" or
 * "constructor", and a file's column may be called that. Object.entries reads own keys only.
 */
const ImportMappingSchema = v.pipe(
  v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'must map column names to fields'),
  v.check((mapping) => Object.keys(mapping).length <= IMPORT_LIMITS.columns, `has more than ${IMPORT_LIMITS.columns} columns`),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const wrong = Object.entries(dataset.value).find(([, field]) => !isImportField(field));
    if (wrong) addIssue({ message: FIELD_MESSAGE, path: [{ type: 'object', origin: 'value', input: dataset.value, key: wrong[0], value: wrong[1] }] });
  }),
  // fromEntries defines own properties: a column named "__proto__" stays a column.
  v.transform((mapping) => Object.fromEntries(Object.entries(mapping)) as ImportMapping),
);

const file = { fileName: text(260), content: text(200_000_000) };

export const importMessages = {
  'import/preview': message('ui', v.object(file), answer<ImportPreview>()),
  'import/commit': message('ui', v.object({ ...file, mapping: ImportMappingSchema }), answer<ImportReport>()),
};
