/**
 * Opens the card in a tab's top frame for a content script in one of its embedded frames (a preview
 * pane, a widget) that is too small to hold it. tabs.sendMessage with `frameId: 0` reaches only the
 * top frame's content script and needs no permission beyond what the extension has; the params were
 * checked by the router (protocol/card-params.ts) and are the only thing passed on.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { CardParams } from '../shared/card-frame.ts';
import { t } from '../shared/i18n/messages.ts';
import { isOpenCardAnswer, openCardPush, pushMessage } from '../shared/protocol/push.ts';

/** The one tab call used, so tests can pass their own. */
export interface FrameMessenger {
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

export const TOP_FRAME_ID = 0;

/** tabs.sendMessage rejects when no content script answers in that frame (a browser page, one still
 *  loading, Callprep not running there): the same as no answer, which the callers handle. */
const noContentScript = (error: unknown): undefined => void console.debug('Callprep: no content script in the top frame', error);

/** The asking frame's tab; only an embedded frame of a tab may ask. */
function embeddedFrameTab(sender: Runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  // The router lets only content scripts of tabs through; checked again here because the tab id is what we act on.
  if (tabId === undefined || tabId < 0 || sender.frameId === undefined) throw new Error(t('cardRelayNoTab'));
  if (sender.frameId === TOP_FRAME_ID) throw new Error(t('cardRelayTopFrame'));
  return tabId;
}

export async function openCardInTopFrame(
  params: CardParams,
  sender: Runtime.MessageSender,
  tabs: FrameMessenger = browser.tabs,
): Promise<{ opened: true }> {
  const tabId = embeddedFrameTab(sender);
  const answer = await tabs.sendMessage(tabId, openCardPush(params), { frameId: TOP_FRAME_ID }).catch(noContentScript);
  // A rejection means no content script in the top frame; { opened: false }, Callprep switched off there.
  if (!isOpenCardAnswer(answer) || !answer.opened) throw new Error(t('cardRelayNotRunning'));
  return { opened: true };
}

/** Closes the card docked in the top frame, if one is open; no top-frame script means nothing to close. */
export async function closeCardInTopFrame(sender: Runtime.MessageSender, tabs: FrameMessenger = browser.tabs): Promise<{ closed: boolean }> {
  const answer = await tabs.sendMessage(embeddedFrameTab(sender), pushMessage('card/close'), { frameId: TOP_FRAME_ID }).catch(noContentScript);
  return { closed: (answer as { closed?: unknown } | undefined)?.closed === true };
}
