/** "On this site": the per-site switch for the active tab's hostname. */
import { useState } from 'preact/hooks';
import { ErrorBanner, useAction, useClient, useQuery } from '../shared/index.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  /** undefined while the active tab is being looked up; null when the tab is not a web page. */
  site: string | null | undefined;
}

export function SiteSwitch({ site }: Props) {
  const client = useClient();
  const settings = useQuery((c) => c('settings/get', {}), [], 'fail_readSettings');
  const [changed, setChanged] = useState(false);
  const toggle = useAction('fail_changeThisSite', async (hostname: string, enabled: boolean) => {
    const { disabledSites } = await client('site/set-enabled', { hostname, enabled });
    if (settings.data) settings.setData({ ...settings.data, disabledSites });
    setChanged(true);
  });

  if (site === undefined || !settings.data) return <div class="pp-site" aria-busy="true" />;
  if (site === null) {
    return (
      <div class="pp-site">
        <span class="cp-faint">{t('siteNotAvailable')}</span>
      </div>
    );
  }
  const enabled = !settings.data.disabledSites.includes(site);
  return (
    <div class="pp-site">
      <label class="pp-switch" title={t('siteFindNumbers', site)}>
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          disabled={toggle.busy}
          data-testid="site-switch"
          onChange={(e) => void toggle.run(site, e.currentTarget.checked)}
        />
        <span class="pp-switch__track" aria-hidden="true" />
        <span class="pp-switch__label">{t('siteOnThisSite')}</span>
      </label>
      <span class="pp-site__host cp-muted" data-testid="site-host">
        {site}
      </span>
      {changed && (
        <span class="pp-site__note" role="status" data-testid="site-reload">
          {t('siteApplied')}
        </span>
      )}
      <ErrorBanner message={toggle.error ?? settings.error} onDismiss={toggle.clearError} />
    </div>
  );
}
