/**
 * The keyboard shortcut (manifest.json `commands`; the user can change its keys in the browser's
 * extension shortcut settings). The background knows nothing about the page: it tells every frame of
 * the active tab, and the content script of the frame the user is in opens the card for the number
 * selected there (content/keyboard-open.ts). tabs.query for the active tab gives its id without the
 * "tabs" permission, and tabs.sendMessage without a frameId reaches each frame.
 */
import browser from 'webextension-polyfill';
import { pushMessage } from '../shared/protocol/push.ts';

/** The command's name in manifest.json. */
export const OPEN_CARD_COMMAND = 'open-card';

/** The two tab calls used, so tests can pass their own. */
export interface ActiveTabMessenger {
  query(filter: { active: true; currentWindow: true }): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * Runs a command; resolves with whether a content script heard it. Unknown commands are ignored.
 * A tab without our content script (a browser page, the web store, a page still loading) has nobody
 * to hear it: the shortcut then does nothing there, which is all it can do.
 */
export async function handleCommand(command: string, tabs: ActiveTabMessenger = browser.tabs): Promise<boolean> {
  if (command !== OPEN_CARD_COMMAND) return false;
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || tab.id < 0) return false;
  return tabs.sendMessage(tab.id, pushMessage('card/open-at-selection')).then(
    () => true,
    () => false,
  );
}
