import type { ComponentChildren } from 'preact';

export type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'info' | 'accent';

interface Props {
  tone?: Tone;
  /** A coloured dot before the text, for status pills ("Good time now"). */
  dot?: boolean;
  title?: string;
  testId?: string;
  children: ComponentChildren;
}

export function Badge({ tone = 'neutral', dot, title, testId, children }: Props) {
  const cls = tone === 'neutral' ? 'cp-badge' : `cp-badge cp-badge--${tone}`;
  return (
    <span class={cls} title={title} data-testid={testId}>
      {dot && <span class="cp-badge__dot" aria-hidden="true" />}
      {children}
    </span>
  );
}

/** A status pill: a badge with a dot. */
export const Pill = (props: Omit<Props, 'dot'>) => <Badge {...props} dot />;
