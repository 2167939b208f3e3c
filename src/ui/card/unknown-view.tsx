/**
 * A number nobody has yet: offer to create the customer, prefilled with what the page shows with
 * this very number (the name and company of its row, card or signature: content/nearby-name.ts),
 * never from the page's title, which on a CRM names another customer; or call anyway.
 */
import { useState } from 'preact/hooks';
import type { CardParams } from '../../shared/card-frame.ts';
import { PHONE_LABELS, type Customer, type PhoneLabel } from '../../shared/model.ts';
import { Button } from '../shared/button.tsx';
import { ErrorBanner, SuccessBanner } from '../shared/error-banner.tsx';
import { Select, TextArea, TextInput } from '../shared/field.tsx';
import { useAction } from '../shared/use-action.ts';
import { useClient } from '../shared/client-context.tsx';
import { CallButton } from './call-button.tsx';
import { CardHeader } from './card-header.tsx';
import { parseEmails } from './customer-save.ts';
import { phoneLabelName } from './labels.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  params: CardParams;
  confirmation: string | null;
  onClose: () => void;
  onCreated: (customer: Customer) => Promise<void>;
  onCall: () => void;
}

const labelOptions = () => PHONE_LABELS.map((l) => ({ value: l, label: phoneLabelName(l) }));

export function UnknownView({ params, confirmation, onClose, onCreated, onCall }: Props) {
  const client = useClient();
  const [name, setName] = useState(params.nearbyName ?? '');
  const [company, setCompany] = useState(params.nearbyCompany ?? '');
  const [label, setLabel] = useState<PhoneLabel>('direct');
  const [email, setEmail] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});

  const create = useAction('fail_createCustomer', async () => {
    let emails: string[] = [];
    const found: typeof errors = {};
    if (!name.trim()) found.name = t('enterName');
    try {
      emails = parseEmails(email);
    } catch (e) {
      found.email = (e as Error).message;
    }
    setErrors(found);
    if (found.name || found.email) return;
    const phones = [{ e164: params.e164, label, ...(params.ext ? { ext: params.ext } : {}) }];
    const draft = { name: name.trim(), company: company.trim() || undefined, emails, phones, notes: notes.trim() || undefined };
    await onCreated(await client('customer/create', { draft }));
  });

  return (
    <div class="card-view" data-testid="view-unknown">
      <CardHeader raw={params.raw} e164={params.e164} onClose={onClose} title={t('unknownTitle')}>
        <p class="cp-muted card-head__sub">{t('unknownText')}</p>
      </CardHeader>
      <div class="card-primary">
        <SuccessBanner message={confirmation} testId="confirmation" />
        <CallButton e164={params.e164} ext={params.ext} onCall={onCall} text={t('callAnyway')} variant="secondary" testId="call-anyway" />
      </div>
      <form
        class="card-body cp-section"
        data-testid="create-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create.run();
        }}
      >
        <h2 class="cp-section__title">{t('createCustomer')}</h2>
        <TextInput label={t('fieldName')} value={name} error={errors.name} required autoComplete="off" testId="create-name" onInput={(e) => setName(e.currentTarget.value)} />
        <TextInput label={t('fieldCompany')} value={company} autoComplete="off" testId="create-company" onInput={(e) => setCompany(e.currentTarget.value)} />
        <div class="card-grid2">
          <TextInput label={t('fieldNumber')} value={params.e164} disabled testId="create-number" />
          <Select label={t('fieldNumberType')} options={labelOptions()} value={label} testId="create-label" onChange={(e) => setLabel(e.currentTarget.value as PhoneLabel)} />
        </div>
        <TextInput label={t('fieldEmailOptional')} type="email" value={email} error={errors.email} autoComplete="off" testId="create-email" onInput={(e) => setEmail(e.currentTarget.value)} />
        <TextArea label={t('fieldNotesOptional')} rows={2} value={notes} testId="create-notes" onInput={(e) => setNotes(e.currentTarget.value)} />
        <ErrorBanner message={create.error} onDismiss={create.clearError} />
        <Button type="submit" variant="primary" block busy={create.busy} data-testid="create-save">
          {t('saveCustomer')}
        </Button>
      </form>
    </div>
  );
}
