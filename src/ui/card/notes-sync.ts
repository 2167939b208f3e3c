/**
 * The notes of one call as one card edits them, kept in step with the background:
 * - every keystroke goes to this device's storage at once (notes-drafts.ts), and to the background
 *   ~400 ms after the last one, at once on `flush()` (blur, End call, the card closing or hidden);
 * - each save names the state it was typed from, so the background merges notes saved meanwhile
 *   from another tab instead of overwriting them; the card then shows the merged text, with what was
 *   typed during the save put on top of it;
 * - `refresh()` takes in notes saved elsewhere (the background announced a change, the card was
 *   shown again); `recover()` sends again what an earlier card of this call typed and never saw saved.
 * Saves, refreshes and recoveries run one after another, so an older answer never lands over a newer one.
 */
import type { Client } from '../../shared/client.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { Call } from '../../shared/model.ts';
import { revisionOf, type NotesBase } from '../../shared/revision.ts';
import { mergeText } from '../../shared/text-merge.ts';
import { failedTo, type FailureKey } from '../shared/describe-error.ts';
import type { CardStorage } from './card-storage.tsx';
import { draftKey, draftsOf, removeDraft, writeDraft } from './notes-drafts.ts';

export type NotesStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface NotesState {
  /** What the notes field shows. */
  text: string;
  status: NotesStatus;
  /** "Could not save the notes: …", or null. */
  error: string | null;
  /** Text that came from elsewhere (merged with another tab's notes, recovered after a crash): the message key. */
  notice: (typeof NOTICES)[keyof typeof NOTICES] | null;
  /** The call as last stored; `status: 'closed'` once it was wrapped up (maybe in another tab). */
  call: Call;
}

export interface NotesSyncDeps {
  client: Client;
  storage: CardStorage;
  /** This card's id among all open cards (its drafts are its own). */
  cardId: string;
  onChange: (state: NotesState) => void;
  delayMs?: number;
  /** After a failed save, when to try again (the draft is safe meanwhile). */
  retryMs?: number;
}

/** The notices the call view shows, by what happened (each a message in the user's language). */
export const NOTICES = {
  merged: 'notesMerged',
  updated: 'notesUpdated',
  recovered: 'notesRecovered',
  closed: 'notesClosedElsewhere',
} as const satisfies Record<string, MessageKey>;

export class NotesSync {
  private state: NotesState;
  private base: NotesBase;
  private chain: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly key: string;
  private stopped = false;
  /** A save of this card is waiting for its answer. */
  private saving = false;
  /** The newest revision announced while a save was out (see changed()). */
  private announcedDuringSave = 0;

  constructor(
    private readonly deps: NotesSyncDeps,
    call: Call,
    /** The text to show, when the view before had newer text than the stored call (a failed save). */
    text = call.notes,
  ) {
    this.key = draftKey(call.id, deps.cardId);
    this.base = { revision: revisionOf(call), notes: call.notes };
    this.state = { text, status: text === call.notes ? 'idle' : 'pending', error: null, notice: null, call };
    if (text !== call.notes) {
      this.keepDraft();
      this.schedule(this.deps.delayMs ?? 400);
    }
  }

  get current(): NotesState {
    return this.state;
  }

  /** The stored notes this card's text was typed from (a wrap-up sends it along). */
  get savedBase(): NotesBase {
    return this.base;
  }

  /** The user typed: keep it on this device now, send it once typing pauses. */
  change(text: string): void {
    this.set({ text, status: 'pending' });
    this.keepDraft();
    this.schedule(this.deps.delayMs ?? 400);
  }

  /** Sends what is not saved yet; resolves when every save queued so far is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    return this.enqueue('fail_saveNotes', () => this.save());
  }

  /**
   * The background announced that this call is now at `revision`. Nothing to read when that is the
   * state this card saved; while its own save is out, the announcement is most likely that save's
   * (the answer and the announcement travel apart), so it is read only if the answer turns out older.
   */
  changed(revision: number | undefined): void {
    if (revision === this.base.revision) return;
    // No revision named: something changed, read it in any case.
    if (this.saving) this.announcedDuringSave = Math.max(this.announcedDuringSave, revision ?? Number.POSITIVE_INFINITY);
    else void this.refresh();
  }

