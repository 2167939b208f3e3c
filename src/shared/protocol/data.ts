import * as v from 'valibot';
import { nothing } from '../records/fields.ts';
import { SettingsPatchSchema, type Settings } from '../settings.ts';
import { answer, message } from './define.ts';

export const dataMessages = {
  'settings/get': message('ui', nothing, answer<Settings>()),
  /** Checked against the settings schema (shared/settings.ts); a bad value is refused with a message. */
  'settings/update': message('ui', v.object({ patch: SettingsPatchSchema }), answer<Settings>()),
};
