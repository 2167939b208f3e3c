import { afterEach, describe, expect, it } from 'vitest';
import { listenForHostPort } from '../../../src/ui/card/host-messages.ts';

type Listener = (event: Partial<MessageEvent>) => void;

/** The card's window, in a frame whose parent is `parent`; the test delivers its message events. */
function cardWindow() {
  const parent = { name: 'the page' };
  const listeners = new Set<Listener>();
  const win = {
    parent,
    addEventListener: (_type: string, l: Listener) => void listeners.add(l),
    removeEventListener: (_type: string, l: Listener) => void listeners.delete(l),
  };
  const deliver = (event: Partial<MessageEvent>) => {
    for (const l of [...listeners]) l(event);
  };
  return { win: win as unknown as Window, parent, deliver, listeners };
}

const channels: MessageChannel[] = [];
const channel = () => {
  const c = new MessageChannel();
  channels.push(c);
  return c;
};
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

const nextMessage = (port: MessagePort) => new Promise<unknown>((resolve) => (port.onmessage = (e) => resolve(e.data)));

describe('the card takes its line only from its host', () => {
  it('the port handed over with the session key is the line: verdicts arrive, close goes out', async () => {
    const { win, parent, deliver, listeners } = cardWindow();
    const take = listenForHostPort(win);
    const forged = channel();
    const real = channel();
    // A page can post to the card too (had it its window), but not with the key.
    deliver({ source: parent as unknown as Window, data: { callprep: 'card-port', key: 'guessed' }, ports: [forged.port2] });
    deliver({ source: parent as unknown as Window, data: { callprep: 'card-port', key: 'the-key' }, ports: [real.port2] });
    const link = await take('the-key');
    expect(listeners.size).toBe(0);
    const verdicts: boolean[] = [];
    link.onVisibility((v) => verdicts.push(v));
    real.port1.postMessage({ callprep: 'host', kind: 'visibility', visible: true });
    real.port1.postMessage({ callprep: 'host', kind: 'visibility', visible: 'yes' });
    real.port1.postMessage({ callprep: 'host', kind: 'visibility', visible: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(verdicts).toEqual([true, false]);
    const sent = nextMessage(real.port1);
    link.close();
    expect(await sent).toEqual({ callprep: 'card', kind: 'close' });
  });

  it.each<[string, (parent: object) => Partial<MessageEvent>]>([
    ['from another window than its parent', () => ({ source: {} as Window, data: { callprep: 'card-port', key: 'the-key' } })],
    ['without a port', (parent) => ({ source: parent as Window, data: { callprep: 'card-port', key: 'the-key' }, ports: [] })],
    ['with more than the key', (parent) => ({ source: parent as Window, data: { callprep: 'card-port', key: 'the-key', height: 1 } })],
  ])('ignores a handoff %s', async (_name, event) => {
    const { win, parent, deliver } = cardWindow();
    const take = listenForHostPort(win);
    const c = channel();
    deliver({ ports: [c.port2], ...event(parent) });
    const taken = await Promise.race([take('the-key').then(() => 'taken'), new Promise((r) => setTimeout(() => r('still waiting'), 30))]);
    expect(taken).toBe('still waiting');
  });
});