  /**
   * Takes in what is stored now (the background announced a change to this call, the card is shown
   * again). The read does not wait for queued saves, nor they for it: what it brings is queued once
   * it is here (a save typed while the database was busy is not held behind the read), and applied
   * only if newer than what the saves brought meanwhile.
   */
  async refresh(): Promise<void> {
    const read: Promise<Call | null> = this.deps.client('call/get', { id: this.state.call.id });
    // Settled first, then queued: a failed read is reported by its queued step, like a failed save.
    const outcome = await read.then((call) => ({ call }), (error: unknown) => ({ error }));
    return this.enqueue('fail_loadOtherTabNotes', async () => {
      if ('error' in outcome) throw outcome.error;
      const { call } = outcome;
      const newer = call !== null && (revisionOf(call) > this.base.revision || (call.status === 'closed' && this.state.call.status !== 'closed'));
      if (newer) this.adopt(call, null);
    });
  }

  /** Sends again the drafts earlier cards of this call left behind (tab closed, browser killed). */
  recover(): Promise<void> {
    return this.enqueue('fail_recoverNotes', async () => {
      const before = this.base.notes;
      for (const { key, draft } of await draftsOf(this.deps.storage, this.state.call.id)) {
        if (key === this.key) continue;
        if (draft.text !== draft.base.notes) {
          const call = await this.deps.client('call/save-notes', { callId: draft.callId, notes: draft.text, base: draft.base });
          this.adopt(call, null);
        }
        await removeDraft(this.deps.storage, key);
      }
      if (this.base.notes !== before) this.set({ notice: NOTICES.recovered });
    });
  }

  /** Stops timers; what is unsaved stays in the draft (and a last save is tried). */
  stop(): Promise<void> {
    this.stopped = true;
    return this.flush();
  }

  /** Runs after everything queued before; a failure is shown, and unsaved text is tried again a little later. */
  private enqueue(what: FailureKey, step: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(step).catch((error: unknown) => {
      const unsaved = this.state.text !== this.base.notes;
      this.set({ status: unsaved ? 'error' : this.state.status, error: failedTo(what, error) });
      if (unsaved) this.schedule(this.deps.retryMs ?? 10_000);
    });
    return this.chain;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.stopped) this.timer = setTimeout(() => void this.flush(), ms);
  }

  private async save(): Promise<void> {
    const sent = this.state.text;
    if (sent === this.base.notes) {
      if (this.state.status === 'pending' || this.state.status === 'error') this.set({ status: 'saved', error: null });
      return;
    }
    this.set({ status: 'saving' });
    this.saving = true;
    try {
      const call = await this.deps.client('call/save-notes', { callId: this.state.call.id, notes: sent, base: this.base });
      this.adopt(call, sent);
    } finally {
      this.saving = false;
      const announced = this.announcedDuringSave;
      this.announcedDuringSave = 0;
      // Changed again after the state this save brought back (another tab): read it.
      if (announced > this.base.revision) void this.refresh();
    }
  }

  /**
   * The stored call becomes the base. The text on screen was typed from `sent` (a save's text) or
   * from the old base: what was typed since is merged on top of the stored notes.
   */
  private adopt(call: Call, sent: string | null): void {
    const typedFrom = sent ?? this.base.notes;
    const onScreen = this.state.text;
    const text = onScreen === typedFrom ? call.notes : mergeText(typedFrom, call.notes, onScreen);
    const closedNow = call.status === 'closed' && this.state.call.status !== 'closed';
    const fromElsewhere = sent === null ? text !== onScreen : call.notes !== sent;
    this.base = { revision: revisionOf(call), notes: call.notes };
    const clean = text === call.notes;
    const notice = closedNow ? NOTICES.closed : fromElsewhere ? (sent === null ? NOTICES.updated : NOTICES.merged) : this.state.notice;
    this.set({ text, call, notice, error: null, status: clean ? (sent === null && this.state.status === 'idle' ? 'idle' : 'saved') : 'pending' });
    if (clean) void removeDraft(this.deps.storage, this.key).catch(this.reportStorage);
    else {
      this.keepDraft();
      this.schedule(this.deps.delayMs ?? 400);
    }
  }

  private keepDraft(): void {
    const draft = { callId: this.state.call.id, text: this.state.text, base: this.base, at: Date.now() };
    void writeDraft(this.deps.storage, this.key, draft).catch(this.reportStorage);
  }

  private readonly reportStorage = (error: unknown): void => {
    // The background save still runs; only the copy on this device is missing, which the user should know.
    this.set({ error: failedTo('fail_keepNotes', error) });
  };

  private set(patch: Partial<NotesState>): void {
    this.state = { ...this.state, ...patch };
    this.deps.onChange(this.state);
  }
}
