/** Words for the import screen: what file was recognised and what each field is called. */
import type { ImportField, ImportSource } from '../../shared/protocol/index.ts';
import { isImportField } from '../../shared/protocol/import.ts';
import { t } from '../../shared/i18n/messages.ts';

/** "HubSpot export recognised"… in the user's language. */
export const sourceLabel = (source: ImportSource): string => t(`importSource_${source}`);

/** "Full name", "Work phone"… in the user's language. */
export const fieldLabel = (field: ImportField): string => t(`importField_${field}`);

/** A column as the file names it; a vCard's columns are Callprep's own, named by their fields (db/import/vcard.ts). */
export const columnLabel = (column: string, source: ImportSource): string => (source === 'vcard' && isImportField(column) ? fieldLabel(column) : column);

const NAME_FIELDS: readonly ImportField[] = ['name', 'firstName', 'lastName', 'company'];

/** Why a mapping cannot import anything useful, or null. */
export function mappingProblem(mapping: Record<string, ImportField>): string | null {
  const fields = Object.values(mapping);
  if (!fields.some((f) => NAME_FIELDS.includes(f))) return t('importNeedsName');
  return null;
}
