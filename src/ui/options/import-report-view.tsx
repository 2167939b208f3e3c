/**
 * What an import did: how many customers were added, merged into existing ones, which rows were
 * skipped and why, which were kept with something cut or left out to fit the limits, and how the
 * file was read when it was not UTF-8.
 */
import type { ImportReport } from '../../shared/protocol/index.ts';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function ImportReportView({ report, notice }: { report: ImportReport; notice?: string | null }) {
  return (
    <div class="cp-stack" data-testid="import-report" role="status">
      {notice && <p class="cp-banner cp-banner--warning" role="note" data-testid="import-report-notice">{notice}</p>}
      <p class="op-report">
        <strong data-testid="import-imported">{plural(report.imported, 'customer', 'customers')} imported</strong>
        <span> · </span>
        <span data-testid="import-merged">{plural(report.merged, 'merged into an existing customer', 'merged into existing customers')}</span>
        <span> · </span>
        <span data-testid="import-skipped">{plural(report.skipped.length, 'row', 'rows')} skipped</span>
        {report.adjusted.length > 0 && (
          <>
            <span> · </span>
            <span data-testid="import-adjusted">{plural(report.adjusted.length, 'row', 'rows')} shortened to fit</span>
          </>
        )}
      </p>
      {report.skipped.length > 0 && (
        <table class="op-table" data-testid="import-skipped-rows">
          <caption class="op-table__caption">Skipped rows</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Reason</th>
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
          <caption class="op-table__caption">Rows kept with something cut or left out</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">What did not fit</th>
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
