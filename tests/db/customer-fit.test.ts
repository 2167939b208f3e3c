/**
 * What did not fit into a customer record is said in the user's language: the import report shows
 * these sentences row by row, and an import refusal reaches the options page word for word.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fitDraft } from '../../src/db/customer-fit.ts';
import { previewImport } from '../../src/db/import/import-contacts.ts';
import { setMessageLookup } from '../../src/shared/i18n/messages.ts';
import { LIMITS } from '../../src/shared/records/limits.ts';
import { messageLookup, readMessages } from '../support/locale-messages.ts';

const speak = (locale: string) => setMessageLookup(messageLookup(readMessages(locale)));
afterEach(() => speak('en'));

const tooMuch = {
  name: 'A'.repeat(LIMITS.name + 5),
  notes: 'n'.repeat(LIMITS.customerNotes + 1),
  emails: Array.from({ length: LIMITS.emails + 1 }, (_, i) => `e${i}@example.com`),
  timeZone: 'Europe/Atlantis',
};

describe('fitting a customer into the limits', () => {
  it('says what was cut or left out, one sentence each, in English', () => {
    expect(fitDraft(tooMuch).changes).toEqual([
      'the name was cut to 200 characters',
      'the notes were cut to 20,000 characters',
      'the time zone “Europe/Atlantis” is not one this browser knows and was left out',
      '1 e-mail address beyond the 20 a customer can have was left out: e20@example.com',
    ]);
  });

  it('says it in German, with German numbers', () => {
    speak('de');
    expect(fitDraft(tooMuch).changes).toEqual([
      'der Name wurde auf 200 Zeichen gekürzt',
      'die Notizen wurden auf 20.000 Zeichen gekürzt',
      'die Zeitzone „Europe/Atlantis“ kennt dieser Browser nicht; sie wurde weggelassen',
      '1 E-Mail-Adresse über die 20 hinaus, die ein Kunde haben kann, wurde weggelassen: e20@example.com',
    ]);
  });

  it('refuses a file too wide for an import in French', () => {
    speak('fr');
    const tooWide = `${Array.from({ length: 5_001 }, (_, i) => `C${i}`).join(',')}\n`;
    expect(() => previewImport('too-wide.csv', tooWide, 'US')).toThrow(/^Ce fichier a 5\u202f001 colonnes ; Callprep en lit au plus 5\u202f000\./);
  });
});
