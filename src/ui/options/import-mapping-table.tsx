/** Each column of the file, a few of its values, and the field it becomes (a select per column). */
import { IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportSource } from '../../shared/protocol/import.ts';
import { columnLabel, fieldLabel } from './import-labels.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  columns: string[];
  source: ImportSource;
  mapping: ImportMapping;
  /** Column → a few values; empty for vCards, whose "columns" are vCard properties. */
  examples: Record<string, string[]>;
  onChange: (column: string, field: ImportField) => void;
}

export function ImportMappingTable({ columns, source, mapping, examples, onChange }: Props) {
  const showExamples = Object.keys(examples).length > 0;
  return (
    <table class="op-table" data-testid="import-mapping">
      <caption class="cp-visually-hidden">{t('importMappingCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('importColumnInFile')}</th>
          {showExamples && <th scope="col">{t('importExampleValues')}</th>}
          <th scope="col">{t('importAs')}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => (
          <tr key={column} class={mapping[column] === 'ignore' ? 'op-table__muted' : undefined}>
            <th scope="row">{columnLabel(column, source)}</th>
            {showExamples && <td class="op-table__examples">{(examples[column] ?? []).join(' · ') || '—'}</td>}
            <td>
              <select
                class="cp-select"
                aria-label={t('importColumnAs', columnLabel(column, source))}
                value={mapping[column] ?? 'ignore'}
                data-testid="import-field"
                data-column={column}
                onChange={(e) => onChange(column, e.currentTarget.value as ImportField)}
              >
                {IMPORT_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(field)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
