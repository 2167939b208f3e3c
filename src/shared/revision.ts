/**
 * Versioned writes. Every call and customer carries a revision the background raises on each write,
 * and a save names the state it was based on: the revision and the values the user saw before
 * editing. The background compares those values with what is stored (a revision alone cannot say
 * which field changed, and a record written by an older version has none), merges free text and
 * refuses a structured field that changed meanwhile. Open cards compare revisions to know they
 * show an old state.
 */
import * as v from 'valibot';
import { finite, text } from './records/fields.ts';
import { LIMITS } from './records/limits.ts';

/** A record's revision; records written before revisions existed count as 0. */
export const revisionOf = (record: { revision?: number }): number => record.revision ?? 0;

/** Call notes are as long as a stored call's may be. */
export const NOTES_MAX = LIMITS.callNotes;

/** The call notes a save started from. */
export const NotesBaseSchema = v.object({ revision: finite, notes: text(NOTES_MAX) });
export type NotesBase = v.InferOutput<typeof NotesBaseSchema>;
