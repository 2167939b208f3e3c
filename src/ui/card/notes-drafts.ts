/**
 * Call notes kept on this device at every keystroke until the background has them, one entry per
 * open card (two tabs on one call never overwrite each other's draft). An entry holds the text and
 * the state it was typed from, so sending it again later merges instead of overwriting; it is
 * removed as soon as the background has stored that text. What is left after a closed tab or a
 * killed browser is sent again when the call is opened next (notes-sync.ts).
 */
import * as v from 'valibot';
import { GuardError, parseOrThrow } from '../../shared/guard.ts';
import { finite, recordId, text } from '../../shared/records/fields.ts';
import { NOTES_MAX, NotesBaseSchema } from '../../shared/revision.ts';
import type { CardStorage } from './card-storage.tsx';

const NotesDraftSchema = v.object({
  callId: recordId,
  text: text(NOTES_MAX),
  base: NotesBaseSchema,
  /** When it was typed (epoch ms). */
  at: finite,
});
export type NotesDraft = v.InferOutput<typeof NotesDraftSchema>;

/** What every draft's storage.local key starts with. */
export const DRAFT_KEY_PREFIX = 'callprep:draft:';

/** The key of one card's draft of one call. */
export const draftKey = (callId: string, cardId: string): string => `${DRAFT_KEY_PREFIX}${callId}:${cardId}`;

export const writeDraft = (storage: CardStorage, key: string, draft: NotesDraft): Promise<void> => storage.set({ [key]: draft });

export const removeDraft = (storage: CardStorage, key: string): Promise<void> => storage.remove([key]);

/** Every card's draft of this call, oldest first; an entry that is not a draft (damaged, or from another version) is reported and skipped. */
export async function draftsOf(storage: CardStorage, callId: string): Promise<Array<{ key: string; draft: NotesDraft }>> {
  const all = await storage.get(null);
  const found: Array<{ key: string; draft: NotesDraft }> = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(`${DRAFT_KEY_PREFIX}${callId}:`)) continue;
    try {
      found.push({ key, draft: parseOrThrow(NotesDraftSchema, value) });
    } catch (error) {
      if (!(error instanceof GuardError)) throw error;
      console.error(`Callprep: the saved draft ${key} is unreadable (${error.message}); it is left where it is.`);
    }
  }
  return found.sort((a, b) => a.draft.at - b.draft.at);
}
