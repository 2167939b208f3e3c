/**
 * Reads an uploaded contacts file (CSV or vCard) into rows keyed by column, refusing what it cannot
 * trust. Rows are Maps, not objects: a column may be called "__proto__", "toString" or "constructor".
 */
import Papa from 'papaparse';
import { IMPORT_LIMITS, type ImportSource } from '../../shared/protocol/import.ts';
import { Refusal } from '../errors.ts';
import { detectCsvSource, looksLikeVcard } from './detect-source.ts';
import { VCARD_COLUMNS, vcardRows } from './vcard.ts';
import { t } from '../../shared/i18n/messages.ts';

export const MAX_IMPORT_ROWS = IMPORT_LIMITS.rows;

export type ImportRow = ReadonlyMap<string, string>;

export interface ImportFile {
  source: ImportSource;
  columns: string[];
  rows: ImportRow[];
}

function readVcard(content: string): ImportFile {
  let rows: ImportRow[];
  try {
    rows = vcardRows(content);
  } catch (error) {
    throw new Refusal(t('refuse_vcardUnreadable', (error as Error).message));
  }
  if (rows.length === 0) throw new Refusal(t('refuse_noCards'));
  return { source: 'vcard', columns: [...VCARD_COLUMNS], rows };
}

function readHeader(cells: string[] | undefined): string[] {
  const columns = (cells ?? []).map((h) => h.trim());
  if (columns.length > IMPORT_LIMITS.columns) {
    throw new Refusal(t('refuse_tooManyColumns', columns.length, IMPORT_LIMITS.columns));
  }
  if (!columns.some(Boolean)) throw new Refusal(t('refuse_noHeader'));
  const named = columns.filter(Boolean);
  if (new Set(named).size !== named.length) throw new Refusal(t('refuse_sameColumn'));
  return columns;
}

function readCsv(content: string): ImportFile {
  // Without `header`, Papa gives arrays: the header row never becomes object keys.
  const result = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  // A broken quote makes the rest of the file one cell: refuse rather than import garbage.
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new Refusal(t('refuse_malformedCsv', fatal.row ?? 0, fatal.message));
  const [header, ...records] = result.data;
  const columns = readHeader(header);
  const rows = records.map((cells) => {
    const row = new Map<string, string>();
    columns.forEach((column, i) => column && cells[i] !== undefined && row.set(column, cells[i]));
    return row;
  });
  const named = columns.filter(Boolean);
  return { source: detectCsvSource(named), columns: named, rows };
}

export function readImportFile(fileName: string, content: string): ImportFile {
  if (content.includes('\u0000')) throw new Refusal(t('refuse_notText'));
  const file = looksLikeVcard(fileName, content) ? readVcard(content) : readCsv(content);
  if (file.rows.length === 0) throw new Refusal(t('refuse_noContacts'));
  if (file.rows.length > MAX_IMPORT_ROWS) throw new Refusal(t('refuse_tooManyRows', file.rows.length, MAX_IMPORT_ROWS));
  return file;
}
