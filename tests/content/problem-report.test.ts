import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createProblemReporter, errorDetail } from '../../src/content/problem-report.ts';
import { NoAnswerError } from '../../src/content/runtime.ts';

let alive = true;
beforeEach(() => {
  alive = true;
  vi.stubGlobal('chrome', { runtime: { get id() { return alive ? 'callprep-id' : undefined; } } });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('reporting why a frame cannot do its work', () => {
  test('once per cause, with the error name and message only', async () => {
    const send = vi.fn(async () => ({ logged: true }));
    const problems = createProblemReporter(send as never);
    problems.report('scan-failed', new TypeError('x is not a function'));
    problems.report('scan-failed', new TypeError('another node, same cause'));
    problems.report('style-blocked', new Error('adoptedStyleSheets cannot be changed here'));
    expect(send.mock.calls).toEqual([
      ['diagnostics/report', { code: 'scan-failed', detail: 'TypeError: x is not a function' }, 5000],
      ['diagnostics/report', { code: 'style-blocked', detail: 'Error: adoptedStyleSheets cannot be changed here' }, 5000],
    ]);
    // And the browser console hears of each, for whoever has the page's devtools open.
    expect(console.error).toHaveBeenCalledTimes(3);
  });

  test('nothing is sent once the extension is gone (reloaded, removed): nothing is wrong with the page', () => {
    const send = vi.fn(async () => ({ logged: true }));
    alive = false;
    createProblemReporter(send as never).report('start-failed', new Error('Extension context invalidated.'));
    expect(send).not.toHaveBeenCalled();
  });

  test('a report the background cannot take is said in the console, not thrown', async () => {
    const send = vi.fn(async () => Promise.reject(new NoAnswerError('No answer to diagnostics/report within 5000 ms')));
    createProblemReporter(send as never).report('detector-failed', new Error('Failed to fetch dynamically imported module'));
    await vi.waitFor(() => expect(console.error).toHaveBeenLastCalledWith('Callprep: the problem above could not be logged', expect.any(NoAnswerError)));
  });

  test.each<[string, unknown, string]>([
    ['an Error', new RangeError('Maximum call stack size exceeded'), 'RangeError: Maximum call stack size exceeded'],
    ['a thrown string', 'nope', 'nope'],
    ['a very long message, cut', new Error('x'.repeat(600)), `Error: ${'x'.repeat(492)}…`],
  ])('the detail of %s', (_name, error, detail) => {
    expect(errorDetail(error)).toBe(detail);
  });
});
