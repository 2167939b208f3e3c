/** Shown while the database is empty: load the demo customers, or go and import real ones. */
import { Button, EmptyState, ErrorBanner, useAction, useClient } from '../shared/index.ts';

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
        title="Welcome to Callprep"
        actions={
          <>
            <Button variant="primary" busy={load.busy} onClick={() => void load.run()}>
              Load sample customers
            </Button>
            <Button onClick={onImport}>Import contacts</Button>
          </>
        }
      >
        Click a phone number on any page to see who it is. Start with a few sample customers, or import your
        contacts from a CSV or vCard file.
      </EmptyState>
      <ErrorBanner message={load.error} onDismiss={load.clearError} />
    </div>
  );
}
