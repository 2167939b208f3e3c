/** The card's top: who this is (name, title · company, editable in place), the number, and ✕. */
import type { ComponentChildren } from 'preact';
import type { Customer } from '../../shared/model.ts';
import { Badge } from '../shared/badge.tsx';
import { InlineEdit } from './inline-edit.tsx';
import { PHONE_LABEL_NAMES } from './labels.ts';
import type { SaveCustomer } from './customer-save.ts';

interface Props {
  raw: string;
  e164: string;
  onClose: () => void;
  /** Absent when the number belongs to nobody yet. */
  customer?: Customer;
  save?: SaveCustomer;
  /** Replaces the name line, e.g. "Unknown number". */
  title?: string;
  children?: ComponentChildren;
}

export function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    // Exempt from the visibility gate (action-gate.tsx): closing is never harmful.
    <button type="button" class="card-close" onClick={onClose} aria-label="Close" title="Close (Esc)" data-testid="close" data-gate-exempt>
      ✕
    </button>
  );
}

export function CardHeader({ raw, e164, onClose, customer, save, title, children }: Props) {
  const phone = customer?.phones.find((p) => p.e164 === e164);
  return (
    <header class="card-head">
      <div class="card-head__main">
        {customer && save ? (
          <>
            <h1 class="card-head__name">
              <InlineEdit label="Name" value={customer.name} placeholder="Add a name" testId="customer-name" onSave={(v) => save({ name: requireText(v, 'Name') })} />
            </h1>
            <div class="card-head__role">
              <InlineEdit label="Title" value={customer.title ?? ''} placeholder="Add title" testId="customer-title" onSave={(v) => save({ title: v.trim() })} />
              <span class="card-head__dot" aria-hidden="true">·</span>
              <InlineEdit label="Company" value={customer.company ?? ''} placeholder="Add company" testId="customer-company" onSave={(v) => save({ company: v.trim() })} />
            </div>
          </>
        ) : (
          <h1 class="card-head__name card-head__name--plain" data-testid="card-title">
            {title}
          </h1>
        )}
        <div class="card-head__number">
          <span class="cp-mono" data-testid="number-raw">
            {raw}
          </span>
          {raw !== e164 && <span class="cp-faint cp-mono">{e164}</span>}
          {phone && <Badge testId="number-label">{PHONE_LABEL_NAMES[phone.label]}</Badge>}
        </div>
        {children}
      </div>
      <CloseButton onClose={onClose} />
    </header>
  );
}

function requireText(value: string, what: string): string {
  const text = value.trim();
  if (!text) throw new Error(`${what} cannot be empty`);
  return text;
}
