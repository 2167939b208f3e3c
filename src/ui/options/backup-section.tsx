/**
 * Backup downloads the whole database as one JSON file; Restore replaces everything with such a file,
 * after the user confirms, or changes nothing and says what is wrong with the file. Both run in this
 * page, streamed, whatever the size (src/db/files/page-files.ts says why); the background is told
 * after a restore, to set the reminder again and to tell open tabs about the restored settings.
 */
import { useState } from 'preact/hooks';
import { Button, ErrorBanner, SuccessBanner, describeError, useAction, useClient } from '../shared/index.ts';
import { downloadFile } from '../shared/download-file.ts';
import { usePageFiles } from '../shared/page-files-context.tsx';
import { FilePicker } from './file-picker.tsx';
import { describeCounts } from './record-counts.ts';
import { t } from '../../shared/i18n/messages.ts';

export function BackupSection({ onRestored }: { onRestored?: () => void }) {
  const client = useClient();
  const files = usePageFiles();
  const [pending, setPending] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const backup = useAction('fail_makeBackup', async () => {
    downloadFile(await (await files()).backup());
  });
  const restore = useAction('fail_restoreBackup', async (file: File) => {
    const counts = await (await files()).restore(file);
    setPending(null);
    onRestored?.();
    // The data is in, so a background that does not answer is no failure of the restore: it sets the reminder at its next start.
    const told = await client('backup/restored', {}).then(
      () => '',
      (error: unknown) => ` ${t('restoredRemindersLater', describeError(error))}`,
    );
    setDone(`${t('restoredCounts', describeCounts(counts))}${told}`);
  });

  return (
    <div class="cp-stack op-gap">
      <div class="cp-row">
        <Button busy={backup.busy} onClick={() => void backup.run()} data-testid="backup-export">
          {t('backupDownload')}
        </Button>
        <FilePicker
          label={t('backupRestoreFrom')}
          accept=".json,application/json"
          disabled={restore.busy}
          testId="backup-file"
          onFile={(file) => {
            setFileError(null);
            setDone(null);
            restore.clearError();
            setPending(file);
          }}
          onError={setFileError}
        />
      </div>
      {pending && (
        <div class="op-confirm" role="alertdialog" aria-labelledby="restore-confirm-text" data-testid="restore-confirm">
          <p id="restore-confirm-text">
            <strong>{t('backupConfirmHead')}</strong> {t('backupConfirmRest', pending.name)}
          </p>
          <div class="cp-row">
            <Button variant="danger" busy={restore.busy} onClick={() => void restore.run(pending)} data-testid="restore-confirm-yes">
              {t('backupReplaceAll')}
            </Button>
            <Button variant="ghost" disabled={restore.busy} onClick={() => setPending(null)}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      )}
      <ErrorBanner message={fileError ?? backup.error ?? restore.error} onDismiss={() => (setFileError(null), backup.clearError(), restore.clearError())} testId="backup-error" />
      <SuccessBanner message={done} testId="restore-done" />
    </div>
  );
}
