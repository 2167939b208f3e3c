/**
 * The card's line to whoever opened it (the contract is in shared/card-frame.ts).
 * - In a page: the MessagePort the content script hands over once, proven by the key the background
 *   gave this card's session. The card listens to nothing else the page could send, and sends nothing
 *   to the page but over that port: no size, nothing about the customer.
 * - In a tab of its own (the popup opened it) there is nobody to talk to: closing closes the tab.
 */
import { isHostToCard, isPortHandoff, type CardToHost } from '../../shared/card-frame.ts';

export interface HostLink {
  /** The host's verdicts (is the card visible as drawn?): the last one at once, then each new one. */
  onVisibility(listener: (visible: boolean) => void): void;
  /** Asks the host to check now (the user pressed in the card); the answer comes as a verdict. */
  requestCheck(): void;
  /** Asks the host to remove the card. */
  close(): void;
}

/** Handoffs kept while the card does not know its key yet: a page cannot flood it. */
const MAX_WAITING = 4;

/**
 * Starts listening for the host's port at once, before the card has its session (the host hands it
 * over when the card has loaded); the returned function waits for the one with the session's key.
 */
export function listenForHostPort(win: Window = window): (key: string) => Promise<HostLink> {
  const offers: Array<{ key: string; port: MessagePort }> = [];
  let wanted: { key: string; found: (port: MessagePort) => void } | undefined;
  const match = () => {
    const offer = wanted && offers.find((o) => o.key === wanted!.key);
    if (!offer || !wanted) return;
    win.removeEventListener('message', onMessage);
    wanted.found(offer.port);
    for (const other of offers) if (other !== offer) other.port.close();
  };
  const onMessage = (event: MessageEvent) => {
    if (win.parent === win || event.source !== win.parent || !isPortHandoff(event.data) || event.ports.length !== 1) return;
    if (offers.length >= MAX_WAITING) return;
    offers.push({ key: event.data.key, port: event.ports[0]! });
    match();
  };
  win.addEventListener('message', onMessage);
  return (key) =>
    new Promise((resolve) => {
      wanted = { key, found: (port) => resolve(hostLink(port)) };
      match();
    });
}

function hostLink(port: MessagePort): HostLink {
  const listeners = new Set<(visible: boolean) => void>();
  let last: boolean | undefined;
  port.onmessage = (event: MessageEvent) => {
    if (!isHostToCard(event.data)) return;
    last = event.data.visible;
    for (const listener of listeners) listener(last);
  };
  const send = (message: CardToHost) => port.postMessage(message);
  return {
    onVisibility(listener) {
      listeners.add(listener);
      if (last !== undefined) listener(last);
    },
    requestCheck: () => send({ callprep: 'card', kind: 'check' }),
    close: () => send({ callprep: 'card', kind: 'close' }),
  };
}

const beforeClose = new Set<() => Promise<unknown>>();

/**
 * Work to finish before the card goes away, e.g. notes typed a moment ago. A frame that is being
 * removed cannot be relied on to deliver a message (measured: Firefox ESR 153 lost the last
 * words typed when ✕ was pressed within the autosave delay), so closing waits for these first.
 */
export function onBeforeClose(finish: () => Promise<unknown>): () => void {
  beforeClose.add(finish);
  return () => beforeClose.delete(finish);
}

const CLOSE_WAIT_MS = 2000;
/** How this card closes: by asking its host, or (in a tab of its own) by closing the tab. */
let closeCard: () => void = () => window.close();

export function setCardCloser(close: () => void): void {
  closeCard = close;
}

/** Closes the card once the work registered with onBeforeClose is done (or CLOSE_WAIT_MS passed). */
export async function requestClose(): Promise<void> {
  const pending = Promise.allSettled([...beforeClose].map((finish) => finish()));
  await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS))]);
  closeCard();
}
