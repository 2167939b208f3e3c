import { object } from '../guard.ts';
import { message } from './define.ts';

/** How many records of each kind a backup, restore or sample load touched. */
export interface RecordCounts {
  customers: number;
  concerns: number;
  commitments: number;
  calls: number;
  followUps: number;
}

/*
 * Backup, restore and notes export are not messages: the page that asks does them on its own
 * database connection, streamed (src/db/files/page-files.ts says why).
 */
export const backupMessages = {
  /** A page restored a backup: the background sets the reminder alarm again and tells open tabs about the settings. */
  'backup/restored': message<Record<string, never>, { nextReminderAt: number | null }>('ui', object({})),
  /** Adds the demo customers (stable ids: loading twice does not duplicate them). */
  'data/load-samples': message<Record<string, never>, RecordCounts>('ui', object({})),
};
