/**
 * Whose clock a customer lives on (issue 13): the time zone set on their file, else the one their
 * number's country keeps (number-zone.ts, which the background works out and sends with the number's
 * lookup), else the user's own, said as such.
 */
import { resolveZone, type ResolvedZone } from './time/zone.ts';

/** The clock a number's country keeps, and that country ("DE"). */
export interface NumberZone {
  zone: string;
  country: string;
}

export interface CustomerZone extends ResolvedZone {
  /** Set when the zone was inferred from the number: its country ("DE"). */
  fromNumberOf?: string;
}

/** The customer's zone: theirs if set, else their number's country's, else the user's (known: false). */
export function customerZone(customer: { timeZone?: string } | undefined, numberZone: NumberZone | null | undefined): CustomerZone {
  const set = resolveZone(customer?.timeZone);
  if (set.known || !numberZone) return set;
  return { zone: numberZone.zone, known: true, fromNumberOf: numberZone.country };
}
