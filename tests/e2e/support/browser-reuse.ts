/**
 * One browser per Vitest worker, handed from suite file to suite file: starting Firefox with the
 * add-on installed and closing it again took 8–9 s per file on the 2-core CI machine (Chromium 2–3 s),
 * a third of the Firefox run. The end-to-end config runs files without isolation, so this module's
 * state lives as long as the worker; each file still starts from a fresh extension:
 * - every tab is closed;
 * - the extension's data is wiped from one of its own pages: every IndexedDB database (Dexie in the
 *   background closes on the deletion and opens a new, empty one when next used), storage.local and
 *   storage.session, alarms, notifications, and host access granted at run time (a sync server);
 * - the background starts afresh, so nothing it held in memory survives (Firefox: runtime.reload;
 *   Chromium: its worker is stopped), and the next file waits until the background answers again.
 * A browser that cannot be reset (a file crashed it, or left it in a state the reset cannot undo) is
 * closed and a new one launched. A browser launched with other settings (dark, another language)
 * replaces the one kept.
 */
import { askBackground, type ExtensionApi } from '../pages/extension-page.ts';
import { OPTIONS_PATH } from '../pages/options-page.ts';
import { DEFAULT_WAIT_MS, waitUntil, type TestBrowser } from './driver.ts';

interface Kept {
  key: string;
  browser: TestBrowser;
}

let kept: Kept | undefined;

/** `launch` wrapped: the browser it returns is reused by the next file of this worker that asks for the same `key`. */
export async function reusedBrowser(key: string, launch: () => Promise<TestBrowser>): Promise<TestBrowser> {
  if (kept?.key === key) {
    const { browser } = kept;
    kept = undefined;
    try {
      await resetExtension(browser);
      return lease(key, browser);
    } catch (error) {
      console.warn(`[e2e] could not reset the ${browser.name} kept from the last file, starting a new one: ${error instanceof Error ? error.message : String(error)}`);
      await browser.close().catch((closing: unknown) => console.warn(`[e2e] closing it failed too: ${String(closing)}`));
    }
  } else if (kept) {
    const old = kept.browser;
    kept = undefined;
    await old.close();
  }
  return lease(key, await launch());
}

/** The browser as a suite sees it: its close() keeps it for the next file instead. */
function lease(key: string, browser: TestBrowser): TestBrowser {
  let released = false;
  return {
    ...browser,
    // Getters and methods read through to the driver object (crashAndRestart swaps its insides).
    newPage: () => browser.newPage(),
    onlyNewTab: () => browser.onlyNewTab(),
    extensionUrl: (path) => browser.extensionUrl(path),
    close: async () => {
      if (released) return;
      released = true;
      kept = { key, browser };
    },
  };
}

type ResetApi = ExtensionApi & {
  storage: { local: { clear(): Promise<void> }; session?: { clear(): Promise<void> } };
  alarms: { clearAll(): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<unknown> };
  permissions: { getAll(): Promise<{ origins?: string[] }>; remove(p: { origins: string[] }): Promise<boolean> };
  runtime: ExtensionApi['runtime'] & { reload(): void };
};

async function resetExtension(browser: TestBrowser): Promise<void> {
  // A blank tab stays: the reload closes the extension's own tabs, and a Firefox left without a
  // window quits.
  await browser.onlyNewTab();
  const page = await browser.newPage();
  await page.goto(browser.extensionUrl(OPTIONS_PATH));
  await page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ResetApi; chrome: ResetApi };
    const api = g.browser ?? g.chrome;
    await api.storage.local.clear();
    await api.storage.session?.clear();
    await api.alarms.clearAll();
    await Promise.all(Object.keys(await api.notifications.getAll()).map((id) => api.notifications.clear(id)));
    // Host access asked for at run time names one origin; the wildcard ones came with the install.
    const granted = ((await api.permissions.getAll()).origins ?? []).filter((origin) => !origin.includes('*') && origin !== '<all_urls>');
    if (granted.length) await api.permissions.remove({ origins: granted });
    const deleted = (name: string) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => done();
        request.onerror = () => fail(new Error(`deleting the database ${name}: ${String(request.error)}`));
        // onblocked: an open connection (Dexie closes on the version change); success follows.
      });
    await Promise.all((await indexedDB.databases()).map((db) => deleted(db.name!)));
  });
  if (browser.stopBackground) {
    // Chromium disables an extension loaded from the command line when it reloads itself
    // (its pages then fail with ERR_BLOCKED_BY_CLIENT); a stopped worker starts afresh all the same.
    await page.close();
    await browser.stopBackground();
  } else {
    await page.evaluate(() => {
      const g = globalThis as unknown as { browser?: ResetApi; chrome: ResetApi };
      setTimeout(() => (g.browser ?? g.chrome).runtime.reload(), 0);
    });
    // The extension page goes with the old extension; the new background answers a fresh page.
    const gone = () => page.evaluate(() => location.protocol).then((protocol) => protocol !== 'moz-extension:', () => true);
    await waitUntil(gone, Boolean, 'the extension page to go with the reload');
    await page.close().catch((error: unknown) => {
      if (!(error instanceof Error && /closed|detached|Target/i.test(error.message))) throw error;
    });
  }
  const check = await browser.newPage();
  await waitUntil(
    async () => {
      await check.goto(browser.extensionUrl(OPTIONS_PATH));
      return askBackground<unknown>(check, 'settings/get', {});
    },
    (settings) => settings !== undefined,
    'the reloaded extension to answer',
    DEFAULT_WAIT_MS * 2,
  );
  await check.close();
}
