/** Calling: the default country for national numbers and the dial template that hands calls to the softphone. */
import { useMemo } from 'preact/hooks';
import type { Settings } from '../../shared/settings.ts';
import { ErrorBanner, Select, useAction, useClient, type Query } from '../shared/index.ts';
import { DialTemplateField } from './dial-template-field.tsx';
import { regionChoices } from './region-choices.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  settings: Query<Settings>;
}

export function CallingSettings({ settings }: Props) {
  const client = useClient();
  const regions = useMemo(() => regionChoices(), []);
  const saveCountry = useAction('fail_saveCountry', async (defaultCountry: string) => {
    settings.setData(await client('settings/update', { patch: { defaultCountry } }));
  });
  if (!settings.data) return null;
  return (
    <div class="cp-stack op-gap">
      <Select
        label={t('defaultCountry')}
        hint={t('defaultCountryHint')}
        options={regions}
        value={settings.data.defaultCountry}
        disabled={saveCountry.busy}
        testId="default-country"
        onChange={(e) => void saveCountry.run(e.currentTarget.value)}
      />
      <ErrorBanner message={saveCountry.error} onDismiss={saveCountry.clearError} />
      <DialTemplateField settings={settings} saved={settings.data.dialTemplate} />
    </div>
  );
}
