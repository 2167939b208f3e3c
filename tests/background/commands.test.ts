import { describe, expect, test, vi } from 'vitest';
import { handleCommand, OPEN_CARD_COMMAND, type ActiveTabMessenger } from '../../src/background/commands.ts';
import { isPushMessage } from '../../src/shared/protocol/push.ts';
import manifest from '../../manifest.json' with { type: 'json' };

// Only the tabs passed in are used; the polyfill itself refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

/** The active tab as tabs.query answers it, and whether a content script there hears messages. */
function tabs(active: Array<{ id?: number }>, listening = true) {
  const sent: Array<{ tabId: number; message: unknown }> = [];
  const queries: unknown[] = [];
  const messenger: ActiveTabMessenger = {
    query: async (filter) => (queries.push(filter), active),
    sendMessage: async (tabId, message) => {
      if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push({ tabId, message });
    },
  };
  return { messenger, sent, queries };
}

describe('the open-card keyboard shortcut', () => {
  test('is declared in the manifest with a default for every platform and a description', () => {
    const command = (manifest as { commands?: Record<string, { suggested_key: Record<string, string>; description: string }> }).commands?.[OPEN_CARD_COMMAND];
    expect(command?.suggested_key).toEqual({ default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' });
    expect(command?.description).toMatch(/card/i);
  });

  test('tells every frame of the active tab of the current window, with nothing but the request', async () => {
    const t = tabs([{ id: 7 }]);
    expect(await handleCommand(OPEN_CARD_COMMAND, t.messenger)).toBe(true);
    expect(t.queries).toEqual([{ active: true, currentWindow: true }]);
    // No frameId: tabs.sendMessage then reaches every frame, and the one the user is in acts.
    expect(t.sent).toEqual([{ tabId: 7, message: { callprepPush: 1, type: 'card/open-at-selection' } }]);
    expect(isPushMessage(t.sent[0]!.message)).toBe(true);
  });

  test.each<[string, string, Array<{ id?: number }>, boolean]>([
    ['another command name', 'open-popup', [{ id: 7 }], true],
    ['no active tab (a devtools window is in front)', OPEN_CARD_COMMAND, [], true],
    ['a tab without an id', OPEN_CARD_COMMAND, [{}], true],
    ['a tab id of -1 (TAB_ID_NONE)', OPEN_CARD_COMMAND, [{ id: -1 }], true],
    ['a browser page with no content script', OPEN_CARD_COMMAND, [{ id: 3 }], false],
  ])('does nothing, without an error, for %s', async (_name, command, active, listening) => {
    const t = tabs(active, listening);
    await expect(handleCommand(command, t.messenger)).resolves.toBe(false);
    expect(t.sent).toEqual([]);
  });
});
