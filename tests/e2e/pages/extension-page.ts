/**
 * Things a page object does from inside an extension page with the extension's own APIs (chrome.* in
 * Chromium, browser.* in Firefox): talk to the background, and bring its own tab to the front.
 */
import { DRAFT_KEY_PREFIX } from '../../../src/ui/card/notes-drafts.ts';
import type { TestFrame, TestPage } from '../support/driver.ts';
import { recordDownloads } from './download-recorder.ts';

/** The few extension APIs called here; @types/chrome is not part of the test type set. */
export interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  extension: { getViews(filter: { type: 'tab' }): Window[] };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    update(id: number, change: { active: boolean }): Promise<unknown>;
  };
}

/** Sends one protocol message and returns the answer's data (throws the background's error). */
export async function askBackground<T>(page: Pick<TestFrame, 'evaluate'>, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    async (arg) => {
      const { type: t, data: d } = arg as { type: string; data: unknown };
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      return (await (g.browser ?? g.chrome).runtime.sendMessage({ callprep: 1, type: t, data: d })) as {
        ok: boolean;
        data?: unknown;
        error?: string;
      };
    },
    { type, data },
  );
  if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error ?? 'no answer'}`);
  return reply.data as T;
}

/** The texts of the call-notes drafts a card kept on this device (storage.local, see src/ui/card/notes-drafts.ts). */
export function notesDraftsOnDevice(page: Pick<TestFrame, 'evaluate'>): Promise<string[]> {
  return page.evaluate(async (prefix) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const all = await (g.browser ?? g.chrome).storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(String(prefix)))
      .map(([, draft]) => String((draft as { text?: unknown }).text));
  }, DRAFT_KEY_PREFIX);
}

/**
 * Makes the page's tab the active one. Firefox throttles timers in background tabs hard enough to
 * stall a debounced search, and opening another tab (options, a customer's card) pushes this one back.
 */
export async function activateOwnTab(page: TestPage): Promise<void> {
  await page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = g.browser ?? g.chrome;
    const me = await api.tabs.getCurrent();
    if (me?.id !== undefined) await api.tabs.update(me.id, { active: true });
  });
}

/**
 * Loads an extension page in this tab as a user has it: its tab in front (see activateOwnTab), ready
 * once every `ready` selector shows, with the files it saves recorded (download-recorder.ts).
 */
export async function loadExtensionPage(page: TestPage, url: string, ...ready: string[]): Promise<void> {
  await page.goto(url);
  await activateOwnTab(page);
  for (const selector of ready) await page.waitFor(selector);
  await recordDownloads(page);
}

/** URLs of the extension's pages open in tabs; getViews needs no "tabs" permission in either browser. */
export function extensionTabUrls(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    return (g.browser ?? g.chrome).extension.getViews({ type: 'tab' }).map((view) => view.location.href);
  });
}

/** The text of `selector` in the extension page open in a tab whose path ends with `path` ('' while none shows it). */
export function extensionTabText(page: TestPage, path: string, selector: string): Promise<string> {
  return page.evaluate(
    (arg) => {
      const { path: p, selector: s } = arg as { path: string; selector: string };
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const view = (g.browser ?? g.chrome).extension.getViews({ type: 'tab' }).find((v) => v.location.pathname.endsWith(p));
      return view?.document.querySelector(s)?.textContent ?? '';
    },
    { path, selector },
  );
}

/**
 * Holds a read-write transaction on the calls table of Callprep's database from this extension page
 * (the same database the background uses), so every notes save waits until `releaseCalls`. Lets a
 * test have two saves in flight from the same state, or stop the worker in the middle of one. The
 * transaction is kept alive by chaining reads, as IndexedDB commits one that has nothing pending.
 */
export async function holdCalls(page: Pick<TestFrame, 'evaluate'>): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('callprep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const g = globalThis as unknown as { holdingCalls?: boolean };
          const store = open.result.transaction(['calls'], 'readwrite').objectStore('calls');
          g.holdingCalls = true;
          const spin = () => {
            if (g.holdingCalls) store.get('held').onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
}

export async function releaseCalls(page: Pick<TestFrame, 'evaluate'>): Promise<void> {
  await page.evaluate(() => void ((globalThis as unknown as { holdingCalls?: boolean }).holdingCalls = false));
}

/**
 * Time passing, for a follow-up: moves its due time to `dueAt` (in the past) in Callprep's database
 * from this extension page. The background refuses to schedule a follow-up in the past, as a user
 * could never agree one; an overdue follow-up is one whose time came while nobody acted on it.
 */
export async function makeDueAt(page: Pick<TestFrame, 'evaluate'>, followUpId: string, dueAt: number): Promise<void> {
  await page.evaluate(
    (arg) =>
      new Promise<void>((resolve, reject) => {
        const { id, at } = arg as { id: string; at: number };
        const open = indexedDB.open('callprep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['followUps'], 'readwrite');
          const store = tx.objectStore('followUps');
          const read = store.get(id);
          read.onsuccess = () => {
            if (!read.result) return reject(new Error(`No follow-up ${id}`));
            store.put({ ...read.result, dueAt: at });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id: followUpId, at: dueAt },
  );
}
