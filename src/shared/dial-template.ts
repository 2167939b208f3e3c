/**
 * The dial-template rule, once: what a template that hands a call to the softphone must be. The
 * settings schema (settings.ts) refuses a template that breaks it, wherever one arrives (the options
 * page, a stored value, a restored backup); the options field (ui/options/dial-template.ts) names
 * the problem as the user types. Placeholders are dial-url.ts's.
 */
import { t } from './i18n/messages.ts';

export const DIAL_TEMPLATE_MAX = 500;

/** Schemes that run code or read files instead of placing a call. */
const UNSAFE_SCHEME = /^(javascript|data|file|vbscript|blob):/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Where the number goes: with its "+" or without. */
const NUMBER_PLACEHOLDER = /\{(e164|digits)\}/;

export type DialTemplateProblem = 'empty' | 'unsafe-scheme' | 'no-scheme' | 'no-number' | 'spaces' | 'too-long';

/** What is wrong with a template (as typed, surrounding spaces ignored), or null when it can be used. */
export function dialTemplateProblem(template: string): DialTemplateProblem | null {
  const t = template.trim();
  if (!t) return 'empty';
  if (UNSAFE_SCHEME.test(t)) return 'unsafe-scheme';
  if (!SCHEME.test(t)) return 'no-scheme';
  if (!NUMBER_PLACEHOLDER.test(t)) return 'no-number';
  if (/\s/.test(t)) return 'spaces';
  if (t.length > DIAL_TEMPLATE_MAX) return 'too-long';
  return null;
}

/** The background's words for each problem, in the user's language (the options field shows its own, next to the input). */
export function dialTemplateRefusal(problem: DialTemplateProblem): string {
  switch (problem) {
    case 'empty':
      return t('dialRefuseEmpty');
    case 'unsafe-scheme':
      return t('dialRefuseUnsafe');
    case 'no-scheme':
      return t('dialRefuseNoScheme');
    case 'no-number':
      return t('dialRefuseNoNumber');
    case 'spaces':
      return t('dialRefuseSpaces');
    case 'too-long':
      return t('dialRefuseTooLong', DIAL_TEMPLATE_MAX);
  }
}
