/** The "export notes" file in the format the user chose, built as a Blob from parts. */
import type { CallprepDatabase } from '../database.ts';
import type { SavedFile } from '../files/saved-file.ts';
import { followUpsIcs } from './follow-ups-ics.ts';
import { notesCsvParts } from './notes-csv.ts';
import { exportFileName, readNotesData } from './notes-data.ts';
import { notesJsonParts } from './notes-json.ts';

export type NotesFormat = 'csv' | 'json' | 'ics';

export async function exportNotes(db: CallprepDatabase, format: NotesFormat, now: number): Promise<SavedFile> {
  return db.transaction('r', db.customers, db.calls, db.followUps, async () => {
    const data = await readNotesData(db);
    const file = (kind: string, extension: string, type: string, parts: string[]) => ({
      filename: exportFileName(kind, extension, now),
      blob: new Blob(parts, { type }),
    });
    if (format === 'csv') return file('notes', 'csv', 'text/csv;charset=utf-8', notesCsvParts(data));
    if (format === 'json') return file('notes', 'json', 'application/json', await notesJsonParts(db, data, now));
    return file('follow-ups', 'ics', 'text/calendar;charset=utf-8', [followUpsIcs(data, now)]);
  });
}
