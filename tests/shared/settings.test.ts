import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings } from '../../src/shared/settings.ts';

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
