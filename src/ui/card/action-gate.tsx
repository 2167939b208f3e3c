/**
 * Holds back every click, submit and Enter in the card until its VisibilityGate says the card has been
 * really visible for a moment (issue 9). Listening in the capture phase on the window, it stops such an
 * event before any button, link or form of the card sees it: one place, whatever the view. Only ✕
 * (marked data-gate-exempt) always works: closing a card is never harmful. The notice says why the
 * buttons wait; the root's data-actions says the same to tests.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n/messages.ts';
import { useEffect, useState } from 'preact/hooks';
import type { GateState, VisibilityGate } from './visibility-gate.ts';

interface Props {
  gate: VisibilityGate;
  /**
   * Asks the host to check at once when the user presses in the card (none in a tab of its own): a
   * verdict that changed arrives before the click, which comes when the button is released.
   */
  requestCheck?: () => void;
  children: ComponentChildren;
}

const HELD = ['click', 'auxclick', 'dblclick', 'submit'];
const isExempt = (target: EventTarget | null) => target instanceof Element && target.closest('[data-gate-exempt]') !== null;
/** Enter in a one-line field saves it (inline edits), as a click would. */
const isEnterInField = (event: Event) =>
  event instanceof KeyboardEvent && event.key === 'Enter' && event.target instanceof Element && event.target.matches('input, select');

export function ActionGate({ gate, requestCheck, children }: Props) {
  const [state, setState] = useState<GateState>(gate.state);
  const [held, setHeld] = useState(false);
  useEffect(() => gate.subscribe(setState), [gate]);
  useEffect(() => {
    if (state === 'ready') setHeld(false);
  }, [state]);
  useEffect(() => {
    const hold = (event: Event) => {
      if (gate.allowsActions || isExempt(event.target)) return;
      if (event.type === 'keydown' && !isEnterInField(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      setHeld(true);
    };
    const press = () => requestCheck?.();
    for (const type of [...HELD, 'keydown']) addEventListener(type, hold, { capture: true });
    addEventListener('pointerdown', press, { capture: true });
    return () => {
      for (const type of [...HELD, 'keydown']) removeEventListener(type, hold, { capture: true });
      removeEventListener('pointerdown', press, { capture: true });
    };
  }, [gate, requestCheck]);

  return (
    <div class="card-gate" data-actions={state}>
      {state === 'hidden' ? (
        <p class="card-gate__notice" role="alert" data-testid="visibility-notice">
          {t('visibilityPaused')}
        </p>
      ) : (
        held && (
          <p class="card-gate__notice" role="status" data-testid="visibility-notice">
            {t('visibilityHeld')}
          </p>
        )
      )}
      {children}
    </div>
  );
}
