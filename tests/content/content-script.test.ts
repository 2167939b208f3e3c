// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { runContentScript } from '../../src/content/content-script.ts';
import { openCardPush, pushMessage } from '../../src/shared/protocol/push.ts';

type Listener = (message: unknown, sender: { id?: string }, sendResponse?: (answer: unknown) => void) => unknown;

/** An extension whose background says the site is switched off, so no run (and no layout) is needed. */
function stubSwitchedOffSite() {
  const listeners = new Set<Listener>();
  const sendMessage = vi.fn(async () => ({ ok: true, data: { enabled: false, defaultCountry: '' } }));
  const runtime = {
    id: 'callprep-id',
    sendMessage,
    getURL: (p: string) => `chrome-extension://callprep-id/${p}`,
    onMessage: { addListener: (l: Listener) => void listeners.add(l), removeListener: (l: Listener) => void listeners.delete(l) },
  };
  vi.stubGlobal('chrome', { runtime });
  return { listeners, sendMessage };
}

// An instance left running stops by itself at its next alive check: the extension API is gone then.
afterEach(() => vi.unstubAllGlobals());

test('a switched-off frame keeps listening for changes, asks again on a push, and stops listening once taken over', async () => {
  const { listeners, sendMessage } = stubSwitchedOffSite();
  await runContentScript();
  expect(listeners.size).toBe(1);
  expect(sendMessage).toHaveBeenCalledTimes(1);

  for (const listener of listeners) listener(pushMessage('page/config-changed'), { id: 'callprep-id' });
  await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(2));
  expect(sendMessage).toHaveBeenLastCalledWith({ callprep: 1, type: 'page/config', data: {} });

  // The page dispatching the event that used to hand the frame over changes nothing (issue 9).
  document.dispatchEvent(new CustomEvent('callprep:takeover'));
  expect(listeners.size).toBe(1);

  // A newer instance in the same world (the script injected again) claims the frame.
  await runContentScript();
  expect(listeners.size).toBe(1);
  expect(sendMessage).toHaveBeenCalledTimes(3);
});

test('a top frame with Callprep switched off answers a card push with "not opened" and adds nothing to the page', async () => {
  const { listeners } = stubSwitchedOffSite();
  await runContentScript();
  const sendResponse = vi.fn();
  for (const listener of listeners) listener(openCardPush({ e164: '+12127368410', raw: '(212) 736-8410' }), { id: 'callprep-id' }, sendResponse);
  expect(sendResponse).toHaveBeenCalledWith({ opened: false });
  expect(document.querySelector('callprep-card')).toBeNull();
});

test('a browser without the CSS Custom Highlight API: the frame says so once, and marks nothing', async () => {
  // happy-dom, like Firefox 128 or a Chromium 104, has no Highlight and no CSS.highlights.
  const sendMessage = vi.fn(async (message: { type: string }) =>
    message.type === 'page/config' ? { ok: true, data: { enabled: true, defaultCountry: 'US' } } : { ok: true, data: { logged: true } },
  );
  const onMessage = { addListener: () => {}, removeListener: () => {} };
  vi.stubGlobal('chrome', { runtime: { id: 'callprep-id', sendMessage, getURL: (p: string) => p, onMessage } });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>Call (212) 736-8410</p>'));
  const before = document.documentElement.cloneNode(true);
  await runContentScript();
  await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(2));
  expect(sendMessage.mock.calls[1]![0]).toEqual({
    callprep: 1,
    type: 'diagnostics/report',
    data: { code: 'marks-unsupported', detail: 'MarksUnsupportedError: This browser has no Highlight, CSS.highlights, StaticRange' },
  });
  expect(document.documentElement.isEqualNode(before)).toBe(true);
  document.dispatchEvent(new CustomEvent('callprep:takeover'));
  vi.restoreAllMocks();
});
