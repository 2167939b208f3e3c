import { object, str } from '../guard.ts';
import type { ExportFile } from '../views.ts';
import { message } from './define.ts';

/** How many records of each kind a backup, restore or sample load touched. */
export interface RecordCounts {
  customers: number;
  concerns: number;
  commitments: number;
  calls: number;
  followUps: number;
}

export const backupMessages = {
  /** The whole database as one versioned JSON file (see src/db/backup.ts for its layout). */
  'backup/export': message<Record<string, never>, ExportFile>('ui', object({})),
  /** Replaces everything with the backup's content, or changes nothing and says what is wrong with it. */
  'backup/restore': message<{ json: string }, RecordCounts>('ui', object({ json: str(200_000_000) })),
  /** Adds the demo customers (stable ids: loading twice does not duplicate them). */
  'data/load-samples': message<Record<string, never>, RecordCounts>('ui', object({})),
};
