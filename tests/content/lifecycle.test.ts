// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { ALIVE_CHECK_MS, aliveCheck, claimFrame, watchExtensionAlive } from '../../src/content/lifecycle.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('a second instance in the same frame takes over: the first one aborts, the second keeps running', () => {
  const first = new AbortController();
  const second = new AbortController();
  claimFrame(first);
  expect(first.signal.aborted).toBe(false);
  claimFrame(second);
  expect(first.signal.aborted).toBe(true);
  expect(second.signal.aborted).toBe(false);
  second.abort();
});

test('the page cannot switch Callprep off: the DOM event that used to hand a frame over does nothing', () => {
  // Issue 9: one line of page script stopped every instance until the page was reloaded.
  const instance = new AbortController();
  claimFrame(instance);
  document.dispatchEvent(new CustomEvent('callprep:takeover'));
  window.dispatchEvent(new CustomEvent('callprep:takeover'));
  expect(instance.signal.aborted).toBe(false);
  instance.abort();
});

test('an instance that ended leaves the frame free: the next one takes it without touching it', () => {
  const ended = new AbortController();
  claimFrame(ended);
  ended.abort();
  const next = new AbortController();
  claimFrame(next);
  expect(next.signal.aborted).toBe(false);
  next.abort();
});

test.each([
  ['extension alive', { runtime: { id: 'abc' } }, true],
  ['extension reloaded: runtime.id gone', { runtime: {} }, false],
  ['no extension API at all', undefined, false],
])('%s → keeps running: %s', (_name, chrome, alive) => {
  vi.stubGlobal('chrome', chrome);
  const controller = new AbortController();
  expect(aliveCheck(controller)()).toBe(alive);
  expect(controller.signal.aborted).toBe(!alive);
});

test('an instance whose extension was reloaded stops by itself, with nothing happening on the page', () => {
  vi.useFakeTimers();
  const runtime: { id?: string } = { id: 'abc' };
  vi.stubGlobal('chrome', { runtime });
  const controller = new AbortController();
  watchExtensionAlive(controller);
  vi.advanceTimersByTime(3 * ALIVE_CHECK_MS);
  expect(controller.signal.aborted).toBe(false);
  delete runtime.id; // what Chrome does to an orphaned content script
  vi.advanceTimersByTime(ALIVE_CHECK_MS);
  expect(controller.signal.aborted).toBe(true);
  expect(vi.getTimerCount()).toBe(0);
});
