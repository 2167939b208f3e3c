/**
 * Turns the user's dial template into the URL that hands a call to the softphone.
 * Placeholders: {e164} "+12127368410", {digits} "12127368410", {ext} the extension; each URL-encoded
 * (the "+" stays literal outside http(s) URLs).
 */
export function dialUrl(template: string, e164: string, ext?: string): string {
  const extension = ext?.replace(/\D/g, '') ?? '';
  // "+" means a space in a web query, so it is escaped there; tel:, sip: and callto: expect it as is.
  const web = /^https?:/i.test(template);
  const encode = (v: string) => (web ? encodeURIComponent(v) : encodeURIComponent(v).replaceAll('%2B', '+'));
  const url = template
    .replaceAll('{e164}', encode(e164))
    .replaceAll('{digits}', encode(e164.replace(/^\+/, '')))
    .replaceAll('{ext}', encode(extension));
  // RFC 3966: a tel: URI carries the extension as a parameter, unless the template placed it itself.
  if (extension && /^tel:/i.test(template) && !template.includes('{ext}')) return `${url};ext=${extension}`;
  return url;
}
