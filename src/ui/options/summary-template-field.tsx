/**
 * The summary e-mail's template (shared/call-summary.ts): shown as it will be used (the default in
 * the user's language until they write their own), checked as they type against the placeholders,
 * saved through the settings; "Use the default" forgets their own.
 */
import { useEffect, useState } from 'preact/hooks';
import { SUMMARY_TEMPLATE_MAX, summaryTemplateOrDefault, unknownSummaryPlaceholder } from '../../shared/call-summary.ts';
import { formatNumber, t } from '../../shared/i18n/messages.ts';
import type { Settings } from '../../shared/settings.ts';
import { Button, SuccessBanner, TextArea, useAction, useClient, type Query } from '../shared/index.ts';

interface Props {
  settings: Query<Settings>;
}

function problemOf(template: string): string | null {
  if (template.length > SUMMARY_TEMPLATE_MAX) return t('refuse_summaryLength', formatNumber(SUMMARY_TEMPLATE_MAX));
  const unknown = unknownSummaryPlaceholder(template);
  return unknown ? t('refuse_summaryPlaceholder', unknown) : null;
}

export function SummaryTemplateField({ settings }: Props) {
  const client = useClient();
  const stored = settings.data?.summaryTemplate ?? '';
  const [draft, setDraft] = useState(summaryTemplateOrDefault(stored));
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setDraft(summaryTemplateOrDefault(stored)), [stored]);
  const save = useAction('fail_saveSummaryTemplate', async (summaryTemplate: string) => {
    settings.setData(await client('settings/update', { patch: { summaryTemplate } }));
    setSaved(t('summaryTemplateSaved'));
  });
  const problem = problemOf(draft);
  if (!settings.data) return null;
  return (
    <form
      class="cp-stack"
      data-testid="summary-template"
      onSubmit={(e) => {
        e.preventDefault();
        // The default in the user's language is stored as "" so it follows a change of language.
        if (!problem) void save.run(draft.trim() === t('summaryTemplateDefault').trim() ? '' : draft);
      }}
    >
      <TextArea
        label={t('summaryTemplateLabel')}
        hint={t('summaryTemplateHint')}
        error={problem ?? save.error}
        rows={12}
        value={draft}
        testId="summary-template-input"
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          setSaved(null);
          save.clearError();
        }}
      />
      <div class="cp-row">
        <Button type="submit" variant="primary" busy={save.busy} disabled={Boolean(problem)} data-testid="summary-template-save">
          {t('summaryTemplateSave')}
        </Button>
        <Button variant="ghost" disabled={save.busy} data-testid="summary-template-reset" onClick={() => void save.run('')}>
          {t('summaryTemplateReset')}
        </Button>
      </div>
      <SuccessBanner message={saved} testId="summary-template-saved" />
    </form>
  );
}
