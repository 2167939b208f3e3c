/**
 * The number in a `tel:` or `callto:` link: "tel:+1-212-555-0123;ext=45", "tel:030%201234567",
 * "callto://+4930123456", "tel:+12125550123,,45" (pauses, then the extension).
 * A link is the page saying "this is a phone number", so a possible length is enough (no type check).
 */
import { checkNumber, knownRegion } from './check-number.ts';

export interface TelLink {
  e164: string;
  ext?: string;
}

const SCHEME = /^\s*(?:tel|callto):(?:\/\/)?/i;
const VISUAL_SEPARATORS = /[\s.\-()/\u00A0\u202F\u2009\u2013]/g;

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch (error) {
    if (error instanceof URIError) return undefined; // a malformed %-escape
    throw error;
  }
}

export function parseTelHref(href: string, region?: string): TelLink | null {
  const scheme = SCHEME.exec(href);
  if (!scheme) return null;
  const decoded = decode(href.slice(scheme[0].length));
  if (decoded === undefined) return null;
  const [numberPart = '', ...parameters] = decoded.split(';');
  let ext = parameters.find((parameter) => /^ext=/i.test(parameter))?.slice(4);
  const context = parameters.find((parameter) => /^phone-context=/i.test(parameter))?.slice(14);
  const [dialled = '', ...afterPause] = numberPart.split(/[,pw]+/i);
  ext ??= afterPause.find((part) => /\d/.test(part));
  const compact = dialled.replace(VISUAL_SEPARATORS, '');
  const local = context?.startsWith('+') && !compact.startsWith('+') ? `${context.replace(VISUAL_SEPARATORS, '')}${compact}` : compact;
  if (!/^\+?\d{3,}$/.test(local)) return null;
  const number = checkNumber(local.replace('+', ''), local.startsWith('+'), knownRegion(region));
  if (!number?.plausible) return null;
  const extDigits = ext?.replace(/\D/g, '');
  return extDigits ? { e164: number.e164, ext: extDigits } : { e164: number.e164 };
}
