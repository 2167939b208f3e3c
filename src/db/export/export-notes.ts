/** The "export notes" file in the format the user chose. */
import type { ExportFile } from '../../shared/views.ts';
import type { CallprepDatabase } from '../database.ts';
import { followUpsIcs } from './follow-ups-ics.ts';
import { notesCsv } from './notes-csv.ts';
import { exportFileName, readNotesData } from './notes-data.ts';
import { notesJson } from './notes-json.ts';

export async function exportNotes(db: CallprepDatabase, format: 'csv' | 'json' | 'ics', now: number): Promise<ExportFile> {
  const data = await readNotesData(db);
  if (format === 'csv') return { filename: exportFileName('notes', 'csv', now), mime: 'text/csv;charset=utf-8', content: notesCsv(data) };
  if (format === 'json') return { filename: exportFileName('notes', 'json', now), mime: 'application/json', content: notesJson(data, now) };
  return { filename: exportFileName('follow-ups', 'ics', now), mime: 'text/calendar;charset=utf-8', content: followUpsIcs(data, now) };
}
