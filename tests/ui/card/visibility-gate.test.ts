import { describe, expect, it } from 'vitest';
import { UNCONFIRMED_MS, VISIBLE_BEFORE_ACTIONS_MS, VisibilityGate, type Clock, type GateState } from '../../../src/ui/card/visibility-gate.ts';

/** A clock the test moves by hand; timers fire as it passes them. */
function manualClock() {
  let now = 0;
  let timers: Array<{ at: number; fn: () => void }> = [];
  const clock: Clock = {
    now: () => now,
    after: (ms, fn) => {
      const timer = { at: now + ms, fn };
      timers.push(timer);
      return () => void (timers = timers.filter((t) => t !== timer));
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers = timers.filter((t) => t !== next);
      now = next.at;
      next.fn();
    }
    now = until;
  };
  return { clock, advance };
}

function gateWith(sources: Array<'host' | 'viewer' | 'tab'>) {
  const { clock, advance } = manualClock();
  const gate = new VisibilityGate(sources, clock);
  const seen: GateState[] = [];
  gate.subscribe((state) => seen.push(state));
  return { gate, advance, seen };
}

describe('the card\'s buttons wait until it has really been visible for a moment', () => {
  it('all sources visible: ready only after half a second, and the UI is told when', () => {
    const { gate, advance, seen } = gateWith(['host', 'viewer', 'tab']);
    for (const source of ['host', 'viewer', 'tab'] as const) gate.report(source, true);
    expect(gate.allowsActions).toBe(false);
    advance(VISIBLE_BEFORE_ACTIONS_MS - 1);
    expect(gate.state).toBe('waiting');
    advance(1);
    expect(gate.allowsActions).toBe(true);
    expect(seen).toEqual(['ready']);
  });

  it('one source says "not visible": hidden, and the half second starts again once it is visible', () => {
    const { gate, advance, seen } = gateWith(['host', 'tab']);
    gate.report('host', true);
    gate.report('tab', true);
    advance(VISIBLE_BEFORE_ACTIONS_MS);
    expect(gate.state).toBe('ready');
    gate.report('host', false); // the page faded the host
    expect(gate.state).toBe('hidden');
    expect(gate.allowsActions).toBe(false);
    gate.report('host', true);
    advance(VISIBLE_BEFORE_ACTIONS_MS - 10);
    expect(gate.allowsActions).toBe(false);
    advance(10);
    expect(gate.allowsActions).toBe(true);
    expect(seen).toEqual(['ready', 'hidden', 'waiting', 'ready']);
  });

  it('a page flickering the card faster than half a second never lets a click through', () => {
    const { gate, advance } = gateWith(['host']);
    for (let i = 0; i < 20; i++) {
      gate.report('host', true);
      advance(VISIBLE_BEFORE_ACTIONS_MS / 2);
      expect(gate.allowsActions).toBe(false);
      gate.report('host', false);
      advance(10);
    }
  });

  it('a source that never speaks (no line from the host) counts as "not visible"', () => {
    const { gate, advance } = gateWith(['host', 'tab']);
    gate.report('tab', true);
    advance(UNCONFIRMED_MS - 1);
    expect(gate.state).toBe('waiting');
    advance(1);
    expect(gate.state).toBe('hidden');
  });

  it('a report from a source the card does not use changes nothing', () => {
    const { gate, advance } = gateWith(['tab']);
    gate.report('tab', true);
    gate.report('host', false);
    advance(VISIBLE_BEFORE_ACTIONS_MS);
    expect(gate.allowsActions).toBe(true);
  });
});
