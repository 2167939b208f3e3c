import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings } from '../../src/shared/settings.ts';

describe('settings migration', () => {
  test('nothing stored gives the defaults', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  test('an unversioned first draft is migrated to version 1 and keeps its values', () => {
    const migrated = migrateSettings({ defaultCountry: 'DE', dialTemplate: 'sip:{e164}', disabledSites: ['a.example'] });
    expect(migrated).toEqual({ version: 1, defaultCountry: 'DE', dialTemplate: 'sip:{e164}', disabledSites: ['a.example'], summaryTemplate: '', cardPlaces: {} });
  });

  test('a summary template keeps its text; one naming an unknown placeholder is logged and reset', () => {
    expect(migrateSettings({ version: 1, summaryTemplate: 'Hi {name},\n{notes}' }).summaryTemplate).toBe('Hi {name},\n{notes}');
    const logged: string[] = [];
    expect(migrateSettings({ version: 1, summaryTemplate: 'Hi {nme}' }, (m) => logged.push(m)).summaryTemplate).toBe('');
    expect(logged[0]).toContain('{nme} is not a placeholder: use {name}, {company}, {date}, {notes}, {commitments} or {nextContact}.');
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
