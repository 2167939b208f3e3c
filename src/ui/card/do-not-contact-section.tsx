/**
 * Marking a customer (or this number) do-not-call, -e-mail or -text, with a reason; the date is the
 * day it is marked. Removing a mark is one click. The background enforces the marks; this only sets them.
 */
import { useState } from 'preact/hooks';
import { OPT_OUT_CHANNELS, optOutsFor, type OptOutChannel } from '../../shared/do-not-contact.ts';
import { t, type MessageKey } from '../../shared/i18n/messages.ts';
import type { Customer, CustomerPatch, OptOut } from '../../shared/model.ts';
import { Button } from '../shared/button.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { Checkbox, TextInput } from '../shared/field.tsx';
import { Section } from '../shared/section.tsx';
import { useAction } from '../shared/use-action.ts';
import type { SaveCustomer } from './customer-save.ts';
import { OPT_OUT_TITLES } from './do-not-contact-banner.tsx';

const MARK_KEYS: Record<OptOutChannel, MessageKey> = { phone: 'dnc_markPhone', email: 'dnc_markEmail', sms: 'dnc_markSms' };

interface Props {
  customer: Customer;
  e164: string;
  save: SaveCustomer;
}

/** The patch that sets (or, with null, removes) a mark on the customer or on one of their numbers. */
export function markPatch(customer: Customer, channel: OptOutChannel, mark: OptOut | null, onNumber?: string): CustomerPatch {
  const next = <T extends Partial<Record<OptOutChannel, OptOut>>>(marks: T | undefined): T => {
    const copy = { ...marks } as T;
    if (mark) (copy as Partial<Record<OptOutChannel, OptOut>>)[channel] = mark;
    else delete copy[channel];
    return copy;
  };
  if (onNumber === undefined || channel === 'email') return { doNotContact: next(customer.doNotContact) };
  return { phones: customer.phones.map((p) => (p.e164 === onNumber ? { ...p, doNotContact: next(p.doNotContact) } : p)) };
}

export function DoNotContactSection({ customer, e164, save }: Props) {
  const [editing, setEditing] = useState<OptOutChannel | null>(null);
  const [reason, setReason] = useState('');
  const [onlyNumber, setOnlyNumber] = useState(false);
  const marks = optOutsFor(customer, e164);
  const apply = useAction('fail_saveField', async (patch: CustomerPatch) => {
    await save(patch);
    setEditing(null);
  });
  const hasNumber = customer.phones.some((p) => p.e164 === e164);
  return (
    <Section title={t('dnc_section')} testId="dnc-edit">
      <ErrorBanner message={apply.error} onDismiss={apply.clearError} />
      {OPT_OUT_CHANNELS.map((channel) => {
        const set = marks.find((m) => m.channel === channel);
        if (set) {
          return (
            <div key={channel} class="card-dnc-edit__row cp-row">
              <span>
                <strong>{t(OPT_OUT_TITLES[channel])}</strong>
                {set.onNumber && ` (${t('dnc_thisNumber')})`}
              </span>
              <span class="cp-spacer" />
              <Button size="small" variant="ghost" busy={apply.busy} data-testid={`dnc-remove-${channel}`} onClick={() => void apply.run(markPatch(customer, channel, null, set.onNumber ? e164 : undefined))}>
                {t('dnc_remove')}
              </Button>
            </div>
          );
        }
        if (editing !== channel) {
          return (
            <div key={channel} class="card-dnc-edit__row">
              <Button size="small" data-testid={`dnc-mark-${channel}`} onClick={() => (setEditing(channel), setReason(''), setOnlyNumber(false))}>
                {t(MARK_KEYS[channel])}
              </Button>
            </div>
          );
        }
        return (
          <form
            key={channel}
            class="card-dnc-edit__row"
            onSubmit={(e) => {
              e.preventDefault();
              const mark = { reason: reason.trim(), since: Date.now() };
              void apply.run(markPatch(customer, channel, mark, onlyNumber ? e164 : undefined));
            }}
          >
            <TextInput label={t('dnc_reason')} value={reason} placeholder={t('dnc_reasonPlaceholder')} testId="dnc-reason" onInput={(e) => setReason(e.currentTarget.value)} />
            {channel !== 'email' && hasNumber && <Checkbox label={t('dnc_onlyThisNumber')} checked={onlyNumber} testId="dnc-only-number" onChange={setOnlyNumber} />}
            <div class="cp-row">
              <Button type="submit" variant="primary" size="small" busy={apply.busy} data-testid="dnc-save">
                {t(MARK_KEYS[channel])}
              </Button>
              <Button size="small" variant="ghost" onClick={() => setEditing(null)}>
                {t('cancel')}
              </Button>
            </div>
          </form>
        );
      })}
    </Section>
  );
}
