/**
 * A value edited in place: click (or Enter) to edit, Enter or leaving the field saves, Escape
 * cancels. Multi-line values save on leaving the field or Ctrl/⌘+Enter. `parse` turns the text into
 * what is saved or throws a sentence saying what is wrong, shown under the field.
 *
 * An edit is saved with the `onSave` of the moment it began, so the background compares it with the
 * value the user saw then, even if the card has reloaded the record since (another tab changed it).
 * After a refusal ("changed in another tab …") saving again uses the value shown now.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SelectOption } from '../shared/field.tsx';
import { describeError } from '../shared/describe-error.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  label: string;
  /** The value as text for the editor. */
  value: string;
  /** Shown instead when the value is empty, e.g. "Add a company". */
  placeholder: string;
  onSave: (text: string) => Promise<unknown>;
  multiline?: boolean;
  options?: readonly SelectOption[];
  inputType?: 'text' | 'email' | 'number';
  /** Display text when it differs from the edit text (e.g. a list shown as chips is edited as "a, b"). */
  display?: ComponentChildren;
  testId?: string;
  /** An Element Timing identifier for the shown value, for when it was first painted (read with a
   *  buffered PerformanceObserver of type "element" in the card's own frame; the page cannot). */
  timing?: string;
  class?: string;
}

type Mode = 'view' | 'edit' | 'saving';

export function InlineEdit({ label, value, placeholder, onSave, multiline, options, inputType, display, testId, timing, class: extra }: Props) {
  const [mode, setModeState] = useState<Mode>('view');
  // Blur, Enter and a select's change can all fire for one edit; the ref lets only the first save.
  const modeRef = useRef<Mode>('view');
  const setMode = (next: Mode) => {
    modeRef.current = next;
    setModeState(next);
  };
  const [draft, setDraft] = useState(value);
  // null: save with the current onSave (after a refusal, the user saw what is stored now).
  const saveFrom = useRef<Props['onSave'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const editor = useRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(null);
  const viewButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (mode === 'edit') editor.current?.focus();
  }, [mode]);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 2000);
    return () => clearTimeout(timer);
  }, [saved]);

  const start = () => {
    saveFrom.current = onSave;
    setDraft(value);
    setError(null);
    setMode('edit');
  };
  const cancel = () => {
    setMode('view');
    setError(null);
    queueMicrotask(() => viewButton.current?.focus());
  };
  const commit = async (text = draft) => {
    if (modeRef.current !== 'edit') return;
    if (text === value) return cancel();
    setMode('saving');
    try {
      await (saveFrom.current ?? onSave)(text);
      setMode('view');
      setError(null);
      setSaved(true);
    } catch (e) {
      saveFrom.current = null;
      setError(describeError(e));
      setMode('edit');
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      // Handled here: Escape must not also close the whole card.
      e.preventDefault();
      e.stopPropagation();
      cancel();
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void commit();
    }
  };

  const cls = ['cp-inline', extra].filter(Boolean).join(' ');
  if (mode === 'view') {
    return (
      <span class={cls} data-testid={testId}>
        {/* Named by its visible text (WCAG 2.5.3 "label in name"); the field and "Edit" are its description. */}
        <button type="button" ref={viewButton} class="cp-inline__view" onClick={start} title={`${label}. ${t('edit')}`} {...(timing ? { elementtiming: timing } : {})}>
          {value ? (display ?? value) : <span class="cp-inline__placeholder">{placeholder}</span>}
        </button>
        {saved && (
          <span class="cp-inline__saved" role="status">
            {t('saveSaved')}
          </span>
        )}
      </span>
    );
  }
  const common = {
    ref: editor,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    disabled: mode === 'saving',
    onKeyDown,
    onBlur: () => void commit(),
    'data-testid': testId ? `${testId}-input` : undefined,
  };
  return (
    <span class={`${cls} cp-inline--editing`}>
      {options ? (
        <select {...common} class="cp-select" value={draft} onChange={(e) => {
            // A choice from a list is final: save it at once.
            setDraft(e.currentTarget.value);
            void commit(e.currentTarget.value);
          }}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} class="cp-textarea" value={draft} rows={3} onInput={(e) => setDraft(e.currentTarget.value)} />
      ) : (
        <input {...common} class="cp-input" type={(inputType ?? 'text') as 'text'} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      )}
      {error && (
        <span class="cp-field__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
