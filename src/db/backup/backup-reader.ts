/**
 * Reads a backup file slice by slice with a streaming JSON parser, handing over its rows table by
 * table as each slice completes them: a backup of any size is read without holding its text, or
 * all its rows, at once. Both layouts are read: dexie-export-import's (./backup-file.ts) and the
 * first one ({ "format": "callprep-backup", "version": 1, "customers": […], …, "settings": {…} }).
 */
import { JSONParser } from '@streamparser/json';
import { Refusal } from '../errors.ts';
import { t } from '../../shared/i18n/messages.ts';

export const BACKUP_TABLES = ['customers', 'concerns', 'commitments', 'calls', 'followUps', 'settings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
const isBackupTable = (name: unknown): name is BackupTable => BACKUP_TABLES.includes(name as BackupTable);

/** 1 MiB: a few thousand rows per slice. */
const SLICE_BYTES = 1 << 20;

export interface BackupLayout {
  layout: 'dexie' | 'callprep-v1';
  /** The database schema version (dexie layout) or the layout version (first layout). */
  version: number;
}

export type RowsHandler = (table: BackupTable, rows: unknown[]) => void | Promise<void>;
/** Reads one slice; the restore passes one that keeps its transaction alive meanwhile. */
export type SliceReader = (slice: Blob) => Promise<ArrayBuffer>;

const PATHS = [
  '$.formatName', '$.formatVersion', '$.data.databaseVersion', '$.data.data.*.tableName', '$.data.data.*.rows.*',
  '$.format', '$.version', '$.settings', ...BACKUP_TABLES.filter((t) => t !== 'settings').map((t) => `$.${t}.*`),
];

const notBackup = (why: string) => new Refusal(t('refuse_notBackupBecause', why));

export async function readBackup(file: Blob, onRows: RowsHandler, readSlice: SliceReader = (s) => s.arrayBuffer()): Promise<BackupLayout> {
  const parser = new JSONParser({ paths: PATHS, keepStack: false });
  const found: Array<{ table: BackupTable; row: unknown }> = [];
  const tableOfEntry = new Map<number, string>();
  const marks: Record<string, unknown> = {};
  let problem: Refusal | undefined;

  parser.onValue = ({ value, key, stack }) => {
    const path = [...stack.slice(1).map((s) => s.key), key];
    const [first, second, third, fourth] = path;
    if (path.length === 1 && typeof first === 'string' && first !== 'settings') marks[first] = value;
    else if (path.length === 2 && first === 'data' && second === 'databaseVersion') marks.databaseVersion = value;
    else if (path.length === 4 && fourth === 'tableName') tableOfEntry.set(third as number, String(value));
    else if (path.length === 1 && first === 'settings') found.push({ table: 'settings', row: { key: 'settings', value } });
    else if (path.length === 2 && isBackupTable(first)) found.push({ table: first, row: value });
    else if (path.length === 5) {
      const table = tableOfEntry.get(third as number);
      if (!isBackupTable(table)) problem ??= notBackup(table === undefined ? t('backupWhy_rowsFirst') : t('backupWhy_table', table.slice(0, 40)));
      else found.push({ table, row: value });
    }
  };

  const layout = (): BackupLayout => {
    if (marks.formatName === 'dexie' && marks.formatVersion === 1) return { layout: 'dexie', version: Number(marks.databaseVersion) };
    if (marks.format === 'callprep-backup') return { layout: 'callprep-v1', version: Number(marks.version) };
    throw notBackup(t('backupWhy_noHeader'));
  };

  const flush = async () => {
    if (problem) throw problem;
    if (found.length === 0) return;
    layout();
    // One call per run of rows of the same table, in file order.
    let start = 0;
    for (let i = 1; i <= found.length; i++) {
      if (i === found.length || found[i]!.table !== found[start]!.table) {
        await onRows(found[start]!.table, found.slice(start, i).map((f) => f.row));
        start = i;
      }
    }
    found.length = 0;
  };

  for (let offset = 0; offset < file.size; offset += SLICE_BYTES) {
    const bytes = new Uint8Array(await readSlice(file.slice(offset, offset + SLICE_BYTES)));
    try {
      parser.write(bytes);
    } catch (error) {
      throw notBackup(t('backupWhy_notJson', (error as Error).message));
    }
    await flush();
  }
  if (!parser.isEnded) {
    try {
      parser.end();
    } catch (error) {
      throw notBackup(t('backupWhy_notJson', (error as Error).message));
    }
  }
  await flush();
  return layout();
}
