import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'small' | 'medium' | 'large';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'size'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  block?: boolean;
  /** Shows the label as busy and blocks a second click while an action runs. */
  busy?: boolean;
  children?: ComponentChildren;
}

export function buttonClass(variant: ButtonVariant = 'secondary', size: ButtonSize = 'medium', block = false): string {
  const parts = ['cp-button'];
  if (variant !== 'secondary') parts.push(`cp-button--${variant}`);
  if (size !== 'medium') parts.push(`cp-button--${size}`);
  if (block) parts.push('cp-button--block');
  return parts.join(' ');
}

export function Button({ variant, size, block, busy, disabled, type, class: extra, children, ...rest }: ButtonProps) {
  const cls = [buttonClass(variant, size, block), extra].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type ?? 'button'} class={cls} disabled={disabled || busy} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}
