/**
 * The default-country choices: every region libphonenumber can read numbers for, named in the user's
 * language and sorted by that name, after "Automatic".
 */
import { phoneRegions } from '../../shared/phone.ts';
import type { SelectOption } from '../shared/index.ts';
import { t } from '../../shared/i18n/messages.ts';

export const automaticRegion = (): SelectOption => ({ value: '', label: t('regionAutomatic') });

export function regionChoices(locale?: string): SelectOption[] {
  const names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
  const regions = phoneRegions().map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }));
  regions.sort((a, b) => a.label.localeCompare(b.label, locale));
  return [automaticRegion(), ...regions];
}
