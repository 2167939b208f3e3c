/**
 * Personal notes ("daughter started university", "back from holiday 3 Dec"), apart from the business
 * notes and at the top of the card, so a call can start personal. Edited in place; saved like any
 * customer field (merged as text with an edit from another tab).
 */
import { t } from '../../shared/i18n/messages.ts';
import type { Customer } from '../../shared/model.ts';
import type { SaveCustomer } from './customer-save.ts';
import { InlineEdit } from './inline-edit.tsx';
import './respect.css';

interface Props {
  customer: Customer;
  save: SaveCustomer;
}

export function PersonalNotes({ customer, save }: Props) {
  return (
    <div class={customer.personalNotes ? 'card-personal card-personal--set' : 'card-personal'} data-testid="personal-notes">
      <span class="card-personal__label" aria-hidden="true">
        ♥ {t('personalNotes')}
      </span>
      <InlineEdit
        label={t('personalNotesLabel')}
        value={customer.personalNotes ?? ''}
        placeholder={t('personalNotesAdd')}
        multiline
        class="card-pre"
        testId="customer-personal-notes"
        onSave={(v) => save({ personalNotes: v.trim() })}
      />
    </div>
  );
}
