/**
 * When the customer ranks another channel above the phone, offer it directly: an e-mail or a text
 * message is often better than an unwelcome call.
 */
import type { Customer } from '../../shared/model.ts';
import { buttonClass } from '../shared/button.tsx';
import { HandoffLink } from './handoff-link.tsx';
import { channelLabel } from '../../shared/channel-labels.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  customer: Customer;
  e164: string;
}

export function AlternativeChannel({ customer, e164 }: Props) {
  const ranked = customer.preferences.channels;
  const phoneRank = ranked.indexOf('phone');
  const preferred = phoneRank === -1 ? ranked : ranked.slice(0, phoneRank);
  const email = customer.emails[0];
  const links = preferred.flatMap((channel) => {
    if (channel === 'email' && email) return [{ href: `mailto:${encodeURIComponent(email).replace('%40', '@')}`, text: t('emailTo', email) }];
    if (channel === 'sms') return [{ href: `sms:${e164}`, text: t('sendText') }];
    return [];
  });
  if (links.length === 0) return null;
  return (
    <div class="card-alt" data-testid="alternative-channel">
      <span class="card-alt__hint">{t('theyPrefer', channelLabel(preferred[0] ?? 'email'))}</span>
      {links.map((l) => (
        <HandoffLink key={l.href} class={buttonClass('secondary', 'small')} href={l.href}>
          {l.text}
        </HandoffLink>
      ))}
    </div>
  );
}
