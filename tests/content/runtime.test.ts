import { afterEach, describe, expect, test, vi } from 'vitest';
import { onExtensionMessage } from '../../src/content/runtime.ts';
import { isPushMessage, openCardPush, pushMessage } from '../../src/shared/protocol/push.ts';

type Listener = (message: unknown, sender: { id?: string } | undefined, sendResponse?: (answer: unknown) => void) => unknown;

/** chrome.runtime as a content script sees it, with the onMessage listeners it holds. */
function stubRuntime(id: string | undefined = 'callprep-id') {
  const listeners = new Set<Listener>();
  const runtime = {
    id,
    onMessage: { addListener: (l: Listener) => void listeners.add(l), removeListener: (l: Listener) => void listeners.delete(l) },
  };
  vi.stubGlobal('chrome', { runtime });
  const deliver = (message: unknown, sender: { id?: string } | undefined, sendResponse?: (answer: unknown) => void) =>
    [...listeners].map((l) => l(message, sender, sendResponse));
  return { runtime, listeners, deliver };
}

afterEach(() => vi.unstubAllGlobals());

describe('onExtensionMessage', () => {
  test.each<[string, unknown, { id?: string } | undefined, boolean]>([
    ['our push from our background', pushMessage('page/config-changed'), { id: 'callprep-id' }, true],
    ['our push shape from another extension', pushMessage('page/config-changed'), { id: 'other-extension' }, false],
    ['no sender', pushMessage('page/config-changed'), undefined, false],
    ['something else from our background', { callprep: 1, type: 'page/config' }, { id: 'callprep-id' }, false],
  ])('%s → handled: %s', (_name, message, sender, handled) => {
    const { deliver } = stubRuntime();
    const handle = vi.fn();
    onExtensionMessage(isPushMessage, handle, new AbortController().signal);
    // Never answers: the sender's promise settles at once and others may answer.
    expect(deliver(message, sender)).toEqual([undefined]);
    expect(handle).toHaveBeenCalledTimes(handled ? 1 : 0);
  });

  test.each<[string, unknown, unknown[]]>([
    ['a handler that answers (the top frame opening a card)', { opened: true }, [{ opened: true }]],
    ['a handler that returns nothing (config changed)', undefined, []],
  ])('%s: answered through sendResponse at once → %j', (_name, answer, answers) => {
    const { deliver } = stubRuntime();
    onExtensionMessage(isPushMessage, () => answer, new AbortController().signal);
    const sendResponse = vi.fn();
    expect(deliver(openCardPush({ e164: '+12127368410', raw: '(212) 736-8410' }), { id: 'callprep-id' }, sendResponse)).toEqual([undefined]);
    expect(sendResponse.mock.calls.map(([a]) => a)).toEqual(answers);
  });

  test('a message from another extension gets no answer', () => {
    const { deliver } = stubRuntime();
    onExtensionMessage(isPushMessage, () => ({ opened: true }), new AbortController().signal);
    const sendResponse = vi.fn();
    deliver(openCardPush({ e164: '+12127368410', raw: '(212) 736-8410' }), { id: 'other-extension' }, sendResponse);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  test('the listener goes when its signal aborts (frame taken over, extension gone)', () => {
    const { listeners, deliver } = stubRuntime();
    const handle = vi.fn();
    const controller = new AbortController();
    onExtensionMessage(isPushMessage, handle, controller.signal);
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
    deliver(pushMessage('page/config-changed'), { id: 'callprep-id' });
    expect(handle).not.toHaveBeenCalled();
  });

  test('after the extension was reloaded (runtime.id cleared) a message is not acted on', () => {
    const { runtime, deliver } = stubRuntime();
    const handle = vi.fn();
    onExtensionMessage(isPushMessage, handle, new AbortController().signal);
    runtime.id = undefined as unknown as string;
    deliver(pushMessage('page/config-changed'), { id: undefined });
    expect(handle).not.toHaveBeenCalled();
  });

  test('an aborted signal adds no listener; no extension API adds nothing and does not throw', () => {
    const { listeners } = stubRuntime();
    const aborted = new AbortController();
    aborted.abort();
    onExtensionMessage(isPushMessage, vi.fn(), aborted.signal);
    expect(listeners.size).toBe(0);
    vi.stubGlobal('chrome', undefined);
    expect(() => onExtensionMessage(isPushMessage, vi.fn(), new AbortController().signal)).not.toThrow();
  });
});
