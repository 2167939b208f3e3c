/** The first rows of the file as customers, the way the detected mapping reads them. */
import type { CustomerDraft } from '../../shared/model.ts';
import { formatPhone } from '../../shared/phone.ts';
import { t } from '../../shared/i18n/messages.ts';

export function ImportSampleTable({ sample }: { sample: CustomerDraft[] }) {
  return (
    <table class="op-table" data-testid="import-sample">
      <caption class="op-table__caption">{t('importSampleCaption', sample.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('importColName')}</th>
          <th scope="col">{t('importField_company')}</th>
          <th scope="col">{t('importColPhones')}</th>
          <th scope="col">{t('importField_email')}</th>
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
