/**
 * Every time shown says whose it is: the user's own clock, or the customer's with their zone named.
 * These few words live here so each screen says it the same way (in the user's language, _locales/).
 */
import { t } from '../i18n/messages.ts';
import { formatWeekdayClock } from './format.ts';
import { uiLocale } from './locale.ts';
import { zoneCity } from './zone.ts';

/** "14:05 your time". */
export const yourTime = (label: string): string => t('timeOnYourClock', label);

/** "Tue 09:00 their time (New York)". */
export const theirTime = (label: string, zone: string): string => t('timeTheirs', label, zoneCity(zone));

/** The customer's clock at `at`: "Tue 09:00 their time (New York)". */
export const onTheirClock = (at: number, zone: string, locale = uiLocale()): string => theirTime(formatWeekdayClock(at, zone, locale), zone);
