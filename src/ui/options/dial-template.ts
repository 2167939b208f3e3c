/**
 * The dial template's presets, which preset a template is, and why a custom one is refused, in words
 * a user can act on. The background checks again with the same rule (isValidDialTemplate).
 */
import { dialUrl } from '../../shared/dial-url.ts';
import { isValidDialTemplate } from '../../shared/settings.ts';

export const EXAMPLE_NUMBER = '+12127368410';

export const DIAL_PRESETS = [
  { value: 'tel:{e164}', label: 'Phone app (tel:)' },
  { value: 'sip:{e164}', label: 'SIP softphone (sip:)' },
  { value: 'callto:{e164}', label: 'Skype and others (callto:)' },
] as const;

export const CUSTOM = 'custom';

/** The preset a template is, or "custom". */
export const presetOf = (template: string): string =>
  DIAL_PRESETS.some((p) => p.value === template) ? template : CUSTOM;

/** Why a template cannot be used, or null when it can. */
export function dialTemplateProblem(template: string): string | null {
  const t = template.trim();
  if (!t) return 'Enter a template, e.g. tel:{e164}.';
  if (/^(javascript|data|file|vbscript):/i.test(t)) return 'This kind of link cannot place calls. Use tel:, sip:, callto: or https://.';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(t)) return 'Start with a scheme such as tel:, sip:, callto: or https://.';
  if (!t.includes('{e164}')) return 'Put {e164} where the number goes.';
  if (/\s/.test(t)) return 'A template cannot contain spaces.';
  if (t.length > 500) return 'Keep the template under 500 characters.';
  // Anything else the shared rule refuses (kept in step with the background's check).
  if (!isValidDialTemplate(t)) return 'This template is not valid.';
  return null;
}

/** What the template produces for the example number, or null while it is invalid. */
export const dialExample = (template: string): string | null =>
  dialTemplateProblem(template) ? null : dialUrl(template.trim(), EXAMPLE_NUMBER);
