/** Reads an uploaded contacts file (CSV or vCard) into rows keyed by column, refusing what it cannot trust. */
import Papa from 'papaparse';
import type { ImportSource } from '../../shared/protocol/index.ts';
import { Refusal } from '../errors.ts';
import { detectCsvSource, looksLikeVcard } from './detect-source.ts';
import { VCARD_COLUMNS, vcardRows } from './vcard.ts';

export const MAX_IMPORT_ROWS = 200_000;
const MAX_COLUMNS = 500;

export interface ImportFile {
  source: ImportSource;
  columns: string[];
  rows: Array<Record<string, string>>;
}

function readVcard(content: string): ImportFile {
  let rows: Array<Record<string, string>>;
  try {
    rows = vcardRows(content);
  } catch (error) {
    throw new Refusal(`This vCard file could not be read: ${(error as Error).message}`);
  }
  if (rows.length === 0) throw new Refusal('This file contains no contact cards.');
  return { source: 'vcard', columns: [...VCARD_COLUMNS], rows };
}

function readCsv(content: string): ImportFile {
  const result = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const columns = (result.meta.fields ?? []).filter(Boolean);
  if (columns.length < 1 || columns.length > MAX_COLUMNS) throw new Refusal('This file has no usable header row of column names.');
  if (Object.keys(result.meta.renamedHeaders ?? {}).length > 0 || new Set(columns).size !== columns.length) throw new Refusal('Two columns in this file have the same name.');
  // A broken quote makes the rest of the file one cell: refuse rather than import garbage.
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new Refusal(`This CSV file is malformed near data row ${(fatal.row ?? 0) + 1}: ${fatal.message}.`);
  return { source: detectCsvSource(columns), columns, rows: result.data };
}

export function readImportFile(fileName: string, content: string): ImportFile {
  if (content.includes('\u0000')) throw new Refusal('This is not a text file; export your contacts as CSV or vCard.');
  const file = looksLikeVcard(fileName, content) ? readVcard(content) : readCsv(content);
  if (file.rows.length === 0) throw new Refusal('This file has a header row but no contacts.');
  if (file.rows.length > MAX_IMPORT_ROWS) throw new Refusal(`This file has ${file.rows.length} rows; Callprep imports at most ${MAX_IMPORT_ROWS} at once.`);
  return file;
}
