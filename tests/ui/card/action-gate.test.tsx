// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionGate } from '../../../src/ui/card/action-gate.tsx';
import { CloseButton } from '../../../src/ui/card/card-header.tsx';
import { VISIBLE_BEFORE_ACTIONS_MS, VisibilityGate } from '../../../src/ui/card/visibility-gate.ts';
import { fakeClient } from '../popup/support/fake-client.ts';
import { render, type Rendered } from '../popup/support/render.tsx';

let ui: Rendered | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
  vi.useRealTimers();
});

async function mountGate() {
  vi.useFakeTimers();
  const gate = new VisibilityGate(['host']);
  const acted = vi.fn();
  const closed = vi.fn();
  const checks = vi.fn();
  ui = await render(
    <ActionGate gate={gate} requestCheck={checks}>
      <form onSubmit={(e) => (e.preventDefault(), acted('submit'))}>
        <button type="button" onClick={() => acted('resolve')}>
          Resolve
        </button>
        <a href="tel:+12127368410" onClick={(e) => (e.preventDefault(), acted('call'))}>
          Call
        </a>
        <input aria-label="Company" onKeyDown={(e) => e.key === 'Enter' && acted('save')} />
      </form>
      <CloseButton onClose={closed} />
    </ActionGate>,
    fakeClient({}).client,
  );
  const el = (selector: string) => ui!.$<HTMLElement>(selector)!;
  const press = (selector: string) => act(() => void el(selector).click());
  const enter = (selector: string) => act(() => void el(selector).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
  const report = (visible: boolean) => act(() => gate.report('host', visible));
  const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
  return { gate, acted, closed, checks, el, press, enter, report, wait };
}

describe('the card holds its buttons until it has been visible for half a second', () => {
  it('before: clicks, links, submits and Enter in a field do nothing, and the card says why', async () => {
    const { acted, press, enter, report, el } = await mountGate();
    await report(true);
    await press('button');
    await press('a');
    await enter('input');
    await act(() => void el('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(acted).not.toHaveBeenCalled();
    expect(ui!.$('[data-testid="visibility-notice"]')?.textContent).toMatch(/once it has been on screen/);
    expect(ui!.$('[data-actions]')?.getAttribute('data-actions')).toBe('waiting');
  });

  it('after: the same clicks act', async () => {
    const { acted, press, enter, report, wait } = await mountGate();
    await report(true);
    await wait(VISIBLE_BEFORE_ACTIONS_MS);
    expect(ui!.$('[data-actions]')?.getAttribute('data-actions')).toBe('ready');
    await press('button');
    await press('a');
    await enter('input');
    expect(acted.mock.calls.map(([what]) => what)).toEqual(['resolve', 'call', 'save']);
    expect(ui!.$('[data-testid="visibility-notice"]')).toBeNull();
  });

  it('hidden by the page: buttons pause with a notice; ✕ still closes the card', async () => {
    const { acted, closed, press, report, wait } = await mountGate();
    await report(true);
    await wait(VISIBLE_BEFORE_ACTIONS_MS);
    await report(false);
    await press('button');
    expect(acted).not.toHaveBeenCalled();
    expect(ui!.$('[data-testid="visibility-notice"]')?.textContent).toMatch(/can’t confirm this card is visible/);
    await press('[data-testid="close"]');
    expect(closed).toHaveBeenCalledOnce();
  });

  it('a press in the card asks the host to check at once', async () => {
    const { checks, el } = await mountGate();
    await act(() => void el('button').dispatchEvent(new Event('pointerdown', { bubbles: true })));
    expect(checks).toHaveBeenCalledOnce();
  });
});
