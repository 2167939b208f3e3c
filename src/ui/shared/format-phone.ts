/** How a stored E.164 number reads on screen: "+1 212 736 8410", or the raw form when it does not parse. */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
