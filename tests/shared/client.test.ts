import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeError } from '../../src/ui/shared/describe-error.ts';

const replies = vi.hoisted(() => ({ queue: [] as Array<() => unknown>, sent: [] as unknown[] }));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (message: unknown) => {
        replies.sent.push(message);
        const next = replies.queue.shift();
        if (!next) throw new Error('the test gave no reply');
        return next();
      },
    },
  },
}));
vi.mock('../../src/shared/worker-retry.ts', async (original) => {
  const real = await original<typeof import('../../src/shared/worker-retry.ts')>();
  return { ...real, RETRY_DELAYS_MS: [1, 1, 1], withWorkerRetry: (send: () => Promise<unknown>, repeatable: boolean) => real.withWorkerRetry(send, repeatable, [1, 1, 1]) };
});

const { sendToBackground } = await import('../../src/shared/client.ts');
const base = { revision: 1, notes: '' };
const stored = { id: 'k1', e164: '+12127368410', startedAt: 0, status: 'open', notes: 'Wants a quote', revision: 2 };

beforeEach(() => {
  replies.queue.length = 0;
  replies.sent.length = 0;
});

describe('sendToBackground', () => {
  it('a save cut off by the Chrome worker stopping completes once the worker is back, without "updated or reloaded"', async () => {
    replies.queue.push(
      () => {
        throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
      },
      () => undefined, // webextension-polyfill's answer to "The message port closed before a response was received."
      () => ({ ok: true, data: stored }),
    );
    await expect(sendToBackground('call/save-notes', { callId: 'k1', notes: 'Wants a quote', base })).resolves.toEqual(stored);
    expect(replies.sent).toHaveLength(3);
  });

  it('re-throws the background’s refusal as it was worded', async () => {
    replies.queue.push(() => ({ ok: false, error: 'This call no longer exists.' }));
    await expect(sendToBackground('call/get', { id: 'k1' })).rejects.toThrow('This call no longer exists.');
  });

  it('says "updated or reloaded" only when the extension context is gone, and does not retry', async () => {
    replies.queue.push(() => {
      throw new Error('Extension context invalidated.');
    });
    const error = await sendToBackground('call/get', { id: 'k1' }).catch((e: unknown) => e);
    expect(describeError(error)).toBe('Callprep was updated or reloaded. Close this and open it again.');
    expect(replies.sent).toHaveLength(1);
  });
});
