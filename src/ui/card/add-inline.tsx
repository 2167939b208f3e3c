/** A one-line "add" form: a labelled input and a button; Enter submits, the input clears on success. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from '../shared/button.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { useAction } from '../shared/use-action.ts';
import type { FailureKey } from '../shared/describe-error.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  label: string;
  placeholder: string;
  /** Completes "Could not …". */
  what: FailureKey;
  onAdd: (text: string) => Promise<unknown>;
  testId: string;
  /** Extra controls between the input and the button (e.g. a due date). */
  extra?: ComponentChildren;
  buttonText?: string;
}

export function AddInline({ label, placeholder, what, onAdd, testId, extra, buttonText = t('add') }: Props) {
  const [text, setText] = useState('');
  const add = useAction(what, async () => {
    await onAdd(text.trim());
    setText('');
  });
  const submit = (e: Event) => {
    e.preventDefault();
    if (text.trim()) void add.run();
  };
  return (
    <form class="card-add" onSubmit={submit} data-testid={testId}>
      <div class="card-add__row">
        <input class="cp-input" aria-label={label} placeholder={placeholder} value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid={`${testId}-input`} />
        {extra}
        <Button type="submit" size="small" busy={add.busy} disabled={!text.trim()} data-testid={`${testId}-submit`}>
          {buttonText}
        </Button>
      </div>
      <ErrorBanner message={add.error} onDismiss={add.clearError} />
    </form>
  );
}
