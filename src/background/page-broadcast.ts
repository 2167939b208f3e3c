/**
 * Tells every open tab that page config changed (a site switched on or off, a new default country),
 * so content scripts apply it without a reload. Without the "tabs" permission tabs.query({}) still
 * gives every tab's id (not its URL), which is all tabs.sendMessage needs; it reaches each frame's
 * content script, and each frame then asks for its own site's config.
 */
import browser from 'webextension-polyfill';
import { pushMessage } from '../shared/protocol/push.ts';

/** The two tab calls used, so tests can pass their own. */
export interface TabMessenger {
  query(filter: Record<string, never>): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Resolves with the number of tabs whose content script got the message. */
export async function broadcastPageConfigChanged(tabs: TabMessenger = browser.tabs): Promise<number> {
  const ids = (await tabs.query({})).flatMap((tab) => (tab.id === undefined || tab.id < 0 ? [] : [tab.id]));
  const message = pushMessage('page/config-changed');
  const sent = await Promise.all(
    ids.map((id) =>
      tabs.sendMessage(id, message).then(
        () => true,
        // No content script there (browser pages, the store, tabs still loading or discarded): nothing to tell.
        () => false,
      ),
    ),
  );
  return sent.filter(Boolean).length;
}

/**
 * For handlers: starts the broadcast without holding up their answer (a hung tab must not delay the
 * popup); a failure only means open tabs keep their old config until reloaded, so it is logged.
 */
export function announcePageConfigChange(tabs?: TabMessenger): void {
  broadcastPageConfigChanged(tabs).catch((error: unknown) => console.error('Callprep: telling open tabs about the change failed', error));
}
