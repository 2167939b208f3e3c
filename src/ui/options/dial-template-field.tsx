/** Choose how Call hands a number over: a preset or a custom URL template, checked as you type. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings.ts';
import { Button, MessageParts, Select, SuccessBanner, TextInput, useAction, useClient, type Query } from '../shared/index.ts';
import { CUSTOM, EXAMPLE_NUMBER, dialExample, dialPresets, dialTemplateProblem, presetOf } from './dial-template.ts';
import { t } from '../../shared/i18n/messages.ts';

const choices = () => [...dialPresets(), { value: CUSTOM, label: t('dialPresetCustom') }];

interface Props {
  settings: Query<Settings>;
  /** The template stored now. */
  saved: string;
}

export function DialTemplateField({ settings, saved }: Props) {
  const client = useClient();
  const [draft, setDraft] = useState(saved);
  const [choice, setChoice] = useState(presetOf(saved));
  const [savedNote, setSavedNote] = useState<string | null>(null);
  useEffect(() => setDraft(saved), [saved]);

  const save = useAction('fail_saveDialTemplate', async (dialTemplate: string) => {
    settings.setData(await client('settings/update', { patch: { dialTemplate } }));
    setSavedNote(t('dialSaved'));
  });
  const problem = dialTemplateProblem(draft);
  const example = dialExample(draft);
  const pick = (value: string) => {
    setChoice(value);
    setSavedNote(null);
    if (value !== CUSTOM) {
      setDraft(value);
      void save.run(value);
    }
  };

  return (
    <div class="cp-stack" data-testid="dial-template">
      <Select label={t('dialOpenLabel')} options={choices()} value={choice} testId="dial-preset" onChange={(e) => pick(e.currentTarget.value)} />
      {choice === CUSTOM && (
        <form
          class="op-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!problem) void save.run(draft.trim());
          }}
        >
          <TextInput
            label={t('dialCustomLabel')}
            hint={t('dialCustomHint')}
            error={problem ?? save.error}
            value={draft}
            placeholder="https://pbx.example.com/dial?number={e164}"
            testId="dial-custom"
            class="op-grow"
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              setSavedNote(null);
              save.clearError();
            }}
          />
          <Button type="submit" variant="primary" busy={save.busy} disabled={Boolean(problem) || draft.trim() === saved} data-testid="dial-save">
            {t('save')}
          </Button>
        </form>
      )}
      {choice !== CUSTOM && save.error && <p class="cp-field__error" role="alert">{save.error}</p>}
      <p class="op-example" data-testid="dial-example">
        {example ? (
          <>
            <MessageParts id="dialExampleOpens" parts={[EXAMPLE_NUMBER, <code class="cp-mono">{example}</code>]} />
          </>
        ) : (
          <span class="cp-faint">{t('dialExampleLater')}</span>
        )}
      </p>
      <SuccessBanner message={savedNote} testId="dial-saved" />
    </div>
  );
}
