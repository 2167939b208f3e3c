/**
 * The call notes as typed during the call and at the wrap-up: a text area that saves itself
 * (use-call-notes.ts), says whether the notes are saved, and says when text came from elsewhere
 * (merged with another tab's, recovered after a crash). When that text replaces what is on screen
 * while the user types, the caret stays where it was relative to the text after it.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { t } from '../../shared/i18n/messages.ts';
import { SaveIndicator } from './save-indicator.tsx';
import type { CallNotes } from './use-call-notes.ts';

interface Props {
  notes: CallNotes;
  label: string;
  testId: string;
  rows: number;
  placeholder?: string;
  /** A check that failed (the wrap-up's "notes are empty"). */
  error?: string;
  class?: string;
}

/** Where the caret goes when `before` becomes `after`: as far from the end as before if what followed it is still the end. */
export function caretAfter(before: string, after: string, caret: number): number {
  const rest = before.slice(caret);
  return after.endsWith(rest) ? after.length - rest.length : Math.min(caret, after.length);
}

export function NotesField({ notes, label, testId, rows, placeholder, error, class: extra }: Props) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const shown = useRef({ text: notes.text, caret: notes.text.length });

  useLayoutEffect(() => {
    const el = area.current;
    const before = shown.current;
    shown.current = { text: notes.text, caret: el?.selectionStart ?? notes.text.length };
    if (!el || before.text === notes.text || document.activeElement !== el) return;
    const caret = caretAfter(before.text, notes.text, before.caret);
    el.setSelectionRange(caret, caret);
    shown.current.caret = caret;
  }, [notes.text]);

  return (
    <div class={['cp-field', extra].filter(Boolean).join(' ')}>
      <div class="cp-row">
        <label for={id} class="cp-field__label">
          {label}
        </label>
        <span class="cp-spacer" />
        <SaveIndicator status={notes.status} />
      </div>
      <textarea
        id={id}
        ref={area}
        class="cp-textarea card-notes"
        rows={rows}
        value={notes.text}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
        onInput={(e) => {
          shown.current = { text: e.currentTarget.value, caret: e.currentTarget.selectionStart };
          notes.change(e.currentTarget.value);
        }}
        onKeyUp={(e) => void (shown.current.caret = e.currentTarget.selectionStart)}
        onClick={(e) => void (shown.current.caret = e.currentTarget.selectionStart)}
        onBlur={() => void notes.flush()}
      />
      {error && (
        <span id={`${id}-error`} class="cp-field__error" role="alert">
          {error}
        </span>
      )}
      {notes.notice && (
        <p class="card-notes-notice" role="status" data-testid={`${testId}-notice`}>
          {t(notes.notice)}
        </p>
      )}
      <ErrorBanner message={notes.error} testId={`${testId}-error`} />
    </div>
  );
}
