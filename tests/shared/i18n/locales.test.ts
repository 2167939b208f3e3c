/**
 * Every language says everything, with the same placeholders: a language that misses a key, has one
 * English lacks, or drops or renames a placeholder fails here (the browser would show an empty text).
 * Plural messages (`<base>_one`, `<base>_other`…) need the categories the language's plural rules use.
 */
import { describe, expect, test } from 'vitest';
import { setMessageLookup, t, tPlural } from '../../../src/shared/i18n/messages.ts';
import { localeNames, messageLookup, readMessages, type MessageFile } from '../../support/locale-messages.ts';

const english = readMessages('en');
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const pluralBases = (file: MessageFile) => new Set(Object.keys(file).flatMap((key) => (PLURAL.test(key) && file[key.replace(PLURAL, '$1_other')] ? [key.replace(PLURAL, '$1')] : [])));
/** Categories a language's plural rules pick for counts a user meets (French "many" is for millions: `_other` reads right there). */
const categoriesUsed = (locale: string) => {
  const rules = new Intl.PluralRules(locale);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
};
const placeholderNames = (entry: MessageFile[string]) => Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
const placeholderContents = (entry: MessageFile[string]) => Object.values(entry.placeholders ?? {}).map((p) => p.content).sort();
const namedInText = (text: string) => [...new Set([...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
/** The key without its plural category, so a language may write out more categories than English. */
const unpluralled = (key: string, bases: Set<string>) => (PLURAL.test(key) && bases.has(key.replace(PLURAL, '$1')) ? key.replace(PLURAL, '$1') : key);

test('the four languages the README promises are there', () => {
  expect(localeNames()).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr']));
});

describe.each(localeNames())('_locales/%s', (locale) => {
  const messages = readMessages(locale);
  const bases = new Set([...pluralBases(english), ...pluralBases(messages)]);
  const keysOf = (file: MessageFile) => [...new Set(Object.keys(file).map((key) => unpluralled(key, bases)))].sort();

  test('has every key English has, and none English lacks', () => {
    expect(keysOf(messages)).toEqual(keysOf(english));
  });

  test('has each plural message in every category its plural rules use', () => {
    const used = categoriesUsed(locale);
    for (const base of bases) {
      const missing = [...used, 'other'].filter((category) => !messages[`${base}_${category}`]);
      expect({ base, missing }).toEqual({ base, missing: [] });
    }
  });

  test('keeps each message’s placeholders: the same names, the same substitutions, each used in the text', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const source = english[key] ?? english[`${unpluralled(key, bases)}_other`];
      if (!source) continue; // reported by the key test
      expect({ key, names: placeholderNames(entry), contents: placeholderContents(entry) }).toEqual({ key, names: placeholderNames(source), contents: placeholderContents(source) });
      // "once" for diagnosticsTimes_one: a plural form may leave its count unsaid, no other message may.
      const inText = namedInText(entry.message);
      const expected = PLURAL.test(key) && !key.endsWith('_other') ? placeholderNames(entry).filter((n) => inText.includes(n)) : placeholderNames(entry);
      expect({ key, inText }).toEqual({ key, inText: expected });
    }
  });

  test('has no empty message', () => {
    expect(Object.entries(messages).filter(([, entry]) => !entry.message.trim()).map(([key]) => key)).toEqual([]);
  });

  test('names its own language, which plural rules and numbers follow', () => {
    expect(messages.localeCode?.message).toBe(locale);
  });
});

describe('plural messages', () => {
  test.each([
    ['en', 1, '1 follow-up is due'],
    ['en', 1234, '1,234 follow-ups are due'],
    ['de', 1, '1 Wiedervorlage ist fällig'],
    ['de', 1234, '1.234 Wiedervorlagen sind fällig'],
    ['fr', 0, '0 suivi à faire'],
    ['fr', 2, '2 suivis à faire'],
    ['es', 1, '1 seguimiento pendiente'],
    ['es', 3, '3 seguimientos pendientes'],
  ])('%s, %i', (locale, count, expected) => {
    setMessageLookup(messageLookup(readMessages(locale)));
    try {
      expect(tPlural('reminderSummaryTitle', count)).toBe(expected);
    } finally {
      setMessageLookup(messageLookup(english));
    }
  });

  test('the English file answers unit tests', () => {
    expect(t('extName')).toBe('Callprep');
    expect(t('fail_saveNotes', 'Name is required.')).toBe('Could not save the notes: Name is required.');
  });
});
