/**
 * The clock a phone number's country keeps (issue 13): countries-and-timezones over the tz database,
 * the country from libphonenumber-js. Kept apart from customer-zone.ts so that what shows a customer's
 * clock (the card) does not load the phone library and the zone table (222 KB of the card's 333 KB):
 * the background answers a number's lookup with its zone (views.ts, NumberLookup.numberZone).
 * A country whose zones keep different clocks (the US, Spain with the Canaries, Portugal with the
 * Azores) names no zone: a number alone cannot say which, and a wrong guess would be worse than
 * "time zone not set".
 */
import { getCountry, getTimezone, getTimezonesForCountry } from 'countries-and-timezones';
import type { NumberZone } from './customer-zone.ts';
import { parsePhoneNumberFromString } from './phone.ts';
import { isValidTimeZone } from './time/zone.ts';

/** The one zone a country keeps, named as the country names it (Europe/Amsterdam, not its Brussels alias); undefined when it keeps several clocks. */
export function zoneOfCountry(country: string): string | undefined {
  const zones = getTimezonesForCountry(country) ?? [];
  const clocks = new Set(zones.map((z) => `${z.utcOffset}/${z.dstOffset}`));
  if (clocks.size !== 1) return undefined;
  // The tz database merged some countries' zones into a neighbour's (Amsterdam into Brussels): the
  // country's own name, kept as an alias, is the one a user recognises.
  const named = (getCountry(country, { deprecated: true })?.timezones ?? []).flatMap((name) => {
    const zone = name.includes('/') ? getTimezone(name) : null;
    return zone && zone.countries[0] === country ? [zone] : [];
  });
  const pick = named.find((z) => !z.deprecated) ?? named[0] ?? zones[0];
  return pick && isValidTimeZone(pick.name) ? pick.name : undefined;
}

/** The zone of the country a number belongs to, when that country keeps one clock. */
export function zoneOfNumber(e164: string): NumberZone | undefined {
  const country = parsePhoneNumberFromString(e164)?.country;
  const zone = country ? zoneOfCountry(country) : undefined;
  return zone && country ? { zone, country } : undefined;
}
