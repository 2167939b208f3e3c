/** Words for the import screen: what file was recognised and what each field is called. */
import type { ImportField, ImportSource } from '../../shared/protocol/index.ts';
import { t } from '../../shared/i18n/messages.ts';

export const SOURCE_LABELS: Record<ImportSource, string> = {
  hubspot: 'HubSpot export recognised',
  salesforce: 'Salesforce export recognised',
  pipedrive: 'Pipedrive export recognised',
  google: 'Google Contacts export recognised',
  outlook: 'Outlook contacts export recognised',
  csv: 'CSV file: columns matched by their headings',
  vcard: 'vCard file recognised',
};

export const FIELD_LABELS: Record<ImportField, string> = {
  ignore: 'Don’t import',
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  title: 'Job title',
  email: 'Email',
  phone: 'Phone',
  mobile: 'Mobile phone',
  workPhone: 'Work phone',
  homePhone: 'Home phone',
  fax: 'Fax',
  extension: 'Extension',
  tags: 'Tags',
  notes: 'Notes',
  timeZone: 'Time zone',
  doNotCall: t('importField_doNotCall'),
  doNotEmail: t('importField_doNotEmail'),
  doNotText: t('importField_doNotText'),
};

const NAME_FIELDS: readonly ImportField[] = ['name', 'firstName', 'lastName', 'company'];

/** Why a mapping cannot import anything useful, or null. */
export function mappingProblem(mapping: Record<string, ImportField>): string | null {
  const fields = Object.values(mapping);
  if (!fields.some((f) => NAME_FIELDS.includes(f))) return 'Choose the column that holds the name (or the company).';
  return null;
}
