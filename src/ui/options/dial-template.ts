/**
 * The dial template's presets, which preset a template is, and why a custom one is refused, in words
 * a user can act on. The rule is shared/dial-template.ts, which the background enforces.
 */
import { dialTemplateProblem as templateProblem, type DialTemplateProblem } from '../../shared/dial-template.ts';
import { dialUrl } from '../../shared/dial-url.ts';

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

/** What the field says for each problem the shared rule (shared/dial-template.ts) finds. */
const PROBLEM_TEXT: Record<DialTemplateProblem, string> = {
  empty: 'Enter a template, e.g. tel:{e164}.',
  'unsafe-scheme': 'This kind of link cannot place calls. Use tel:, sip:, callto: or https://.',
  'no-scheme': 'Start with a scheme such as tel:, sip:, callto: or https://.',
  'no-number': 'Put {e164} (or {digits}) where the number goes.',
  spaces: 'A template cannot contain spaces.',
  'too-long': 'Keep the template under 500 characters.',
};

/** Why a template cannot be used, or null when it can. */
export function dialTemplateProblem(template: string): string | null {
  const problem = templateProblem(template);
  return problem ? PROBLEM_TEXT[problem] : null;
}

/** What the template produces for the example number, or null while it is invalid. */
export const dialExample = (template: string): string | null =>
  dialTemplateProblem(template) ? null : dialUrl(template.trim(), EXAMPLE_NUMBER);
