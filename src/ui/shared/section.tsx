import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  title: string;
  /** Shown after the title, e.g. the number of items. */
  count?: number;
  /** Buttons at the right of the heading. */
  actions?: ComponentChildren;
  class?: string;
  testId?: string;
  children: ComponentChildren;
}

/** A titled block; the heading labels the region for screen readers. */
export function Section({ title, count, actions, class: extra, testId, children }: Props) {
  const id = useId();
  return (
    <section class={['cp-section', extra].filter(Boolean).join(' ')} aria-labelledby={id} data-testid={testId}>
      <div class="cp-section__head">
        <h2 id={id} class="cp-section__title">
          {title}
          {count !== undefined && <span class="cp-section__count"> · {count}</span>}
        </h2>
        <span class="cp-spacer" />
        {actions}
      </div>
      {children}
    </section>
  );
}
