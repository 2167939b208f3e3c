/** CSV, JSON and Calendar (.ics) exports of the call notes and follow-ups, made in this page and saved as files. */
import type { SavedFile } from '../../db/files/saved-file.ts';
import { Button } from './button.tsx';
import { downloadFile } from './download-file.ts';
import { ErrorBanner } from './error-banner.tsx';
import { usePageFiles } from './page-files-context.tsx';
import { useAction } from './use-action.ts';
import { t } from '../../shared/i18n/messages.ts';

const FORMATS = [
  { format: 'csv', label: () => 'CSV' },
  { format: 'json', label: () => 'JSON' },
  { format: 'ics', label: () => t('exportCalendar') },
] as const;

interface Props {
  /** Where the file goes; the default saves it with an `<a download>`. */
  save?: (file: SavedFile) => void;
  size?: 'small' | 'medium';
}

export function ExportNotesButtons({ save = downloadFile, size = 'medium' }: Props) {
  const files = usePageFiles();
  const exportNotes = useAction('fail_exportNotes', async (format: 'csv' | 'json' | 'ics') => {
    save(await (await files()).exportNotes(format));
  });
  return (
    <div class="cp-stack">
      <div class="cp-row" role="group" aria-label={t('exportNotes')}>
        {FORMATS.map(({ format, label }) => (
          <Button key={format} size={size} disabled={exportNotes.busy} data-testid={`export-${format}`} onClick={() => void exportNotes.run(format)}>
            {label()}
          </Button>
        ))}
      </div>
      <ErrorBanner message={exportNotes.error} onDismiss={exportNotes.clearError} />
    </div>
  );
}
