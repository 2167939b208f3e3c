/**
 * One word for one thing (issue 13): the card, the call view, the popup and the options page name each
 * key idea the same way in every language. Each term has the word a language uses for it and the
 * words it must not also be called (the older "Promise" beside "Commitments", "Dial again" beside
 * "Redial"). Every message of a language is checked, and so is the English still written in the
 * UI's source (texts not yet moved to _locales).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeNames, readMessages } from '../../support/locale-messages.ts';

interface Term {
  /** Messages that name the thing, each with the language's word for it. */
  keys: string[];
  uses: Record<string, RegExp>;
  /** Other words for the same thing, nowhere in that language. */
  avoid: Record<string, RegExp>;
}

const GLOSSARY: Record<string, Term> = {
  commitment: {
    keys: ['sectionCommitments', 'newCommitment', 'fail_addCommitment', 'fail_commitmentDone', 'refuse_commitmentGone', 'refuse_whatPromised'],
    uses: { en: /commitment/i, de: /Zusage/, fr: /engagement/i, es: /compromiso/i },
    avoid: { en: /promis/i, de: /versprech|zugesagt/i, fr: /promes|promis/i, es: /promes|promet/i },
  },
  redial: {
    keys: ['dialAgain'],
    uses: { en: /^Redial$/, de: /^Wahlwiederholung$/, fr: /^Recomposer$/, es: /^Volver a marcar$/ },
    avoid: { en: /dial again|call again/i, de: /erneut wählen|nochmal wählen|neu wählen/i, fr: /composer à nouveau|composer de nouveau/i, es: /remarcar|marcar de nuevo/i },
  },
  concern: {
    keys: ['sectionConcerns', 'newConcern', 'fail_addConcern', 'fail_resolveConcern'],
    uses: { en: /concern/i, de: /Anliegen/, fr: /préoccupation/i, es: /inquietud/i },
    avoid: { en: /complaint/i, de: /Beschwerde/i, fr: /réclamation|inquiétude/i, es: /queja|preocupaci/i },
  },
  followUp: {
    keys: ['sectionFollowUps'],
    uses: { en: /Follow-ups/, de: /Wiedervorlagen/, fr: /Suivis/, es: /Seguimientos/ },
    avoid: { en: /follow-up task|callback task/i, de: /Nachfasstermin|Wiedervorlagetermin/i, fr: /relance prévue/i, es: /recordatorio de llamada/i },
  },
};

describe.each(localeNames())('_locales/%s', (locale) => {
  const messages = readMessages(locale);
  test.each(Object.entries(GLOSSARY))('names "%s" one way', (_term, { keys, uses, avoid }) => {
    const word = uses[locale];
    const other = avoid[locale];
    if (!word || !other) throw new Error(`The glossary has no word for ${locale}: add it with the language`);
    expect(keys.filter((key) => !word.test(messages[key]?.message ?? ''))).toEqual([]);
    expect(Object.entries(messages).filter(([, entry]) => other.test(entry.message)).map(([key, entry]) => `${key}: ${entry.message}`)).toEqual([]);
  });
});

/** The UI's source without comments and without TypeScript's own `Promise` type, so only texts remain to search. */
function uiTexts(dir: string): Array<[string, string]> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
        .replace(/\bPromise(?=\s*[<.(])/g, '')
        .replace(/\bpromise-returning\b/g, '');
      return [file, source];
    });
}

test('the English still written in the UI uses the same words', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'ui');
  const offending = uiTexts(dir).filter(([, text]) => Object.values(GLOSSARY).some((term) => term.avoid.en?.test(text)));
  expect(offending.map(([file]) => file)).toEqual([]);
});
