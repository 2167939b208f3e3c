// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { aliveCheck, claimFrame } from '../../src/content/lifecycle.ts';

afterEach(() => vi.unstubAllGlobals());

test('a second instance in the same frame takes over: the first one aborts, the second keeps running', () => {
  const first = new AbortController();
  const second = new AbortController();
  claimFrame(first);
  expect(first.signal.aborted).toBe(false);
  claimFrame(second);
  expect(first.signal.aborted).toBe(true);
  expect(second.signal.aborted).toBe(false);
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
