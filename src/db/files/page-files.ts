/**
 * Backup, restore and notes export, run in the extension page that asks (options page, popup) on
 * its own connection to the database. Why not in the background, like every other data operation:
 * - a runtime message carries at most 64 MiB in Chrome (it is serialised as JSON), and the backup of
 *   115,712 customers did not fit (issue 9); chunking over a port would still need the page to
 *   assemble the file;
 * - Chrome's background is a service worker, which has no URL.createObjectURL, so it cannot hand a
 *   page a Blob URL to save, and chrome.downloads would need another permission;
 * - an extension page has the background's origin, so it opens the same IndexedDB, in Chrome and in
 *   Firefox alike, and can stream a Blob from it and save it with an <a download>.
 * Only extension pages import this (eslint.config.js lets src/ui import src/db/files and nothing else
 * of src/db); the content script never does. After a restore the page tells the background
 * (`backup/restored`), which sets the reminder alarm again and tells open tabs about the settings.
 */
import type { RecordCounts } from '../../shared/protocol/index.ts';
import { makeBackup } from '../backup/backup-file.ts';
import { restoreBackup } from '../backup/restore.ts';
import { getDatabase } from '../database.ts';
import { exportNotes, type NotesFormat } from '../export/export-notes.ts';
import type { SavedFile } from './saved-file.ts';

export type { NotesFormat } from '../export/export-notes.ts';
export type { SavedFile } from './saved-file.ts';

/** What a page does with files; components take it so tests can pass their own. */
export interface PageFiles {
  backup(): Promise<SavedFile>;
  /** Replaces everything with the backup, or changes nothing and throws what is wrong with it. */
  restore(file: Blob): Promise<RecordCounts>;
  exportNotes(format: NotesFormat): Promise<SavedFile>;
}

export const databaseFiles: PageFiles = {
  backup: () => makeBackup(getDatabase(), Date.now()),
  restore: (file) => restoreBackup(getDatabase(), file),
  exportNotes: (format) => exportNotes(getDatabase(), format, Date.now()),
};
