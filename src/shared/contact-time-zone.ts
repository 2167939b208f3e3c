/** Time-zone helpers shared by contact-time scheduling and customer validation. */

/** True when the runtime knows this IANA zone ("America/New_York"); "" and made-up names are false. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false; // an unknown zone
    throw error;
  }
}

/** The zone of the person using the browser. */
export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
