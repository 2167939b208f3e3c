/**
 * Who may speak for a card. The card page (card.html) is web-accessible, so any site can frame it;
 * what it asks the background counts only under the session Callprep opened it with (card-sessions.ts):
 * every request from a card page must carry the token of a session claimed by that very frame. The
 * background enforces this, whatever the card's UI does. The popup and options pages are not
 * web-accessible (no page can frame them) and need no session.
 */
import type { Runtime } from 'webextension-polyfill';
import { CARD_PAGE_PATH } from '../shared/card-frame.ts';
import type { MessageType } from '../shared/protocol/index.ts';
import { NoCardSession, type CardSessions, type FrameRef } from './card-sessions.ts';

/** True for a message sent by our card page (in a page's iframe or in a tab of its own). */
export function isCardPage(sender: Runtime.MessageSender, extensionBaseUrl: string): boolean {
  return (sender.url ?? '').split(/[?#]/)[0] === extensionBaseUrl + CARD_PAGE_PATH;
}

/** The sender's tab and frame, as the browser reports them; none (not in a tab) is no session. */
export function frameOf(sender: Runtime.MessageSender): FrameRef {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId === undefined) throw new NoCardSession();
  return { tabId, frameId: sender.frameId, documentId: sender.documentId };
}

/** The router's check before any handler runs: rejects a card page's request without its session. */
export function cardGate(sessions: CardSessions, extensionBaseUrl: string) {
  return async (type: MessageType, session: unknown, sender: Runtime.MessageSender): Promise<void> => {
    if (!isCardPage(sender, extensionBaseUrl)) return;
    // Claiming is how a card gets its session: its handler checks the claim.
    if (type === 'card/claim-session') return;
    await sessions.verify(session, frameOf(sender));
  };
}
