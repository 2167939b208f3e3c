import { nothing } from '../records/fields.ts';
import { answer, message } from './define.ts';

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
  'backup/restored': message('ui', nothing, answer<{ nextReminderAt: number | null }>()),
  /** Adds the demo customers (stable ids: loading twice does not duplicate them). */
  'data/load-samples': message('ui', nothing, answer<RecordCounts>()),
};
