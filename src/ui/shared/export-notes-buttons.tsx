/** CSV, JSON and Calendar (.ics) exports of the call notes and follow-ups, saved as files. */
import type { ExportFile } from '../../shared/views.ts';
import { Button } from './button.tsx';
import { useClient } from './client-context.tsx';
import { downloadFile } from './download-file.ts';
import { ErrorBanner } from './error-banner.tsx';
import { useAction } from './use-action.ts';

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'ics', label: 'Calendar (.ics)' },
] as const;

interface Props {
  /** Where the file goes; the default saves it with an `<a download>`. */
  save?: (file: ExportFile) => void;
  size?: 'small' | 'medium';
}

export function ExportNotesButtons({ save = downloadFile, size = 'medium' }: Props) {
  const client = useClient();
  const exportNotes = useAction('export the notes', async (format: 'csv' | 'json' | 'ics') => {
    save(await client('export/notes', { format }));
  });
  return (
    <div class="cp-stack">
      <div class="cp-row" role="group" aria-label="Export notes">
        {FORMATS.map(({ format, label }) => (
          <Button key={format} size={size} disabled={exportNotes.busy} data-testid={`export-${format}`} onClick={() => void exportNotes.run(format)}>
            {label}
          </Button>
        ))}
      </div>
      <ErrorBanner message={exportNotes.error} onDismiss={exportNotes.clearError} />
    </div>
  );
}
