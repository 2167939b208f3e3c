/**
 * Links that hand something to another app: tel:/sip:/callto: to the softphone, mailto: to the mail
 * client, sms: to the phone; http(s) dialers open in a new tab.
 *
 * Why a hidden, named frame as the target of non-web links: they must stay real links the user
 * clicks (browsers launch protocol handlers from a cross-origin iframe only on the user's own click),
 * but a link that navigates the card's own frame loses the card in Firefox when no app handles the
 * scheme (the frame becomes "about:neterror?e=unknownProtocolFound", measured in Firefox ESR 153).
 * Aimed at a hidden frame, the handler still launches in Chromium and Firefox, and a failure lands
 * out of sight.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n/messages.ts';

export const HANDOFF_FRAME = 'callprep-handoff';

export const isWebUrl = (url: string): boolean => /^https?:/i.test(url);

/**
 * Rendered once per card page; the target of every non-web hand-off link. Made just after the card's
 * first paint: a frame costs 20 ms to make (Chromium 156), which the customer's name would otherwise
 * wait for, and no link can be followed before then (the card's buttons wait until it has been
 * visible a moment: action-gate.tsx).
 */
export function HandoffFrame() {
  const [made, setMade] = useState(false);
  useEffect(() => setMade(true), []);
  return made ? <iframe name={HANDOFF_FRAME} title={t('handoffFrameTitle')} hidden tabIndex={-1} aria-hidden="true" /> : null;
}

interface Props {
  href: string;
  class: string;
  testId?: string;
  label?: string;
  onClick?: () => void;
  /** Extra data attributes, e.g. the dial URL for tests. */
  dialUrl?: string;
  children: ComponentChildren;
}

export function HandoffLink({ href, class: cls, testId, label, onClick, dialUrl, children }: Props) {
  const web = isWebUrl(href);
  return (
    <a
      href={href}
      target={web ? '_blank' : HANDOFF_FRAME}
      rel={web ? 'noopener noreferrer' : undefined}
      class={cls}
      data-testid={testId}
      data-dial-url={dialUrl}
      aria-label={label}
      onClick={onClick}
    >
      {children}
    </a>
  );
}
