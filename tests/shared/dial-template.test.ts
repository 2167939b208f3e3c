import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { dialTemplateProblem } from '../../src/shared/dial-template.ts';
import { SettingsPatchSchema } from '../../src/shared/settings.ts';
import { dialTemplateProblem as fieldProblem } from '../../src/ui/options/dial-template.ts';

const CASES: Array<[string, ReturnType<typeof dialTemplateProblem>]> = [
  ['tel:{e164}', null],
  ['sip:{e164}@pbx.example.com', null],
  // Issue 10: the options field refused {digits}, which the background accepted.
  ['sip:{digits}@pbx.example.com', null],
  ['callto:{e164}', null],
  ['https://pbx.example.com/dial?number={e164}&ext={ext}', null],
  ['  tel:{e164}  ', null],
  ['', 'empty'],
  ['tel:1234', 'no-number'],
  ['https://pbx.example.com/dial', 'no-number'],
  ['javascript:alert({e164})', 'unsafe-scheme'],
  ['data:text/html,{e164}', 'unsafe-scheme'],
  ['{e164}', 'no-scheme'],
  ['tel: {e164}', 'spaces'],
  [`https://pbx.example.com/?n={e164}&x=${'a'.repeat(500)}`, 'too-long'],
];

describe('the dial-template rule', () => {
  test.each(CASES)('%j → %j', (template, problem) => expect(dialTemplateProblem(template)).toBe(problem));

  test.each(CASES)('the options field and the settings schema agree on %j', (template, problem) => {
    expect(fieldProblem(template) === null).toBe(problem === null);
    expect(v.is(SettingsPatchSchema, { dialTemplate: template })).toBe(problem === null);
  });
});
