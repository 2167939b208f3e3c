/**
 * The dial template's presets, which preset a template is, and why a custom one is refused, in words
 * a user can act on. The rule is shared/dial-template.ts, which the background enforces.
 */
import { DIAL_TEMPLATE_MAX, dialTemplateProblem as templateProblem, type DialTemplateProblem } from '../../shared/dial-template.ts';
import { dialUrl } from '../../shared/dial-url.ts';
import { t } from '../../shared/i18n/messages.ts';

export const EXAMPLE_NUMBER = '+12127368410';

/** The presets, with their names in the user's language. */
export const dialPresets = () =>
  [
    { value: 'tel:{e164}', label: t('dialPresetTel') },
    { value: 'sip:{e164}', label: t('dialPresetSip') },
    { value: 'callto:{e164}', label: t('dialPresetCallto') },
  ] as const;

export const CUSTOM = 'custom';

/** The preset a template is, or "custom". */
export const presetOf = (template: string): string =>
  dialPresets().some((p) => p.value === template) ? template : CUSTOM;

/** What the field says for each problem the shared rule (shared/dial-template.ts) finds. */
const PROBLEM_TEXT: Record<DialTemplateProblem, () => string> = {
  empty: () => t('dialProblemEmpty'),
  'unsafe-scheme': () => t('dialProblemUnsafe'),
  'no-scheme': () => t('dialProblemNoScheme'),
  'no-number': () => t('dialProblemNoNumber'),
  spaces: () => t('dialProblemSpaces'),
  'too-long': () => t('dialProblemTooLong', DIAL_TEMPLATE_MAX),
};

/** Why a template cannot be used, or null when it can. */
export function dialTemplateProblem(template: string): string | null {
  const problem = templateProblem(template);
  return problem ? PROBLEM_TEXT[problem]() : null;
}

/** What the template produces for the example number, or null while it is invalid. */
export const dialExample = (template: string): string | null =>
  dialTemplateProblem(template) ? null : dialUrl(template.trim(), EXAMPLE_NUMBER);
