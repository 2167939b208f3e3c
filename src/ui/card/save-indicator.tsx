import type { NotesStatus } from './notes-sync.ts';

const TEXT: Record<NotesStatus, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

/** "Saving…" / "Saved" next to a field that saves itself; announced politely. */
export function SaveIndicator({ status }: { status: NotesStatus }) {
  return (
    <span class={`card-save card-save--${status}`} role="status" aria-live="polite" data-testid="notes-status" data-status={status}>
      {status === 'saved' && <span aria-hidden="true">✓ </span>}
      {TEXT[status]}
    </span>
  );
}
