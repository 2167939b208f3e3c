import { describe, expect, it } from 'vitest';
import { dialExample, dialTemplateProblem, presetOf } from '../../../src/ui/options/dial-template.ts';
import { siteFromInput } from '../../../src/ui/options/site-name.ts';
import { regionChoices } from '../../../src/ui/options/region-choices.ts';

describe('dial template checks', () => {
  it.each([
    ['tel:{e164}', null, 'tel:+12127368410'],
    ['sip:{digits}@pbx.example.com', null, 'sip:12127368410@pbx.example.com'],
    ['https://pbx.example.com/dial', 'Put {e164} (or {digits}) where the number goes.', null],
    ['https://pbx.example.com/dial?n={e164}', null, 'https://pbx.example.com/dial?n=%2B12127368410'],
    ['', 'Enter a template, e.g. tel:{e164}.', null],
    ['pbx.example.com/{e164}', 'Start with a scheme such as tel:, sip:, callto: or https://.', null],
    ['javascript:alert({e164})', 'This kind of link cannot place calls. Use tel:, sip:, callto: or https://.', null],
    ['tel: {e164}', 'A template cannot contain spaces.', null],
  ])('%j → problem %j, example %j', (template, problem, example) => {
    expect(dialTemplateProblem(template)).toBe(problem);
    expect(dialExample(template)).toBe(example);
  });

  it.each([
    ['tel:{e164}', 'tel:{e164}'],
    ['callto:{e164}', 'callto:{e164}'],
    ['sip:{e164}@pbx', 'custom'],
  ])('%s is preset %s', (template, preset) => expect(presetOf(template)).toBe(preset));
});

describe('site names typed by the user', () => {
  it.each([
    ['crm.example.com', 'crm.example.com'],
    ['  CRM.Example.com ', 'crm.example.com'],
    ['https://app.hubspot.com/contacts/123?x=1', 'app.hubspot.com'],
    ['localhost:5173/page', 'localhost'],
    ['not a site', null],
    ['-bad-.example', null],
    ['', null],
  ])('%j → %j', (input, expected) => expect(siteFromInput(input)).toBe(expected));
});

describe('region choices', () => {
  it('starts with Automatic, then regions by their English name with the code', () => {
    const choices = regionChoices('en');
    expect(choices[0]).toEqual({ value: '', label: 'Automatic (browser language)' });
    expect(choices).toContainEqual({ value: 'DE', label: 'Germany (DE)' });
    const labels = choices.slice(1).map((c) => c.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
    expect(choices.length).toBeGreaterThan(200);
  });
});
