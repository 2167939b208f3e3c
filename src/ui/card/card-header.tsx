/** The card's top: who this is (name, title · company, editable in place), the number, and ✕. */
import type { ComponentChildren } from 'preact';
import type { Customer } from '../../shared/model.ts';
import { Badge } from '../shared/badge.tsx';
import { InlineEdit } from './inline-edit.tsx';
import { phoneLabelName } from './labels.ts';
import type { SaveCustomer } from './customer-save.ts';
import { t } from '../../shared/i18n/messages.ts';
import { NAME_FRAME_MARK, NAME_PAINT_TIMING } from '../../shared/card-frame.ts';
import { useEffect } from 'preact/hooks';

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
    <button type="button" class="card-close" onClick={onClose} aria-label={t('close')} title={t('closeEsc')} data-testid="close" data-gate-exempt>
      ✕
    </button>
  );
}

/** NAME_FRAME_MARK, once per card page, once the name is rendered. */
function useNameFrameMark(named: boolean): void {
  useEffect(() => {
    if (!named || performance.getEntriesByName(NAME_FRAME_MARK).length) return;
    const frame = requestAnimationFrame(() => performance.mark(NAME_FRAME_MARK));
    return () => cancelAnimationFrame(frame);
  }, [named]);
}

export function CardHeader({ raw, e164, onClose, customer, save, title, children }: Props) {
  const phone = customer?.phones.find((p) => p.e164 === e164);
  useNameFrameMark(Boolean(customer && save));
  return (
    <header class="card-head">
      <div class="card-head__main">
        {customer && save ? (
          <>
            <h1 class="card-head__name">
              <InlineEdit label={t('fieldName')} value={customer.name} placeholder={t('addName')} testId="customer-name" timing={NAME_PAINT_TIMING} onSave={(v) => save({ name: requireName(v) })} />
            </h1>
            <div class="card-head__role">
              <InlineEdit label={t('fieldTitle')} value={customer.title ?? ''} placeholder={t('addTitle')} testId="customer-title" onSave={(v) => save({ title: v.trim() })} />
              <span class="card-head__dot" aria-hidden="true">·</span>
              <InlineEdit label={t('fieldCompany')} value={customer.company ?? ''} placeholder={t('addCompany')} testId="customer-company" onSave={(v) => save({ company: v.trim() })} />
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
          {phone && <Badge testId="number-label">{phoneLabelName(phone.label)}</Badge>}
        </div>
        {children}
      </div>
      <CloseButton onClose={onClose} />
    </header>
  );
}

/** The background refuses a nameless customer too; asking here keeps the field open with the same words. */
function requireName(value: string): string {
  const text = value.trim();
  if (!text) throw new Error(t('refuse_customerName'));
  return text;
}
