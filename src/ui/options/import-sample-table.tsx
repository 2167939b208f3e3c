/** The first rows of the file as customers, the way the detected mapping reads them. */
import type { CustomerDraft } from '../../shared/model.ts';
import { formatPhone } from '../../shared/phone.ts';

export function ImportSampleTable({ sample }: { sample: CustomerDraft[] }) {
  return (
    <table class="op-table" data-testid="import-sample">
      <caption class="op-table__caption">First {sample.length} rows as detected</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Company</th>
          <th scope="col">Phone numbers</th>
          <th scope="col">Email</th>
        </tr>
      </thead>
      <tbody>
        {sample.map((draft, i) => (
          <tr key={i}>
            <td>{draft.name}</td>
            <td>{draft.company ?? ''}</td>
            <td class="cp-mono">{(draft.phones ?? []).map((p) => formatPhone(p.e164)).join(', ')}</td>
            <td>{(draft.emails ?? []).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
