/** Sites where Callprep is switched off: turn one back on, or switch another off by name. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings.ts';
import { Button, ErrorBanner, TextInput, useAction, useClient, type Query } from '../shared/index.ts';
import { siteFromInput } from './site-name.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  settings: Query<Settings>;
}

export function SiteSettings({ settings }: Props) {
  const client = useClient();
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const setEnabled = useAction('fail_changeSite', async (hostname: string, enabled: boolean) => {
    const { disabledSites } = await client('site/set-enabled', { hostname, enabled });
    if (settings.data) settings.setData({ ...settings.data, disabledSites });
    return disabledSites;
  });
  if (!settings.data) return null;
  const sites = settings.data.disabledSites;

  const add = async () => {
    const site = siteFromInput(input);
    if (!site) return setInputError(t('siteInputInvalid'));
    if (sites.includes(site)) return setInputError(t('siteAlreadyOff', site));
    setInputError(null);
    if (await setEnabled.run(site, false)) setInput('');
  };

  return (
    <div class="cp-stack op-gap">
      {sites.length === 0 ? (
        <p class="op-note" data-testid="sites-empty">
          {t('sitesEmpty')}
        </p>
      ) : (
        <ul class="op-list" aria-label={t('sitesOff')} data-testid="disabled-sites">
          {sites.map((site) => (
            <li key={site} class="op-list__row" data-testid="disabled-site">
              <span class="cp-mono">{site}</span>
              <span class="cp-spacer" />
              <Button size="small" disabled={setEnabled.busy} onClick={() => void setEnabled.run(site, true)} aria-label={t('turnBackOnFor', site)}>
                {t('turnBackOn')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="op-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <TextInput
          label={t('switchOffOnSite')}
          placeholder="crm.example.com"
          value={input}
          error={inputError}
          class="op-grow"
          testId="site-input"
          onInput={(e) => {
            setInput(e.currentTarget.value);
            setInputError(null);
          }}
        />
        <Button type="submit" busy={setEnabled.busy} data-testid="site-add">
          {t('switchOff')}
        </Button>
      </form>
      <ErrorBanner message={setEnabled.error} onDismiss={setEnabled.clearError} />
    </div>
  );
}
