/** A number shared by several customers (a switchboard): ask who is being called. */
import type { CustomerFile } from '../../shared/views.ts';
import { CardHeader } from './card-header.tsx';
import { phoneLabelName } from './labels.ts';
import { t, tPlural } from '../../shared/i18n/messages.ts';

interface Props {
  matches: CustomerFile[];
  e164: string;
  raw: string;
  onClose: () => void;
  onPick: (customerId: string) => void;
}

export function SwitchboardView({ matches, e164, raw, onClose, onPick }: Props) {
  return (
    <div class="card-view" data-testid="view-switchboard">
      <CardHeader raw={raw} e164={e164} onClose={onClose} title={tPlural('switchboardTitle', matches.length)}>
        <p class="cp-muted card-head__sub">{t('whoAreYouCalling')}</p>
      </CardHeader>
      <ul class="card-pick">
        {matches.map(({ customer }) => {
          const label = customer.phones.find((p) => p.e164 === e164)?.label;
          const role = [customer.title, customer.company].filter(Boolean).join(' · ');
          return (
            <li key={customer.id}>
              <button type="button" class="card-pick__option" onClick={() => onPick(customer.id)} data-testid="switchboard-option">
                <span class="card-pick__name">{customer.name}</span>
                {role && <span class="card-pick__role">{role}</span>}
                {label && <span class="card-pick__label">{phoneLabelName(label)}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
