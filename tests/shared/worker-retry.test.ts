import { describe, expect, it, vi } from 'vitest';
import { BackgroundUnreachable, classifySendFailure, withWorkerRetry } from '../../src/shared/worker-retry.ts';

// Error texts as the browsers give them (Chromium 150/156 measured with the worker stopped mid-save).
const CHROME_STOPPED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
const NOT_THERE = 'Could not establish connection. Receiving end does not exist.';
const FIREFOX_UNLOADED = 'Promised response from onMessage listener went out of scope';
const RELOADED = 'Extension context invalidated.';

describe('classifySendFailure', () => {
  it.each([
    [CHROME_STOPPED, 'answer-lost'],
    ['No answer to call/save-notes: the message port closed before a response was received.', 'answer-lost'],
    [FIREFOX_UNLOADED, 'answer-lost'],
    [NOT_THERE, 'not-delivered'],
    [RELOADED, 'context-gone'],
    ['This call no longer exists.', null],
  ])('%s → %s', (text, failure) => expect(classifySendFailure(new Error(text))).toBe(failure));
});

/** A send that fails with these errors, then answers "stored". */
function flaky(...errors: string[]) {
  const send = vi.fn(async () => {
    const next = errors.shift();
    if (next) throw new Error(next);
    return 'stored';
  });
  return send;
}
const noWait = async () => {};

describe('withWorkerRetry', () => {
  it('sends a repeatable save again once the worker that stopped mid-save is back', async () => {
    const send = flaky(CHROME_STOPPED, NOT_THERE);
    await expect(withWorkerRetry(send, true, [1, 1, 1], noWait)).resolves.toBe('stored');
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('sends anything again that surely never arrived', async () => {
    const send = flaky(NOT_THERE);
    await expect(withWorkerRetry(send, false, [1], noWait)).resolves.toBe('stored');
  });

  it('does not repeat an adding request that may have arrived, and says to check', async () => {
    const send = flaky(CHROME_STOPPED);
    await expect(withWorkerRetry(send, false, [1], noWait)).rejects.toThrow(/stopped before it answered: check whether this was saved/);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('gives up at once when the extension was reloaded', async () => {
    const send = flaky(RELOADED);
    await expect(withWorkerRetry(send, true, [1, 1], noWait)).rejects.toThrow(RELOADED);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('passes the background’s own refusals through untouched', async () => {
    const send = flaky('This call no longer exists.');
    await expect(withWorkerRetry(send, true, [1], noWait)).rejects.toThrow('This call no longer exists.');
  });

  it('says the background is not answering after every pause was spent', async () => {
    const send = flaky(NOT_THERE, NOT_THERE, NOT_THERE);
    const waits: number[] = [];
    const error = await withWorkerRetry(send, true, [5, 10], async (ms) => void waits.push(ms)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackgroundUnreachable);
    expect(waits).toEqual([5, 10]);
  });
});
