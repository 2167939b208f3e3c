/**
 * What an import did: how many customers were added, merged into existing ones, which rows were
 * skipped and why, which were kept with something cut or left out to fit the limits, and how the
 * file was read when it was not UTF-8.
 */
import type { ImportReport } from '../../shared/protocol/index.ts';
import { t, tPlural } from '../../shared/i18n/messages.ts';


export function ImportReportView({ report, notice }: { report: ImportReport; notice?: string | null }) {
  return (
    <div class="cp-stack" data-testid="import-report" role="status">
      {notice && <p class="cp-banner cp-banner--warning" role="note" data-testid="import-report-notice">{notice}</p>}
      <p class="op-report">
        <strong data-testid="import-imported">{tPlural('importImported', report.imported)}</strong>
        <span> · </span>
        <span data-testid="import-merged">{tPlural('importMerged', report.merged)}</span>
        <span> · </span>
        <span data-testid="import-skipped">{tPlural('importSkipped', report.skipped.length)}</span>
        {report.adjusted.length > 0 && (
          <>
            <span> · </span>
            <span data-testid="import-adjusted">{tPlural('importShortened', report.adjusted.length)}</span>
          </>
        )}
      </p>
      {report.skipped.length > 0 && (
        <table class="op-table" data-testid="import-skipped-rows">
          <caption class="op-table__caption">{t('importSkippedRows')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importRow')}</th>
              <th scope="col">{t('importReason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.skipped.map(({ row, reason }) => (
              <tr key={row}>
                <td class="cp-mono">{row}</td>
                <td>{reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.adjusted.length > 0 && (
        <table class="op-table" data-testid="import-adjusted-rows">
          <caption class="op-table__caption">{t('importAdjustedRows')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importRow')}</th>
              <th scope="col">{t('importDidNotFit')}</th>
            </tr>
          </thead>
          <tbody>
            {report.adjusted.map(({ row, changes }) => (
              <tr key={row}>
                <td class="cp-mono">{row}</td>
                <td>{changes.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
