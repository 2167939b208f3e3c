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
  return {
    alarmsByName: alarms,
    notificationsById: notifications,
    openedTabs,
    tabIds,
    tabsWithContentScript,
    tabMessages,
    sessionItems,
    reset() {
      sessionItems.clear();
      alarms.clear();
      notifications.clear();
      openedTabs.length = 0;
      tabIds.length = 0;
      tabsWithContentScript.clear();
      tabMessages.length = 0;
    },
    runtime: {
      id: 'callprep-test',
      getURL: (path: string) => `${base}${path.replace(/^\//, '')}`,
      onMessage: event(),
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
    storage: {
      /** browser.storage.session: kept in memory, like the browser's. */
      session: {
        get: async (key: string | null) => Object.fromEntries(key === null ? sessionItems : sessionItems.has(key) ? [[key, sessionItems.get(key)]] : []),
        set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => sessionItems.set(k, v)),
        remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => sessionItems.delete(k)),
      },
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
