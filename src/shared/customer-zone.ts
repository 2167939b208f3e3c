/**
 * Whose clock a customer lives on (issue 13): the time zone set on their file, else the one their
 * number's country keeps (countries-and-timezones over the tz database; the country from
 * libphonenumber-js), else the user's own, said as such. A country whose zones keep different clocks
 * (the US, Spain with the Canaries, Portugal with the Azores) names no zone: a number alone cannot say
 * which, and a wrong guess would be worse than "time zone not set".
 */
import { getCountry, getTimezone, getTimezonesForCountry } from 'countries-and-timezones';
import { parsePhoneNumberFromString } from './phone.ts';
import { isValidTimeZone, resolveZone, type ResolvedZone } from './time/zone.ts';

export interface CustomerZone extends ResolvedZone {
  /** Set when the zone was inferred from the number: its country ("DE"). */
  fromNumberOf?: string;
}

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
export function zoneOfNumber(e164: string): { zone: string; country: string } | undefined {
  const country = parsePhoneNumberFromString(e164)?.country;
  const zone = country ? zoneOfCountry(country) : undefined;
  return zone && country ? { zone, country } : undefined;
}

/** The customer's zone: theirs if set, else their number's country's, else the user's (known: false). */
export function customerZone(customer: { timeZone?: string } | undefined, e164: string | undefined): CustomerZone {
  const set = resolveZone(customer?.timeZone);
  if (set.known || !e164) return set;
  const inferred = zoneOfNumber(e164);
  return inferred ? { zone: inferred.zone, known: true, fromNumberOf: inferred.country } : set;
}
