/** Time zones: which ones exist, the user's own, and the customer's (falling back to the user's). */
import { dateTimeFormat } from '../i18n/intl-cache.ts';

/** True when the runtime knows this IANA zone ("America/New_York"); "" and made-up names are false. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    dateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false; // an unknown zone
    throw error;
  }
}

let userZone: string | undefined;

/**
 * The zone of the person using the browser. Read once per task, kept until its microtasks have run:
 * one render asks for it dozens of times, and each read makes a formatter; the system's zone can
 * change between two tasks (the user travels), so it is not kept longer.
 */
export function userTimeZone(): string {
  if (userZone === undefined) {
    userZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    queueMicrotask(() => (userZone = undefined));
  }
  return userZone;
}

export interface ResolvedZone {
  zone: string;
  /** False when the customer's zone is unknown and the user's own stands in for it. */
  known: boolean;
}

export const resolveZone = (timeZone: string | undefined): ResolvedZone =>
  timeZone && isValidTimeZone(timeZone) ? { zone: timeZone, known: true } : { zone: userTimeZone(), known: false };

/** "America/New_York" → "New York"; "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export const zoneCity = (zone: string): string => (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
