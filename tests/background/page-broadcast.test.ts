import { describe, expect, it, vi } from 'vitest';
import { broadcastPageConfigChanged, type TabMessenger } from '../../src/background/page-broadcast.ts';
import { isPushMessage } from '../../src/shared/protocol/push.ts';

// Only the tabs passed in are used; the polyfill itself refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

/** Tabs as the browser lists them without the "tabs" permission: ids only, some without our script. */
function tabs(ids: Array<number | undefined>, withScript: number[]) {
  const received: Array<{ tabId: number; message: unknown }> = [];
  const messenger: TabMessenger = {
    query: async () => ids.map((id) => (id === undefined ? {} : { id })),
    sendMessage: async (tabId, message) => {
      if (!withScript.includes(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      received.push({ tabId, message });
    },
  };
  return { messenger, received };
}

describe('broadcastPageConfigChanged', () => {
  it.each([
    ['every tab runs the content script', [1, 2, 3], [1, 2, 3], [1, 2, 3]],
    ['a browser page and the store have none: skipped quietly', [1, 2, 3], [2], [2]],
    ['no tab reachable', [4, 5], [], []],
    ['no tabs open', [], [], []],
    ['a devtools window (TAB_ID_NONE) and a tab without id are not addressed', [-1, undefined, 7], [7, -1], [7]],
  ])('%s', async (_name, ids, withScript, reached) => {
    const { messenger, received } = tabs(ids, withScript);
    expect(await broadcastPageConfigChanged(messenger)).toBe(reached.length);
    expect(received.map((r) => r.tabId)).toEqual(reached);
  });

  it('sends a bare "config changed": no hostname, setting or other site in it', async () => {
    const { messenger, received } = tabs([1], [1]);
    await broadcastPageConfigChanged(messenger);
    expect(received[0]?.message).toEqual({ callprepPush: 1, type: 'page/config-changed' });
    expect(isPushMessage(received[0]?.message)).toBe(true);
  });
});
