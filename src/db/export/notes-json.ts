/**
 * Notes as JSON, for other tools. Layout (version 1):
 * {
 *   "format": "callprep-notes", "version": 1, "exportedAt": ISO-8601 UTC,
 *   "customers": Customer[], "calls": Call[] (oldest first), "followUps": FollowUp[] (soonest first)
 * }
 * Records are as in src/shared/model.ts: times in epoch milliseconds, numbers in E.164.
 */
import type { NotesData } from './notes-data.ts';

export const NOTES_JSON_VERSION = 1;

export function notesJson(data: NotesData, now: number): string {
  const doc = { format: 'callprep-notes', version: NOTES_JSON_VERSION, exportedAt: new Date(now).toISOString(), ...data };
  return JSON.stringify(doc, null, 2);
}
