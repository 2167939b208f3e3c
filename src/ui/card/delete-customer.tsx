/**
 * "Delete customer…" at the end of a customer's file (issue 11). It asks first, in the card itself:
 * the question names the customer and says what goes with them (their calls and notes, concerns,
 * commitments, follow-ups) and that a connected team server loses them too. Escape or Cancel step
 * back without deleting; the background does the deletion in one transaction.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n/messages.ts';
import type { Customer } from '../../shared/model.ts';
import { Button } from '../shared/button.tsx';
import { useClient } from '../shared/client-context.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { useAction } from '../shared/use-action.ts';

interface Props {
  customer: Customer;
  /** The customer is gone: the card says so and shows what the number is now. */
  onDeleted: (name: string) => Promise<unknown>;
}

export function DeleteCustomer({ customer, onDeleted }: Props) {
  const client = useClient();
  const [asking, setAsking] = useState(false);
  const headingId = useId();
  const question = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const remove = useAction('fail_deleteCustomer', async () => {
    await client('customer/delete', { id: customer.id });
    await onDeleted(customer.name);
  });
  // The question takes the focus, so a keyboard or screen reader user meets it where it appeared.
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const stepBack = () => {
    setAsking(false);
    remove.clearError();
    requestAnimationFrame(() => opener.current?.focus());
  };

  if (!asking) {
    return (
      <div class="card-delete">
        <Button ref={opener} size="small" variant="danger" data-testid="delete-customer" onClick={() => setAsking(true)}>
          {t('deleteCustomer')}
        </Button>
      </div>
    );
  }
  return (
    <div
      ref={question}
      class="card-delete card-delete--asking"
      role="group"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid="delete-customer-question"
      onKeyDown={(e) => {
        // Escape steps back from the question; it does not close the card.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        stepBack();
      }}
    >
      <h2 id={headingId} class="card-delete__title">
        {t('deleteCustomerTitle', customer.name)}
      </h2>
      <p class="card-delete__what">{t('deleteCustomerWhat')}</p>
      <ErrorBanner message={remove.error} onDismiss={remove.clearError} testId="delete-customer-error" />
      <div class="cp-row">
        <Button variant="danger" size="small" class="card-delete__confirm" busy={remove.busy} data-testid="delete-customer-confirm" onClick={() => void remove.run()}>
          {t('deleteCustomerConfirm', customer.name)}
        </Button>
        <Button size="small" variant="ghost" data-testid="delete-customer-cancel" onClick={stepBack}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
