import type { NotesStatus } from './notes-sync.ts';
import { t, type MessageKey } from '../../shared/i18n/messages.ts';

const TEXT: Record<NotesStatus, MessageKey | null> = {
  idle: null,
  pending: 'saveEditing',
  saving: 'saveSaving',
  saved: 'saveSaved',
  error: 'saveNotSaved',
};
const textOf = (status: NotesStatus): string => {
  const key = TEXT[status];
  return key ? t(key) : '';
};

/** "Saving…" / "Saved" next to a field that saves itself; announced politely. */
export function SaveIndicator({ status }: { status: NotesStatus }) {
  return (
    <span class={`card-save card-save--${status}`} role="status" aria-live="polite" data-testid="notes-status" data-status={status}>
      {status === 'saved' && <span aria-hidden="true">✓ </span>}
      {textOf(status)}
    </span>
  );
}
