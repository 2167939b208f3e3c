import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CardHost } from '../../src/content/card-host.ts';
import { cardFitsFrame, cardOpener, closeForEmbeddedFrame, openForEmbeddedFrame, ROOM_FOR_CARD } from '../../src/content/card-request.ts';

const PARAMS = { e164: '+442079460958', raw: '+44 20 7946 0958', nearbyName: 'Tom Baker', pageTitle: 'Inbox' };
const ANCHOR = { left: 40, top: 30, right: 160, bottom: 48 };
/** The number's table row, which the card stays clear of (card-position.ts). */
const ROW = { left: 20, top: 26, right: 900, bottom: 52 };

describe('where the card opens', () => {
  test('the room it needs: 380 × 520 px plus an 8 px margin on each side', () => {
    expect(ROOM_FOR_CARD).toEqual({ width: 396, height: 536 });
  });

  test.each<[string, boolean, number, number, boolean]>([
    ['the top page, however small', true, 320, 240, true],
    ['a 600 × 220 preview pane', false, 600, 220, false],
    ['a 300 px tall mail preview', false, 1000, 300, false],
    ['a 300 px wide sidebar widget', false, 300, 900, false],
    ['a frame one pixel short of the height', false, 1000, 535, false],
    ['a frame one pixel short of the width', false, 395, 900, false],
    ['a frame exactly the room needed', false, 396, 536, true],
    ['an iframe filling most of the page', false, 1200, 760, true],
  ])('%s (top: %s, %i × %i) → in this frame: %s', (_name, isTop, width, height, here) => {
    expect(cardFitsFrame({ isTop, width, height })).toBe(here);
  });
});

/** A card host that records what it was asked; the real one needs a layout engine. */
function fakeCard(active = true, docked = false) {
  const calls: string[] = [];
  const card = {
    isActive: active,
    open: vi.fn(() => void calls.push('open')),
    openDocked: vi.fn(() => void calls.push('openDocked')),
    close: vi.fn(() => void calls.push('close')),
    closeDocked: vi.fn(() => (calls.push('closeDocked'), docked)),
  };
  return { card, host: card as unknown as CardHost, calls };
}

/** A frame's window: the top one, or an embedded one of the given size. */
const frameWindow = (top: boolean, innerWidth: number, innerHeight: number) => {
  const win = { innerWidth, innerHeight, top: undefined as unknown };
  win.top = top ? win : {};
  return win as unknown as Window;
};

/** The background as the content script reaches it: answers each request with `reply`. */
function stubBackground(reply: (data: unknown) => Promise<unknown>) {
  const sendMessage = vi.fn((envelope: { data: unknown }) => reply(envelope.data));
  vi.stubGlobal('chrome', { runtime: { id: 'callprep-id', sendMessage, getURL: (p: string) => `chrome-extension://callprep-id/${p}` } });
  return sendMessage;
}

afterEach(() => vi.unstubAllGlobals());

