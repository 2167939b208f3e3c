/**
 * Which customer field a column header means, across the exports of HubSpot, Salesforce (reports
 * and Data Loader API names), Pipedrive, Google Contacts and Outlook. Headers are compared after
 * normalising: "Person - Phone - Work", "MobilePhone" and "E-mail 1 - Value" become
 * "phone work", "mobile phone" and "e mail 1 value".
 */
import type { ImportField, ImportSource } from '../../shared/protocol/index.ts';
import { isImportField } from '../../shared/protocol/import.ts';

export function normalizeHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^\s*person\s*-\s*/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const RULES: Array<[ImportField, RegExp]> = [
  ['firstName', /^(first name|given name|firstname)$/],
  ['lastName', /^(last name|family name|lastname|surname)$/],
  ['name', /^(name|full name|contact name|display name|contact)$/],
  ['company', /^(company|company name|organi[sz]ation( 1)?( name)?|account( name)?)$/],
  ['title', /^(job title|title|position|organi[sz]ation( 1)? title)$/],
  ['email', /^(e ?mail( \d)?( (address|value|work|home|other))?|email address \d)$/],
  ['fax', /^((business |home |other )?fax|phone fax)$/],
  ['mobile', /^(mobile( phone)?( number)?|cell( phone)?|phone mobile)$/],
  ['homePhone', /^(home phone( \d)?|phone home)$/],
  ['workPhone', /^(business phone( \d)?|work phone|phone work|company main phone|office phone)$/],
  ['phone', /^(phone( number)?|telephone|phone \d+ value|other phone|phone other|primary phone)$/],
  ['extension', /^(ext|extension|phone extension)$/],
  ['tags', /^(tags|labels|group membership|categories)$/],
  ['notes', /^(notes?|description)$/],
  ['timeZone', /^(time ?zone)$/],
  // HubSpot "Do not call", Salesforce DoNotCall / HasOptedOutOfEmail, Pipedrive "Marketing status",
  // HubSpot "Unsubscribed from all email", and the plain names other exports use.
  ['doNotCall', /^(do not call|dnc|opted out of (phone|calls?)|phone opt out|call opt out)$/],
  ['doNotEmail', /^(has opted out of email|unsubscribed from all email|email opt ?out|opted out of (all )?email|do not (e ?mail|email)|marketing status|email marketing status)$/],
  ['doNotText', /^(do not (text|sms)|has opted out of (sms|text)|sms opt ?out|opted out of (sms|text( messages)?)|text opt out)$/],
];

export function guessField(header: string, source: ImportSource): ImportField {
  // A vCard's columns are named by their fields already (./vcard.ts).
  if (source === 'vcard') return isImportField(header) ? header : 'ignore';
  const h = normalizeHeader(header);
  // Outlook's "Title" is the salutation ("Mr."); its job title is "Job Title".
  if (source === 'outlook' && h === 'title') return 'ignore';
  return RULES.find(([, pattern]) => pattern.test(h))?.[0] ?? 'ignore';
}

/** One guess per column; a field that takes one value (name, company…) goes to its first column only. */
export function guessMapping(columns: string[], source: ImportSource): Record<string, ImportField> {
  const single = new Set<ImportField>(['name', 'firstName', 'lastName', 'company', 'title', 'timeZone', 'extension']);
  const taken = new Set<ImportField>();
  const mapping: Array<[string, ImportField]> = [];
  for (const column of columns) {
    let field = guessField(column, source);
    if (single.has(field) && taken.has(field)) field = 'ignore';
    taken.add(field);
    mapping.push([column, field]);
  }
  // fromEntries defines own properties: a column named "__proto__" does not set the prototype.
  return Object.fromEntries(mapping);
}
