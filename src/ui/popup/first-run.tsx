/** Shown while the database is empty: load the demo customers, or go and import real ones. */
import { Button, EmptyState, ErrorBanner, useAction, useClient } from '../shared/index.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  onLoaded: () => void;
  onImport: () => void;
}

export function FirstRun({ onLoaded, onImport }: Props) {
  const client = useClient();
  const load = useAction('fail_loadSamples', async () => {
    await client('data/load-samples', {});
    onLoaded();
  });
  return (
    <div class="pp-first-run" data-testid="first-run">
      <EmptyState
        title={t('firstRunTitle')}
        actions={
          <>
            <Button variant="primary" busy={load.busy} onClick={() => void load.run()}>
              {t('firstRunLoadSamples')}
            </Button>
            <Button onClick={onImport}>{t('firstRunImport')}</Button>
          </>
        }
      >
        {t('firstRunText')}
      </EmptyState>
      <ErrorBanner message={load.error} onDismiss={load.clearError} />
    </div>
  );
}
