/** The other calls still waiting for their wrap-up, above the one the panel shows: a click shows one. */
import type { Call } from '../../shared/model.ts';
import type { OpenCallItem } from '../../shared/views.ts';
import { formatPhone } from '../../shared/phone.ts';
import { t } from '../../shared/i18n/messages.ts';
import { Button } from '../shared/button.tsx';

interface Props {
  items: OpenCallItem[];
  onShow: (call: Call) => void;
}

export function WaitingCalls({ items, onShow }: Props) {
  if (items.length === 0) return null;
  return (
    <section class="panel-waiting" aria-label={t('panelWaitingTitle')} data-testid="panel-waiting">
      <p class="panel-waiting__title">{t('panelWaitingTitle')}</p>
      <ul class="panel-waiting__list">
        {items.map(({ call, customerName }) => {
          const who = customerName ?? formatPhone(call.e164);
          return (
            <li key={call.id}>
              <span class="panel-waiting__who">{who}</span>
              <Button size="small" variant="ghost" onClick={() => onShow(call)} aria-label={t('panelShowCallWith', who)} data-testid="panel-show-call">
                {t('panelShowCall')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
