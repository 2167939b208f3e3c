/**
 * A labelled form control: the label is tied to the control by id, hint and error are announced
 * through aria-describedby, and an error marks the control aria-invalid.
 */
import type { ComponentChildren, Ref, TargetedEvent } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  /** Hides the label visually but keeps it for screen readers. */
  hideLabel?: boolean;
  class?: string;
  /** Renders the control with the ids to use. */
  children: (ids: ControlIds) => ComponentChildren;
}

export interface ControlIds {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export function Field({ label, hint, error, hideLabel, class: extra, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={['cp-field', extra].filter(Boolean).join(' ')}>
      <label for={id} class={hideLabel ? 'cp-visually-hidden' : 'cp-field__label'}>
        {label}
      </label>
      {children({ id, 'aria-describedby': described || undefined, 'aria-invalid': error ? true : undefined })}
      {hint && !error && (
        <span id={`${id}-hint`} class="cp-field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} class="cp-field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** What the text, area and select controls accept besides their field props. */
interface ControlProps<E extends HTMLElement> {
  value?: string;
  name?: string;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  autoComplete?: string;
  testId?: string;
  elementRef?: Ref<E>;
  onInput?: (event: TargetedEvent<E, Event>) => void;
  onChange?: (event: TargetedEvent<E, Event>) => void;
  onBlur?: (event: TargetedEvent<E, FocusEvent>) => void;
  onKeyDown?: (event: TargetedEvent<E, KeyboardEvent>) => void;
}

type InputProps = ControlProps<HTMLInputElement> &
  Omit<FieldProps, 'children'> & {
    type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'date' | 'time' | 'search';
    min?: string;
    max?: string;
    step?: string;
    list?: string;
    inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'url' | 'decimal';
  };

export function TextInput({ label, hint, error, hideLabel, class: extra, testId, elementRef, type, ...input }: InputProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} class={extra}>
      {(ids) => <input {...input} {...ids} ref={elementRef} type={type ?? 'text'} class="cp-input" data-testid={testId} />}
    </Field>
  );
}

type TextAreaProps = ControlProps<HTMLTextAreaElement> & Omit<FieldProps, 'children'> & { rows?: number };

export function TextArea({ label, hint, error, hideLabel, class: extra, testId, elementRef, ...area }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} class={extra}>
      {(ids) => <textarea {...area} {...ids} ref={elementRef} class="cp-textarea" data-testid={testId} />}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = ControlProps<HTMLSelectElement> &
  Omit<FieldProps, 'children'> & {
    options: readonly SelectOption[];
    /** A first, empty choice such as "Choose an outcome…". */
    placeholder?: string;
  };

export function Select({ label, hint, error, hideLabel, class: extra, testId, elementRef, options, placeholder, ...select }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} class={extra}>
      {(ids) => (
        <select {...select} {...ids} ref={elementRef} class="cp-select" data-testid={testId}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  class?: string;
  testId?: string;
}

export function Checkbox({ label, checked, onChange, disabled, class: extra, testId }: CheckboxProps) {
  return (
    <label class={['cp-checkbox', extra].filter(Boolean).join(' ')}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
