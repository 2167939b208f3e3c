import { describe, expect, test } from 'vitest';
import { dialTemplateProblem } from '../../src/shared/dial-template.ts';
import { DEFAULT_SETTINGS, migrateSettings } from '../../src/shared/settings.ts';

describe('dial templates', () => {
  test.each([
    ['tel:{e164}', true],
    ['sip:{e164}@pbx.example.com', true],
    ['sip:{digits}@pbx.example.com', true],
    ['callto:{e164}', true],
    ['https://pbx.example.com/dial?number={e164}', true],
    ['tel:1234', false],
    ['javascript:alert({e164})', false],
    ['data:text/html,{e164}', false],
    ['{e164}', false],
  ])('%s → %s', (template, valid) => {
    expect(dialTemplateProblem(template) === null).toBe(valid);
  });
});

describe('settings migration', () => {
  test('nothing stored gives the defaults', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  test('an unversioned first draft is migrated to version 1 and keeps its values', () => {
    const migrated = migrateSettings({ defaultCountry: 'DE', dialTemplate: 'sip:{e164}', disabledSites: ['a.example'] });
    expect(migrated).toEqual({ version: 1, defaultCountry: 'DE', dialTemplate: 'sip:{e164}', disabledSites: ['a.example'] });
  });

  test('a broken value is logged and replaced by its default, the others kept', () => {
    const logged: string[] = [];
    const migrated = migrateSettings({ version: 1, defaultCountry: 'Germany', dialTemplate: 'callto:{e164}', disabledSites: [3] }, (m) =>
      logged.push(m),
    );
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, dialTemplate: 'callto:{e164}' });
    expect(logged).toHaveLength(2);
  });
});
