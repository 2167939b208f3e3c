// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECK_MS, CardHostGuard, hostStyle } from '../../src/content/card-host-guard.ts';

const SIZE = { width: 380, height: 640 };

/**
 * A host element as the browser gives one: happy-dom has no popover API (top layer) and no layout,
 * so both are stood in for here, the toggle events coming a task later as in Chromium and Firefox.
 */
function hostOnPage() {
  const host = document.createElement('callprep-card');
  let open = false;
  const toggled = (newState: 'open' | 'closed') => setTimeout(() => host.dispatchEvent(Object.assign(new Event('toggle'), { newState })));
  const shows = vi.fn(() => void ((open = true), toggled('open')));
  Object.assign(host, { showPopover: shows, hidePopover: () => void ((open = false), toggled('closed')) });
  const matches = host.matches.bind(host);
  Object.assign(host, { matches: (selector: string) => (selector === ':popover-open' ? open : matches(selector)) });
  host.getBoundingClientRect = () => ({ left: 10, top: 10, right: 390, bottom: 650, width: 380, height: 640, x: 10, y: 10, toJSON: () => ({}) });
  const done = new AbortController();
  const verdicts: boolean[] = [];
  const guard = new CardHostGuard(host, { size: () => SIZE, onVerdict: (v) => verdicts.push(v), signal: done.signal });
  guard.setStyle(hostStyle('absolute', 10, 10));
  document.documentElement.append(host);
  guard.raise();
  return { host, guard, verdicts, shows, done };
}

const settle = async () => {
  await Promise.resolve(); // mutation records
  await vi.advanceTimersByTimeAsync(1); // toggle events
};

afterEach(() => {
  document.querySelectorAll('callprep-card').forEach((h) => h.remove());
  vi.useRealTimers();
});

describe('the card host as Callprep drew it', () => {
  it('is raised into the top layer and judged visible; placing it again is no tampering', async () => {
    vi.useFakeTimers();
    const { guard, verdicts, done } = hostOnPage();
    guard.setStyle(hostStyle('absolute', 40, 80));
    await settle();
    await vi.advanceTimersByTimeAsync(3 * CHECK_MS);
    expect(verdicts).toEqual([true]);
    done.abort();
  });

  it('a style the page\'s script sets on it is undone at once, and the card hears "not visible" until the next check', async () => {
    vi.useFakeTimers();
    const { host, verdicts, done } = hostOnPage();
    host.style.setProperty('opacity', '0', 'important');
    await settle();
    expect(verdicts).toEqual([true, false]);
    expect(host.getAttribute('style')).toBe(hostStyle('absolute', 10, 10));
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    expect(verdicts).toEqual([true, false, true]);
    done.abort();
  });

  it('hidden from the top layer by the page (hidePopover): shown again', async () => {
    vi.useFakeTimers();
    const { host, verdicts, shows, done } = hostOnPage();
    host.hidePopover();
    await settle();
    expect(host.matches(':popover-open')).toBe(true);
    expect(verdicts).toContain(false);
    expect(shows).toHaveBeenCalledTimes(2);
    done.abort();
  });

  it('another element entering the top layer after it: it goes back on top, once (its own hide-and-show is no tampering)', async () => {
    vi.useFakeTimers();
    const { verdicts, shows, done } = hostOnPage();
    const decoy = document.createElement('div');
    document.body.append(decoy);
    decoy.dispatchEvent(Object.assign(new Event('toggle'), { newState: 'open' }));
    await settle();
    await vi.advanceTimersByTimeAsync(3 * CHECK_MS);
    expect(shows).toHaveBeenCalledTimes(2);
    expect(verdicts).toEqual([true, false, true]);
    decoy.remove();
    done.abort();
  });

  it('removed from the page: not visible', async () => {
    vi.useFakeTimers();
    const { host, verdicts, done } = hostOnPage();
    host.remove();
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    expect(verdicts).toEqual([true, false]);
    done.abort();
  });

  it('stops watching when the card closes', async () => {
    vi.useFakeTimers();
    const { host, verdicts, done } = hostOnPage();
    done.abort();
    host.style.opacity = '0';
    await settle();
    await vi.advanceTimersByTimeAsync(3 * CHECK_MS);
    expect(verdicts).toEqual([true]);
  });
});
