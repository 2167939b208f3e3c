import { arrayOf, object, optional, str } from '../guard.ts';
import type { Settings } from '../settings.ts';
import { message } from './define.ts';

export const dataMessages = {
  'settings/get': message<Record<string, never>, Settings>('ui', object({})),
  /** Validated again by the background against settings rules; a bad value is refused with a message. */
  'settings/update': message<{ patch: Partial<Omit<Settings, 'version'>> }, Settings>(
    'ui',
    object({
      patch: object({
        defaultCountry: optional(str(2)),
        dialTemplate: optional(str(500)),
        disabledSites: optional(arrayOf(str(253), 5000)),
      }),
    }),
  ),
};
