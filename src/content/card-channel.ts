/**
 * The content script's end of the line to one card (the contract is in shared/card-frame.ts). It makes
 * a MessageChannel and, when the card has loaded, hands the card one end: by window.postMessage aimed
 * at the extension's origin only, with the key the background gave for this card's session. From then
 * on host and card talk over the port, which no page can read or write to.
 */
import { isCardToHost, type HostToCard, type PortHandoff } from '../shared/card-frame.ts';

export interface CardChannelEvents {
  /** The card asks to close (✕ or Escape in it). */
  onClose(): void;
  /** The card asks for a fresh visibility verdict (the user pressed in it). */
  onCheck(): void;
  /** The card's frame loaded a second document: not the card we handed the line to. */
  onReload(): void;
}

export interface CardChannel {
  sendVisibility(visible: boolean): void;
  close(): void;
}

export function openCardChannel(iframe: HTMLIFrameElement, cardOrigin: string, key: string, events: CardChannelEvents): CardChannel {
  const channel = new MessageChannel();
  let handedOver = false;
  iframe.addEventListener('load', () => {
    if (handedOver) return events.onReload();
    handedOver = true;
    const handoff: PortHandoff = { callprep: 'card-port', key };
    iframe.contentWindow?.postMessage(handoff, cardOrigin, [channel.port2]);
  });
  channel.port1.onmessage = (event: MessageEvent) => {
    if (!isCardToHost(event.data)) return;
    if (event.data.kind === 'close') events.onClose();
    else events.onCheck();
  };
  return {
    sendVisibility: (visible) => channel.port1.postMessage({ callprep: 'host', kind: 'visibility', visible } satisfies HostToCard),
    close: () => channel.port1.close(),
  };
}
