/**
 * Imports read the opt-out columns CRMs export (issue 13) into do-not-contact marks: HubSpot's
 * "Do not call" and "Unsubscribed from all email", Salesforce's DoNotCall and HasOptedOutOfEmail
 * (Data Loader) or "Do Not Call" / "Email Opt Out" (reports), Pipedrive's "Marketing status".
 */
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../src/db/customers.ts';
import { guessField } from '../../../src/db/import/import-fields.ts';
import { commitImport, previewImport } from '../../../src/db/import/import-contacts.ts';
import { T0, freshDb } from '../fresh-db.ts';

const HUBSPOT_OPT_OUT = `Record ID,First Name,Last Name,Email,Phone Number,Company Name,Do not call,Unsubscribed from all email
101,Ada,Lovelace,ada@engines.example,+1 212 736 8410,Analytical Engines,true,false
102,Charles,Babbage,cb@engines.example,+1 212 736 8411,Analytical Engines,false,true
`;
const SALESFORCE_API_OPT_OUT = `Id,FirstName,LastName,Phone,Email,Account.Name,DoNotCall,HasOptedOutOfEmail
003A1,Camille,Laurent,+33 1 42 68 53 00,c@laurent.example,Laurent SA,1,1
003A2,Hugo,Martin,+33 1 42 68 53 01,h@laurent.example,Laurent SA,0,0
`;
const SALESFORCE_REPORT_OPT_OUT = `First Name,Last Name,Account Name,Phone,Email,Do Not Call,Email Opt Out
Jürgen,Müller,Müller & Söhne GmbH,+49 30 901820,j@mueller.example,Yes,No
`;
const PIPEDRIVE_OPT_OUT = `Person - Name,Person - Phone - Work,Person - Email - Work,Person - Marketing status
Olivia Chen,+61 2 9374 4000,olivia@harbour.example,Unsubscribed
Ravi Patel,+61 2 9374 4001,ravi@harbour.example,Subscribed
`;

const marksOf = (fileName: string, content: string) => previewImport(fileName, content, 'US', T0).sample.map((d) => d.doNotContact);

describe('opt-out columns', () => {
  it.each([
    ['Do not call', 'doNotCall'],
    ['DoNotCall', 'doNotCall'],
    ['Do Not Call', 'doNotCall'],
    ['HasOptedOutOfEmail', 'doNotEmail'],
    ['Email Opt Out', 'doNotEmail'],
    ['Unsubscribed from all email', 'doNotEmail'],
    ['Person - Marketing status', 'doNotEmail'],
    ['Do not text', 'doNotText'],
    ['SMS Opt Out', 'doNotText'],
  ])('"%s" is read as %s', (header, field) => {
    expect(guessField(header, 'csv')).toBe(field);
  });

  it('HubSpot: "Do not call" and "Unsubscribed from all email", only where true', () => {
    expect(marksOf('hubspot.csv', HUBSPOT_OPT_OUT)).toEqual([
      { phone: { reason: 'Imported from the column “Do not call”', since: T0 } },
      { email: { reason: 'Imported from the column “Unsubscribed from all email”', since: T0 } },
    ]);
  });

  it('Salesforce Data Loader: DoNotCall and HasOptedOutOfEmail as 1 and 0', () => {
    expect(marksOf('sf.csv', SALESFORCE_API_OPT_OUT)).toEqual([
      { phone: { reason: 'Imported from the column “DoNotCall”', since: T0 }, email: { reason: 'Imported from the column “HasOptedOutOfEmail”', since: T0 } },
      undefined,
    ]);
  });

  it('Salesforce report: Yes and No', () => {
    expect(marksOf('sf-report.csv', SALESFORCE_REPORT_OPT_OUT)).toEqual([{ phone: { reason: 'Imported from the column “Do Not Call”', since: T0 } }]);
  });

  it('Pipedrive: a marketing status of "Unsubscribed" is do-not-e-mail, "Subscribed" is not', () => {
    expect(marksOf('pipedrive.csv', PIPEDRIVE_OPT_OUT)).toEqual([{ email: { reason: 'Imported from the column “Person - Marketing status”', since: T0 } }, undefined]);
  });

  it('stores the marks, and a merge adds the file’s marks without replacing the user’s own', async () => {
    const db = freshDb();
    const ada = await createCustomer(db, { name: 'Ada', phones: [{ e164: '+12127368410', label: 'direct' }], doNotContact: { phone: { reason: 'Told me on the phone', since: T0 - 1 } } }, T0 - 1);
    const mapping = previewImport('hubspot.csv', HUBSPOT_OPT_OUT, 'US', T0).mapping;
    expect(await commitImport(db, { fileName: 'hubspot.csv', content: HUBSPOT_OPT_OUT, mapping }, 'US', T0)).toMatchObject({ imported: 1, merged: 1 });
    expect((await db.customers.get(ada.id))?.doNotContact).toEqual({ phone: { reason: 'Told me on the phone', since: T0 - 1 } });
    const charles = (await db.customers.toArray()).find((c) => c.name === 'Charles Babbage');
    expect(charles?.doNotContact).toEqual({ email: { reason: 'Imported from the column “Unsubscribed from all email”', since: T0 } });
  });
});
