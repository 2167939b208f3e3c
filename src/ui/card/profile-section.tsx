/** The customer's details, each editable in place: e-mails, products, service level, tags, zone, notes. */
import type { Customer } from '../../shared/model.ts';
import { Badge } from '../shared/badge.tsx';
import { Section } from '../shared/section.tsx';
import { InlineEdit } from './inline-edit.tsx';
import { parseEmails, splitList, type SaveCustomer } from './customer-save.ts';
import { zoneCity } from '../../shared/time/index.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  customer: Customer;
  save: SaveCustomer;
}

let zoneOptions: Array<{ value: string; label: string }> | undefined;
/** Every zone the browser knows, labelled "New York (America/New_York)"; built once. */
function timeZoneOptions() {
  zoneOptions ??= Intl.supportedValuesOf('timeZone').map((z) => ({ value: z, label: `${zoneCity(z)} (${z})` }));
  return zoneOptions;
}

const chips = (items: readonly string[], tone: 'neutral' | 'accent' = 'neutral') => (
  <span class="card-chips">
    {items.map((i) => (
      <Badge key={i} tone={tone}>
        {i}
      </Badge>
    ))}
  </span>
);

export function ProfileSection({ customer, save }: Props) {
  return (
    <Section title={t('sectionAccount')} testId="profile">
      <dl class="card-fields">
        <dt>{t('products')}</dt>
        <dd>
          <InlineEdit label={t('productsLabel')} value={customer.products.join(', ')} display={chips(customer.products, 'accent')} placeholder={t('addProducts')} testId="customer-products" onSave={(v) => save({ products: splitList(v) })} />
        </dd>
        <dt>{t('serviceLevel')}</dt>
        <dd>
          <InlineEdit label={t('serviceLevel')} value={customer.serviceLevel ?? ''} placeholder={t('addServiceLevel')} testId="customer-service-level" onSave={(v) => save({ serviceLevel: v.trim() })} />
        </dd>
        <dt>{t('tags')}</dt>
        <dd>
          <InlineEdit label={t('tagsLabel')} value={customer.tags.join(', ')} display={chips(customer.tags)} placeholder={t('addTags')} testId="customer-tags" onSave={(v) => save({ tags: splitList(v) })} />
        </dd>
        <dt>{t('email')}</dt>
        <dd>
          <InlineEdit label={t('emailsLabel')} value={customer.emails.join(', ')} placeholder={t('addEmail')} inputType="email" testId="customer-emails" onSave={(v) => save({ emails: parseEmails(v) })} />
        </dd>
        <dt>{t('timeZone')}</dt>
        <dd>
          <InlineEdit label={t('timeZone')} value={customer.timeZone ?? ''} display={customer.timeZone && zoneCity(customer.timeZone)} placeholder={t('setTimeZone')} options={timeZoneOptions()} testId="customer-time-zone" onSave={(v) => save({ timeZone: v })} />
        </dd>
        <dt>{t('notes')}</dt>
        <dd>
          <InlineEdit label={t('customerNotesLabel')} value={customer.notes ?? ''} placeholder={t('addNotes')} multiline testId="customer-notes" class="card-pre" onSave={(v) => save({ notes: v.trim() })} />
        </dd>
      </dl>
    </Section>
  );
}
