/** The customer's details, each editable in place: e-mails, products, service level, tags, zone, notes. */
import type { Customer } from '../../shared/model.ts';
import { Badge } from '../shared/badge.tsx';
import { Section } from '../shared/section.tsx';
import { InlineEdit } from './inline-edit.tsx';
import { parseEmails, splitList, type SaveCustomer } from './customer-save.ts';
import { zoneCity } from './labels.ts';
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
        <dt>Products</dt>
        <dd>
          <InlineEdit label="Products, separated by commas" value={customer.products.join(', ')} display={chips(customer.products, 'accent')} placeholder="Add products" testId="customer-products" onSave={(v) => save({ products: splitList(v) })} />
        </dd>
        <dt>Service level</dt>
        <dd>
          <InlineEdit label="Service level" value={customer.serviceLevel ?? ''} placeholder="Add service level" testId="customer-service-level" onSave={(v) => save({ serviceLevel: v.trim() })} />
        </dd>
        <dt>Tags</dt>
        <dd>
          <InlineEdit label="Tags, separated by commas" value={customer.tags.join(', ')} display={chips(customer.tags)} placeholder="Add tags" testId="customer-tags" onSave={(v) => save({ tags: splitList(v) })} />
        </dd>
        <dt>E-mail</dt>
        <dd>
          <InlineEdit label="E-mail addresses, separated by commas" value={customer.emails.join(', ')} placeholder="Add e-mail" inputType="email" testId="customer-emails" onSave={(v) => save({ emails: parseEmails(v) })} />
        </dd>
        <dt>Time zone</dt>
        <dd>
          <InlineEdit label="Time zone" value={customer.timeZone ?? ''} display={customer.timeZone && zoneCity(customer.timeZone)} placeholder="Set time zone" options={timeZoneOptions()} testId="customer-time-zone" onSave={(v) => save({ timeZone: v })} />
        </dd>
        <dt>Notes</dt>
        <dd>
          <InlineEdit label="Notes about this customer" value={customer.notes ?? ''} placeholder="Add notes" multiline testId="customer-notes" class="card-pre" onSave={(v) => save({ notes: v.trim() })} />
        </dd>
      </dl>
    </Section>
  );
}
