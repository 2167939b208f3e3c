/**
 * An in-memory stand-in for the parts of webextension-polyfill's `browser` the background uses.
 * Tests mock the module with it: vi.mock('webextension-polyfill', () => ({ default: fakeBrowser })).
 */
type Listener = (...args: never[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l) >>> 0, listeners.includes(l) ? 1 : 0),
    fire: (...args: unknown[]) => listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args)),
  };
}

export interface FakeAlarm {
  name: string;
  scheduledTime: number;
}

/** Chrome refuses an extension's 501st alarm with this message. */
export const ALARM_LIMIT = 500;

export function createFakeBrowser() {
  const alarms = new Map<string, FakeAlarm>();
  const notifications = new Map<string, Record<string, unknown>>();
  const openedTabs: string[] = [];
  /** Tabs open in the browser, and which of them run our content script (the others reject messages). */
  const tabIds: number[] = [];
  const tabsWithContentScript = new Set<number>();
  const tabMessages: Array<{ tabId: number; message: unknown }> = [];
  const sessionItems = new Map<string, unknown>();
  const base = 'chrome-extension://callprep-test/';
  const stored = new Map<string, unknown>();
  const onMessage = event();
  const onStorageChanged = event();
  /** The toolbar button as the background last set it. */
  const badge = { text: '', color: '', title: '' };
  return {
    badge,
    alarmsByName: alarms,
    notificationsById: notifications,
    openedTabs,
    tabIds,
    tabsWithContentScript,
    tabMessages,
    sessionItems,
    stored,
    reset() {
      sessionItems.clear();
      stored.clear();
      alarms.clear();
      notifications.clear();
      openedTabs.length = 0;
      tabIds.length = 0;
      tabsWithContentScript.clear();
      tabMessages.length = 0;
      Object.assign(badge, { text: '', color: '', title: '' });
    },
    runtime: {
      id: 'callprep-test',
      getURL: (path: string) => `${base}${path.replace(/^\//, '')}`,
      onMessage,
      /** Who sends: by default the card page (which the background asks for its session). */
      sender: { id: 'callprep-test', url: `${base}src/ui/card/card.html` } as { id: string; url: string },
      /** As `runtime.sender` sends: to the background's listeners, answered by the first that answers. */
      async sendMessage(message: unknown) {
        const sender = { ...this.sender };
        for (const listener of onMessage.listeners) {
          const answer = (listener as (m: unknown, s: unknown) => unknown)(message, sender);
          if (answer !== undefined) return answer;
        }
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      onInstalled: event(),
      onStartup: event(),
    },
    alarms: {
      create: async (name: string, info: { when: number }) => {
        if (!alarms.has(name) && alarms.size >= ALARM_LIMIT) throw new Error(`An extension cannot have more than ${ALARM_LIMIT} active alarms.`);
        alarms.set(name, { name, scheduledTime: info.when });
      },
      clear: async (name: string) => alarms.delete(name),
      getAll: async () => [...alarms.values()],
      onAlarm: event(),
    },
    notifications: {
      create: async (id: string, options: Record<string, unknown>) => (notifications.set(id, options), id),
      clear: async (id: string) => notifications.delete(id),
      onClicked: event(),
      onButtonClicked: event(),
    },
    commands: {
      onCommand: event(),
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (badge.text = text),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void (badge.color = color),
      setTitle: async ({ title }: { title: string }) => void (badge.title = title),
    },
    storage: {
      /** browser.storage.session: kept in memory, like the browser's. */
      session: {
        get: async (key: string | null) => Object.fromEntries(key === null ? sessionItems : sessionItems.has(key) ? [[key, sessionItems.get(key)]] : []),
        set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => sessionItems.set(k, v)),
        remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => sessionItems.delete(k)),
      },
      local: {
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) stored.set(key, structuredClone(value));
          onStorageChanged.fire(Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { newValue: value }])), 'local');
        },
        get: async (keys: string[] | null) => Object.fromEntries([...stored].filter(([key]) => keys === null || keys.includes(key))),
        remove: async (keys: string[]) => void keys.forEach((key) => stored.delete(key)),
      },
      onChanged: onStorageChanged,
    },
    tabs: {
      create: async ({ url }: { url: string }) => (openedTabs.push(url), { id: openedTabs.length }),
      query: async () => tabIds.map((id) => ({ id })),
      onRemoved: event(),
      sendMessage: async (tabId: number, message: unknown) => {
        if (!tabsWithContentScript.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        tabMessages.push({ tabId, message });
      },
    },
  };
}
