/**
 * Import contacts from a CSV (HubSpot, Salesforce, Pipedrive, Google, Outlook or any) or a vCard file:
 * preview with a column mapping the user can change, then import and a report. Nothing is written
 * until "Import" is pressed, and a file the background cannot read changes nothing.
 */
import { useState } from 'preact/hooks';
import type { ImportMapping, ImportPreview, ImportReport } from '../../shared/protocol/index.ts';
import { decodeTextFile, encodingNotice } from '../../shared/text-file.ts';
import { Button, ErrorBanner, useAction, useClient } from '../shared/index.ts';
import { columnExamples, isVCard } from './column-examples.ts';
import { FilePicker } from './file-picker.tsx';
import { sourceLabel, mappingProblem } from './import-labels.ts';
import { ImportMappingTable } from './import-mapping-table.tsx';
import { ImportReportView } from './import-report-view.tsx';
import { ImportSampleTable } from './import-sample-table.tsx';
import { t, tPlural } from '../../shared/i18n/messages.ts';

/**
 * The file's text travels to the background in one message, which Chrome caps at 64 MiB; the row
 * limit (200,000) is reached long before this.
 */
const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

interface Loaded {
  fileName: string;
  content: string;
  /** Set when the file was not UTF-8 and was read as Windows-1252. */
  notice: string | null;
  preview: ImportPreview;
  mapping: ImportMapping;
  examples: Record<string, string[]>;
}

export function ImportSection({ onImported }: { onImported?: () => void }) {
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [report, setReport] = useState<{ report: ImportReport; notice: string | null } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const read = useAction('fail_readFile', async (file: File) => {
    setLoaded(null);
    setReport(null);
    const fileName = file.name;
    const { text: content, encoding } = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
    const preview = await client('import/preview', { fileName, content });
    const examples = isVCard(fileName, content) ? {} : columnExamples(content);
    setLoaded({ fileName, content, notice: encodingNotice(encoding), preview, mapping: { ...preview.mapping }, examples });
  });
  const commit = useAction('fail_importContacts', async (file: Loaded) => {
    const done = await client('import/commit', { fileName: file.fileName, content: file.content, mapping: file.mapping });
    setLoaded(null);
    setReport({ report: done, notice: file.notice });
    onImported?.();
  });
  const problem = loaded ? mappingProblem(loaded.mapping) : null;

  return (
    <div class="cp-stack op-gap">
      <div class="cp-row">
        <FilePicker
          label={loaded || report ? t('importChooseAnother') : t('importChooseFile')}
          accept=".csv,.vcf,.vcard,text/csv,text/vcard,text/x-vcard"
          disabled={read.busy || commit.busy}
          testId="import-file"
          maxBytes={MAX_IMPORT_BYTES}
          onFile={(f) => {
            setFileError(null);
            void read.run(f);
          }}
          onError={setFileError}
        />
        {read.busy && <span class="cp-muted">{t('importReading')}</span>}
        {loaded && <span class="cp-muted" data-testid="import-file-name">{loaded.fileName}</span>}
      </div>
      <ErrorBanner message={fileError ?? read.error} onDismiss={() => (setFileError(null), read.clearError())} testId="import-error" />

      {loaded && (
        <div class="cp-stack op-gap" data-testid="import-preview">
          <p class="op-detected">
            <strong data-testid="import-source">{sourceLabel(loaded.preview.source)}</strong>
            <span class="cp-muted" data-testid="import-row-count">
              {' '}· {tPlural('importContacts', loaded.preview.rowCount)}
            </span>
          </p>
          {loaded.notice && <p class="cp-banner cp-banner--warning" role="note" data-testid="import-encoding-notice">{loaded.notice}</p>}
          <ImportMappingTable
            columns={loaded.preview.columns}
            source={loaded.preview.source}
            mapping={loaded.mapping}
            examples={loaded.examples}
            onChange={(column, field) => setLoaded({ ...loaded, mapping: { ...loaded.mapping, [column]: field } })}
          />
          {loaded.preview.sample.length > 0 && <ImportSampleTable sample={loaded.preview.sample} />}
          {problem && <p class="cp-field__error" role="alert">{problem}</p>}
          <div class="cp-row">
            <Button variant="primary" busy={commit.busy} disabled={Boolean(problem)} data-testid="import-commit" onClick={() => void commit.run(loaded)}>
              {tPlural('importCommit', loaded.preview.rowCount)}
            </Button>
            <Button variant="ghost" disabled={commit.busy} onClick={() => setLoaded(null)}>
              {t('cancel')}
            </Button>
            {commit.busy && <progress class="op-progress" aria-label={t('importing')} data-testid="import-progress" />}
          </div>
          <ErrorBanner message={commit.error} onDismiss={commit.clearError} />
        </div>
      )}
      {report && <ImportReportView report={report.report} notice={report.notice} />}
    </div>
  );
}
