/** Loads the demo customers, to try Callprep on the demo CRM page before importing real contacts. */
import { useState } from 'preact/hooks';
import { Button, ErrorBanner, SuccessBanner, useAction, useClient } from '../shared/index.ts';
import { describeCounts } from './record-counts.ts';
import { t } from '../../shared/i18n/messages.ts';

export function SampleDataSection({ onLoaded }: { onLoaded?: () => void }) {
  const client = useClient();
  const [done, setDone] = useState<string | null>(null);
  const load = useAction('fail_loadSamples', async () => {
    const counts = await client('data/load-samples', {});
    setDone(t('samplesLoaded', describeCounts(counts)));
    onLoaded?.();
  });
  return (
    <div class="cp-stack">
      <div class="cp-row">
        <Button busy={load.busy} onClick={() => void load.run()} data-testid="load-samples">
          {t('samplesLoad')}
        </Button>
      </div>
      <ErrorBanner message={load.error} onDismiss={load.clearError} />
      <SuccessBanner message={done} testId="samples-loaded" />
    </div>
  );
}
