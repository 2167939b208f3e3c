import { parseUrl } from '../../shared/parse-url.ts';

/**
 * Reads what a user types to switch a site off: a hostname ("crm.example.com") or a pasted address
 * ("https://crm.example.com/contacts/7"). Null when it is neither.
 */
export function siteFromInput(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  let host = t;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(t)) {
    const url = parseUrl(t);
    if (!url) return null;
    host = url.hostname;
  } else {
    host = t.split(/[/:?#]/)[0] ?? '';
  }
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  const ok = host.length <= 253 && host.split('.').every((part) => label.test(part));
  return ok ? host : null;
}
