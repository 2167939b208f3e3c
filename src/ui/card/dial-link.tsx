/** The link that hands a number to the softphone, under the user's dial template. */
import type { ComponentChildren } from 'preact';
import { dialUrl } from '../../shared/dial-url.ts';
import { useQuery } from '../shared/use-query.ts';
import { HandoffLink } from './handoff-link.tsx';

interface Props {
  url: string;
  onClick?: () => void;
  class: string;
  testId: string;
  label?: string;
  children: ComponentChildren;
}

export function DialLink({ url, onClick, class: cls, testId, label, children }: Props) {
  return (
    <HandoffLink href={url} onClick={onClick} class={cls} testId={testId} label={label} dialUrl={url}>
      {children}
    </HandoffLink>
  );
}

/** The dial URL for a number, or undefined while settings load (plain tel: if they cannot be read). */
export function useDialUrl(e164: string, ext?: string): string | undefined {
  const settings = useQuery((client) => client('settings/get', {}), [], 'fail_readDialSettings');
  if (settings.data) return dialUrl(settings.data.dialTemplate, e164, ext);
  return settings.error ? dialUrl('tel:{e164}', e164, ext) : undefined;
}
