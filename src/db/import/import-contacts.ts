/**
 * Importing contacts: a preview (detected source, proposed mapping, first rows) and the import
 * itself, which merges contacts whose number is already known instead of doubling them, all in
 * one transaction: a file that fails changes nothing.
 */
import type { CustomerDraft } from '../../shared/model.ts';
import type { ImportMapping, ImportPreview, ImportReport } from '../../shared/protocol/index.ts';
import { fitDraft } from '../customer-fit.ts';
import { buildCustomer } from '../customer-record.ts';
import type { CallprepDatabase, CustomerRow } from '../database.ts';
import { Refusal } from '../errors.ts';
import { newId } from '../ids.ts';
import { guessMapping } from './import-fields.ts';
import { mergeDraft } from './merge-customer.ts';
import { readImportFile } from './read-import-file.ts';
import { rowToDraft, type ColumnMapping } from './row-to-draft.ts';
import { t } from '../../shared/i18n/messages.ts';

const SAMPLE_ROWS = 5;

export function previewImport(fileName: string, content: string, region: string, now = Date.now()): ImportPreview {
  const file = readImportFile(fileName, content);
  const mapping = guessMapping(file.columns, file.source);
  const columnMapping = new Map(Object.entries(mapping));
  const sample = file.rows
    .slice(0, SAMPLE_ROWS)
    .flatMap((row) => {
      const result = rowToDraft(row, columnMapping, region, now);
      return 'draft' in result ? [result.draft] : [];
    });
  return { source: file.source, columns: file.columns, mapping, sample, rowCount: file.rows.length };
}

function checkMapping(mapping: ImportMapping, columns: string[]): ColumnMapping {
  const known = new Set(columns);
  const entries = Object.entries(mapping);
  const unknown = entries.find(([c]) => !known.has(c));
  if (unknown !== undefined) throw new Refusal(t('refuse_mappingColumn', unknown[0].slice(0, 80)));
  const fields = new Set(entries.map(([, f]) => f));
  if (!['name', 'firstName', 'lastName', 'company'].some((f) => fields.has(f as never))) {
    throw new Refusal(t('refuse_mapAName'));
  }
  return new Map(entries);
}

interface Entry {
  id: string;
  createdAt: number;
  draft: CustomerDraft;
  /** False for a stored customer no row of the file touched: it is not written again. */
  changed: boolean;
}

export async function commitImport(
  db: CallprepDatabase,
  input: { fileName: string; content: string; mapping: ImportMapping },
  region: string,
  now: number,
): Promise<ImportReport> {
  const file = readImportFile(input.fileName, input.content);
  const mapping = checkMapping(input.mapping, file.columns);
  const report: ImportReport = { imported: 0, merged: 0, skipped: [], adjusted: [] };
  const rows = file.rows.map((row, i) => ({ row: i + 1, result: rowToDraft(row, mapping, region, now) }));
  const keys = [...new Set(rows.flatMap(({ result }) => ('draft' in result ? (result.draft.phones ?? []).map((p) => p.e164) : [])))];

  await db.transaction('rw', db.customers, async () => {
    const byNumber = new Map<string, Entry>();
    const entries: Entry[] = [];
    const remember = (entry: Entry) => (entry.draft.phones ?? []).forEach((p) => byNumber.set(p.e164, entry));
    for (const c of await db.customers.where('phoneKeys').anyOf(keys).toArray()) {
      const entry = { id: c.id, createdAt: c.createdAt, draft: c, changed: false };
      entries.push(entry);
      remember(entry);
    }
    for (const { row, result } of rows) {
      if ('skip' in result) {
        report.skipped.push({ row, reason: result.skip });
        continue;
      }
      const changes = [...result.changes];
      const known = (result.draft.phones ?? []).map((p) => byNumber.get(p.e164)).find(Boolean);
      if (known) {
        // Merged lists can outgrow the limits that each part fits: fitted again, said on this row.
        const merged = fitDraft(mergeDraft(known.draft, result.draft));
        changes.push(...merged.changes.map((c) => t('importMergedInto', merged.draft.name, c)));
        known.draft = merged.draft;
        known.changed = true;
        report.merged += 1;
        remember(known);
      } else {
        const entry = { id: newId(), createdAt: now, draft: result.draft, changed: true };
        entries.push(entry);
        remember(entry);
        report.imported += 1;
      }
      if (changes.length > 0) report.adjusted.push({ row, changes });
    }
    const customers: CustomerRow[] = entries.filter((e) => e.changed).map((e) => buildCustomer(e.draft, e.id, e.createdAt, now));
    await db.customers.bulkPut(customers);
  });
  return report;
}
