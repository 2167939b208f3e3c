import type { ComponentChildren } from 'preact';

interface Props {
  /** The anchor (options.html#import). */
  id: string;
  title: string;
  /** One or two sentences on what this section is for. */
  intro?: ComponentChildren;
  children: ComponentChildren;
}

/** A titled card on the options page, reachable by its anchor. */
export function OptionsSection({ id, title, intro, children }: Props) {
  return (
    <section id={id} class="op-section" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`} class="op-section__title">
        {title}
      </h2>
      {intro && <p class="op-section__intro">{intro}</p>}
      <div class="op-section__body">{children}</div>
    </section>
  );
}
