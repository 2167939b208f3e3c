import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children?: ComponentChildren;
  actions?: ComponentChildren;
  testId?: string;
}

/** What a screen shows when there is nothing (yet): a title, a sentence, and what to do next. */
export function EmptyState({ title, children, actions, testId }: Props) {
  return (
    <div class="cp-empty" data-testid={testId}>
      <p class="cp-empty__title">{title}</p>
      {children && <div>{children}</div>}
      {actions && <div class="cp-empty__actions">{actions}</div>}
    </div>
  );
}
