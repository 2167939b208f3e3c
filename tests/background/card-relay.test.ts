import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeCardInTopFrame, openCardInTopFrame, type FrameMessenger } from '../../src/background/card-relay.ts';
import { createRouter, type Handlers } from '../../src/background/router.ts';
import { isPushMessage } from '../../src/shared/protocol/push.ts';

// Only the messenger passed in is used; the polyfill itself refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const EXT = { base: 'chrome-extension://abcdefghijklmnop/', id: 'abcdefghijklmnop' };
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false }) as Runtime.MessageSender['tab'];
const PARAMS = { e164: '+442079460958', raw: '+44 20 7946 0958', nearbyName: 'Tom Baker', pageTitle: 'Inbox' };
const inFrame = (frameId: number, tabId = 7): Runtime.MessageSender => ({ id: EXT.id, url: 'https://mail.example.com/preview', tab: tab(tabId), frameId });

/** A tab whose top frame answers as the content script would: opened, not running (switched off), or absent. */
function topFrame(state: 'running' | 'switched-off' | 'no-script', closes = true) {
  const sent: Array<{ tabId: number; message: unknown; frameId: number }> = [];
  const messenger: FrameMessenger = {
    sendMessage: async (tabId, message, { frameId }) => {
      if (state === 'no-script') throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push({ tabId, message, frameId });
      return (message as { type: string }).type === 'card/close' ? { closed: closes } : { opened: state === 'running' };
    },
  };
  return { messenger, sent };
}

function router(messenger: FrameMessenger) {
  const others = vi.fn(async () => 'other');
  const handlers = new Proxy({} as Handlers, {
    get: (_t, key) => {
      if (key === 'page/open-card-in-top') return (data: typeof PARAMS, ctx: { sender: Runtime.MessageSender }) => openCardInTopFrame(data, ctx.sender, messenger);
      if (key === 'page/close-card-in-top') return (_d: unknown, ctx: { sender: Runtime.MessageSender }) => closeCardInTopFrame(ctx.sender, messenger);
      return others;
    },
  });
  return createRouter(handlers, EXT.base, EXT.id);
}
// The router logs handler failures; expected here.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
const ask = (data: unknown) => ({ callprep: 1, type: 'page/open-card-in-top', data });

describe('page/open-card-in-top', () => {
  it('forwards the card params, and only them, to the top frame (frameId 0) of the asking tab', async () => {
    const { messenger, sent } = topFrame('running');
    expect(await router(messenger)(ask(PARAMS), inFrame(3, 42))).toEqual({ ok: true, data: { opened: true } });
    expect(sent).toEqual([{ tabId: 42, frameId: 0, message: { callprepPush: 1, type: 'card/open', data: PARAMS } }]);
    expect(isPushMessage(sent[0]?.message)).toBe(true);
  });

  it.each<[string, 'switched-off' | 'no-script']>([
    ['Callprep is switched off for the top site', 'switched-off'],
    ['the top frame has no content script', 'no-script'],
  ])('reports an error when %s, so the frame opens the card itself', async (_name, state) => {
    const { messenger } = topFrame(state);
    expect(await router(messenger)(ask(PARAMS), inFrame(3))).toEqual({ ok: false, error: 'Callprep is not running in the top page of this tab.' });
  });

  it.each<[string, Runtime.MessageSender, string]>([
    ['the popup', { id: EXT.id, url: `${EXT.base}src/ui/popup/popup.html` }, '"page/open-card-in-top" is not accepted from this context.'],
    ['the card iframe (an extension page in a tab)', { id: EXT.id, url: `${EXT.base}src/ui/card/card.html`, tab: tab(7), frameId: 4 }, '"page/open-card-in-top" is not accepted from this context.'],
    ['another extension', { id: 'zzzz', url: 'https://mail.example.com/', tab: tab(7), frameId: 3 }, '"page/open-card-in-top" is not accepted from this context.'],
    ['a page outside any tab', { id: EXT.id, url: 'https://evil.example/' }, '"page/open-card-in-top" is not accepted from this context.'],
    ['the top frame itself', inFrame(0), 'This is the top frame already: it opens the card itself.'],
    ['a frame of a devtools window (no tab id)', inFrame(3, -1), 'Only a page open in a tab can ask for the card in its top frame.'],
  ])('refuses %s and tells no frame anything', async (_name, sender, error) => {
    const { messenger, sent } = topFrame('running');
    expect(await router(messenger)(ask(PARAMS), sender)).toEqual({ ok: false, error });
    expect(sent).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['a number that is not E.164', { ...PARAMS, e164: '0800 123' }, 'request.e164 must be a phone number in E.164 form'],
    ['an oversized name', { ...PARAMS, nearbyName: 'n'.repeat(500) }, 'request.nearbyName must be text of 1 to 80 characters'],
    ['customer data beside the params', { ...PARAMS, customer: { notes: 'owes us' } }, 'request.customer is not a card parameter'],
  ])('refuses %s from a content script before any frame is told', async (_name, data, error) => {
    const { messenger, sent } = topFrame('running');
    expect(await router(messenger)(ask(data), inFrame(3))).toEqual({ ok: false, error });
    expect(sent).toEqual([]);
  });
});

describe('page/close-card-in-top', () => {
  it.each<[string, 'running' | 'no-script', boolean, boolean]>([
    ['the top frame closes its docked card', 'running', true, true],
    ['the top frame had none open', 'running', false, false],
    ['no content script in the top frame: nothing to close, no error', 'no-script', true, false],
  ])('%s → closed: %s', async (_name, state, closes, closed) => {
    const { messenger, sent } = topFrame(state, closes);
    expect(await router(messenger)({ callprep: 1, type: 'page/close-card-in-top', data: {} }, inFrame(2, 9))).toEqual({ ok: true, data: { closed } });
    if (state === 'running') expect(sent).toEqual([{ tabId: 9, frameId: 0, message: { callprepPush: 1, type: 'card/close' } }]);
  });

  it.each<[string, Runtime.MessageSender]>([
    ['the popup', { id: EXT.id, url: `${EXT.base}src/ui/popup/popup.html` }],
    ['the top frame itself', inFrame(0)],
  ])('refuses %s', async (_name, sender) => {
    const { messenger, sent } = topFrame('running');
    expect((await router(messenger)({ callprep: 1, type: 'page/close-card-in-top', data: {} }, sender))?.ok).toBe(false);
    expect(sent).toEqual([]);
  });
});
