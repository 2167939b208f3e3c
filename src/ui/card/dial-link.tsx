/**
 * The link that hands a number to the softphone. It is a real <a href> the user clicks, because
 * browsers launch tel:/sip:/callto: handlers reliably only from a user's own click on a link (a
 * script navigation from a cross-origin iframe is blocked or silently dropped). Web dialers
 * (https templates) open in a new tab so the card stays put.
 */
import type { ComponentChildren } from 'preact';
import { dialUrl } from '../../shared/dial-url.ts';
import { useQuery } from '../shared/use-query.ts';

export const isWebUrl = (url: string): boolean => /^https?:/i.test(url);

interface Props {
  url: string;
  onClick?: () => void;
  class: string;
  testId: string;
  label?: string;
  children: ComponentChildren;
}

export function DialLink({ url, onClick, class: cls, testId, label, children }: Props) {
  const web = isWebUrl(url);
  return (
    <a
      href={url}
      target={web ? '_blank' : undefined}
      rel={web ? 'noopener noreferrer' : undefined}
      class={cls}
      data-testid={testId}
      data-dial-url={url}
      aria-label={label}
      onClick={onClick}
    >
      {children}
    </a>
  );
}

/** The dial URL for a number under the user's dial template, or undefined while settings load. */
export function useDialUrl(e164: string, ext?: string): string | undefined {
  const settings = useQuery((client) => client('settings/get', {}), [], 'read the dial settings');
  return settings.data ? dialUrl(settings.data.dialTemplate, e164, ext) : settings.error ? dialUrl('tel:{e164}', e164, ext) : undefined;
}
