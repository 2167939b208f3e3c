/** What an import did: how many customers were added, merged into existing ones, and which rows were skipped and why. */
import type { ImportReport } from '../../shared/protocol/index.ts';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div class="cp-stack" data-testid="import-report" role="status">
      <p class="op-report">
        <strong data-testid="import-imported">{plural(report.imported, 'customer', 'customers')} imported</strong>
        <span> · </span>
        <span data-testid="import-merged">{plural(report.merged, 'merged into an existing customer', 'merged into existing customers')}</span>
        <span> · </span>
        <span data-testid="import-skipped">{plural(report.skipped.length, 'row', 'rows')} skipped</span>
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
    </div>
  );
}
