/** The big teal Call: dials through the user's softphone and opens the call record in the same click. */
import { buttonClass } from '../shared/button.tsx';
import { DialLink, useDialUrl } from './dial-link.tsx';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  e164: string;
  ext?: string;
  onCall: () => void;
  /** "Call anyway" for a number without a customer. */
  text?: string;
  variant?: 'primary' | 'secondary';
  testId?: string;
}

export function CallButton({ e164, ext, onCall, text = t('call'), variant = 'primary', testId = 'call-button' }: Props) {
  const url = useDialUrl(e164, ext);
  const cls = `${buttonClass(variant, 'large', true)} card-call-button`;
  if (!url) {
    return (
      <button type="button" class={cls} disabled data-testid={testId}>
        {text}
      </button>
    );
  }
  return (
    <DialLink url={url} onClick={onCall} class={cls} testId={testId}>
      <span aria-hidden="true" class="card-call-button__icon">
        ☎
      </span>
      {text}
    </DialLink>
  );
}
