/**
 * Callprep's shared UI kit. Pages import `../shared/theme.css` once in their entry point, then take
 * components from here. Components reach the background only through `useClient()`.
 */
export { Badge, Pill, type Tone } from './badge.tsx';
export { Button, buttonClass, type ButtonProps, type ButtonSize, type ButtonVariant } from './button.tsx';
export { ClientContext, ClientProvider, useClient } from './client-context.tsx';
export { describeError, failedTo, type FailureKey } from './describe-error.ts';
export { EmptyState } from './empty-state.tsx';
export { MessageParts } from './message-parts.tsx';
export { ErrorBanner, SuccessBanner } from './error-banner.tsx';
export { Checkbox, Field, Select, TextArea, TextInput, type ControlIds, type SelectOption } from './field.tsx';
export { Section } from './section.tsx';
export { useAction, type Action } from './use-action.ts';
export { useQuery, type Query } from './use-query.ts';