describe('opening the card from a click', () => {
  test('a frame with room opens it beside the number and asks nobody', () => {
    const sendMessage = stubBackground(async () => ({ ok: true, data: { opened: true } }));
    const { card, host } = fakeCard();
    cardOpener(host, frameWindow(false, 1200, 760)).open(PARAMS, ANCHOR, ROW);
    expect(card.open).toHaveBeenCalledWith(PARAMS, ANCHOR, ROW);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test('a small frame asks for the card in the top page, with only the card params, and opens nothing itself', async () => {
    const sendMessage = stubBackground(async () => ({ ok: true, data: { opened: true } }));
    const { card, host, calls } = fakeCard();
    cardOpener(host, frameWindow(false, 600, 220)).open({ ...PARAMS, pageTitle: `${'Inbox '.repeat(80)}` }, ANCHOR, ROW);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledOnce());
    const [envelope] = sendMessage.mock.calls[0]!;
    expect(envelope).toMatchObject({ callprep: 1, type: 'page/open-card-in-top', data: { e164: PARAMS.e164, raw: PARAMS.raw, nearbyName: 'Tom Baker' } });
    expect((envelope.data as { pageTitle: string }).pageTitle).toHaveLength(300);
    await new Promise((r) => setTimeout(r, 10));
    // Closes a card it opened itself before; the new one is the top page's.
    expect(calls).toEqual(['close']);
    expect(card.open).not.toHaveBeenCalled();
  });

  test.each<[string, () => Promise<unknown>]>([
    ['the background reports no running top frame', async () => ({ ok: false, error: 'Callprep is not running in the top page of this tab.' })],
    ['the background is unreachable', async () => Promise.reject(new Error('Extension context invalidated.'))],
  ])('when %s, the small frame opens the card itself beside the number', async (_name, reply) => {
    stubBackground(reply);
    const { card, host } = fakeCard();
    cardOpener(host, frameWindow(false, 600, 220)).open(PARAMS, ANCHOR, ROW);
    await vi.waitFor(() => expect(card.open).toHaveBeenCalledWith(PARAMS, ANCHOR, ROW));
  });

  test('a late refusal for an earlier click does not open its card over a newer one', async () => {
    const answers: Array<(value: unknown) => void> = [];
    stubBackground(() => new Promise((resolve) => answers.push(resolve)));
    const { card, host } = fakeCard();
    const opener = cardOpener(host, frameWindow(false, 600, 220));
    opener.open(PARAMS, ANCHOR, ROW);
    opener.open({ e164: '+12127368410', raw: '(212) 736-8410' }, ANCHOR, ROW);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[0]!({ ok: false, error: 'Callprep is not running in the top page of this tab.' });
    answers[1]!({ ok: false, error: 'Callprep is not running in the top page of this tab.' });
    await vi.waitFor(() => expect(card.open).toHaveBeenCalledOnce());
    expect(card.open).toHaveBeenCalledWith({ e164: '+12127368410', raw: '(212) 736-8410' }, ANCHOR, ROW);
  });
});

describe('closing a card the top page opened for this frame', () => {
  const types = (sendMessage: ReturnType<typeof stubBackground>) => sendMessage.mock.calls.map(([e]) => (e as unknown as { type: string }).type);

  test('a click elsewhere or Escape asks the top page once to close it', async () => {
    const sendMessage = stubBackground(async () => ({ ok: true, data: { opened: true } }));
    const opener = cardOpener(fakeCard().host, frameWindow(false, 600, 220));
    opener.open(PARAMS, ANCHOR, ROW);
    await vi.waitFor(() => expect(opener.cardInTop).toBe(true));
    opener.closeInTop();
    opener.closeInTop();
    expect(opener.cardInTop).toBe(false);
    await vi.waitFor(() => expect(types(sendMessage)).toEqual(['page/open-card-in-top', 'page/close-card-in-top']));
  });

  test.each<[string, number, number, () => Promise<unknown>]>([
    ['the card opened beside the number in a frame with room', 1200, 760, async () => ({ ok: true, data: { opened: true } })],
    ['the card fell back to this small frame', 600, 220, async () => ({ ok: false, error: 'Callprep is not running in the top page of this tab.' })],
  ])('nothing is asked when %s', async (_name, width, height, reply) => {
    const sendMessage = stubBackground(reply);
    const { card, host } = fakeCard();
    const opener = cardOpener(host, frameWindow(false, width, height));
    opener.open(PARAMS, ANCHOR, ROW);
    await vi.waitFor(() => expect(card.open).toHaveBeenCalled());
    opener.closeInTop();
    expect(types(sendMessage)).not.toContain('page/close-card-in-top');
  });

  test.each<[string, boolean, boolean, boolean]>([
    ['the docked card in the top frame', true, true, true],
    ['a card the top page opened beside its own number stays', true, false, false],
    ['an embedded frame closes nothing', false, true, false],
  ])('%s → closed: %s', (_name, top, docked, closed) => {
    const { host } = fakeCard(true, docked);
    expect(closeForEmbeddedFrame(host, frameWindow(top, 1280, 860))).toEqual({ closed });
  });
});

describe('the top frame answering a card/open push', () => {
  test.each<[string, boolean, boolean, boolean]>([
    ['the top frame with Callprep running', true, true, true],
    ['the top frame whose run ended (site switched off)', true, false, false],
    ['an embedded frame (only the top frame docks the card)', false, true, false],
  ])('%s → opened: %s', (_name, top, active, opened) => {
    const { card, host } = fakeCard(active);
    expect(openForEmbeddedFrame(host, PARAMS, frameWindow(top, 1280, 860))).toEqual({ opened });
    expect(card.openDocked).toHaveBeenCalledTimes(opened ? 1 : 0);
    if (opened) expect(card.openDocked).toHaveBeenCalledWith(PARAMS);
  });

  test('a top frame with Callprep switched off from the start has no card host: not opened', () => {
    expect(openForEmbeddedFrame(undefined, PARAMS, frameWindow(true, 1280, 860))).toEqual({ opened: false });
  });
});
