import { describe, expect, it, vi } from 'vitest';
import { detectCsvSource } from '../../../src/db/import/detect-source.ts';
import { guessField, normalizeHeader } from '../../../src/db/import/import-fields.ts';
import { previewImport } from '../../../src/db/import/import-contacts.ts';
import { GOOGLE, HUBSPOT, OUTLOOK, PIPEDRIVE, SALESFORCE, SALESFORCE_API, VCARD } from './samples.ts';

describe('source detection', () => {
  it.each([
    ['HubSpot', HUBSPOT, 'hubspot'],
    ['Salesforce report', SALESFORCE, 'salesforce'],
    ['Salesforce Data Loader', SALESFORCE_API, 'salesforce'],
    ['Pipedrive', PIPEDRIVE, 'pipedrive'],
    ['Google Contacts', GOOGLE, 'google'],
    ['Outlook', OUTLOOK, 'outlook'],
    ['a plain CSV', 'Name,Phone\nA,1\n', 'csv'],
  ])('%s', (_name, csv, source) => {
    expect(detectCsvSource(csv.split('\n')[0]!.split(',').map((h) => h.replace(/"/g, '')))).toBe(source);
  });
});

describe('header mapping', () => {
  it.each([
    ['Person - Phone - Work', 'phone work', 'workPhone'],
    ['MobilePhone', 'mobile phone', 'mobile'],
    ['Account.Name', 'account name', 'company'],
    ['E-mail 1 - Value', 'e mail 1 value', 'email'],
    ['Phone 2 - Value', 'phone 2 value', 'phone'],
    ['Phone 1 - Type', 'phone 1 type', 'ignore'],
    ['Mobile Phone Number', 'mobile phone number', 'mobile'],
    ['Business Fax', 'business fax', 'fax'],
    ['Organization 1 - Title', 'organization 1 title', 'title'],
    ['Group Membership', 'group membership', 'tags'],
    ['Record ID', 'record id', 'ignore'],
  ])('%s → %s → %s', (header, normalized, field) => {
    expect(normalizeHeader(header)).toBe(normalized);
    expect(guessField(header, 'csv')).toBe(field);
  });

  it("reads Outlook's Title as a salutation, not a job title", () => {
    expect(guessField('Title', 'outlook')).toBe('ignore');
    expect(guessField('Title', 'salesforce')).toBe('title');
  });
});

describe('previewImport', () => {
  it.each([
    ['hubspot.csv', HUBSPOT, 'hubspot', 2, { name: 'Ada Lovelace', company: 'Analytical Engines', title: 'COO', emails: ['ada@engines.example'], phones: [{ e164: '+12127368410', label: 'direct' }, { e164: '+447911123456', label: 'mobile' }] }],
    ['sf.csv', SALESFORCE, 'salesforce', 1, { name: 'Jürgen Müller', company: 'Müller & Söhne GmbH', phones: [{ e164: '+4930901820', label: 'direct' }, { e164: '+49309018299', label: 'fax' }] }],
    ['sf-api.csv', SALESFORCE_API, 'salesforce', 1, { name: 'Camille Laurent', notes: 'Met at the fair;\nprefers e-mail', phones: [{ e164: '+33612345678', label: 'mobile' }] }],
    ['pipedrive.csv', PIPEDRIVE, 'pipedrive', 1, { name: 'Olivia Chen', company: 'Harbour Logistics', tags: ['Customer'], phones: [{ e164: '+61293744000', label: 'direct' }] }],
    ['google.csv', GOOGLE, 'google', 1, { name: 'Kenji Watanabe', title: 'Engineer', tags: ['Customers'], phones: [{ e164: '+81332249999', label: 'direct' }, { e164: '+819012345678', label: 'direct' }] }],
    ['outlook.csv', OUTLOOK, 'outlook', 1, { name: 'Mary Ann Evans', title: 'Editor', notes: 'Prefers mornings', phones: [{ e164: '+442079460958', label: 'direct' }] }],
    ['contacts.vcf', VCARD, 'vcard', 2, { name: 'Priya Raman', company: 'Golden Gate Software', title: 'VP Sales', tags: ['customer', 'west'], phones: [{ e164: '+14155550100', label: 'direct' }, { e164: '+14155550199', label: 'mobile' }] }],
  ])('%s: source, rows and the first contact', (fileName, content, source, rowCount, first) => {
    const preview = previewImport(fileName, content, 'US');
    expect(preview).toMatchObject({ source, rowCount });
    expect(preview.sample[0]).toMatchObject(first);
  });

  it('reads an extension with the number and a vCard 4 tel: URI', () => {
    expect(previewImport('h.csv', HUBSPOT, 'US').sample[1]?.phones).toEqual([{ e164: '+18884162273', label: 'direct', ext: '210' }]);
    expect(previewImport('c.vcf', VCARD, 'US').sample[1]?.phones).toEqual([{ e164: '+14155550100', label: 'direct' }]);
  });

  it('reads national numbers with the default region', () => {
    const preview = previewImport('x.csv', 'Name,Phone\nBo,030 901820\n', 'DE');
    expect(preview.sample[0]?.phones).toEqual([{ e164: '+4930901820', label: 'direct' }]);
  });

  it.each([
    ['a binary file', 'PK\u0003\u0004\u0000\u0000', 'not a text file', []],
    ['a header without rows', 'Name,Phone\n', 'no contacts', []],
    // Rows are read as arrays and the header checked here: nothing is renamed, nothing said in the console.
    ['duplicate column names', 'Name,Name\nA,B\n', 'same name', []],
    ['an unclosed quote', 'Name,Phone\n"Ada,123\nBo,456\n', 'malformed', []],
    ['a broken vCard', 'BEGIN:VCARD\nFN:x\n', 'vCard', []],
  ])('refuses %s with a clear message', (_name, content, message, warnings) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(() => previewImport(/VCARD/.test(content) ? 'x.vcf' : 'x.csv', content, 'US')).toThrow(message);
      expect(warn.mock.calls).toEqual(warnings);
    } finally {
      warn.mockRestore();
    }
  });
});
