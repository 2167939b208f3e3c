/**
 * Opens the call panel (shared/call-panel-page.ts) from the user's click: Chrome's side panel, or
 * Firefox's sidebar. Both browsers take it only while the click is being handled (Chrome's
 * `sidePanel.open` "may only be called in response to a user action", Firefox's `sidebarAction.open`
 * "from inside the handler for a user action", and Firefox only before anything was awaited), so it
 * is called first thing in the handler and never from the background, which a message reaches
 * without the click. Chrome needs the window to open it in: `prepareCallPanel` reads it ahead.
 * A browser without either (a Chromium fork, Firefox for Android) opens nothing: the card keeps the call.
 */

/**
 * The few APIs used, as either browser names them (@types/chrome is not part of the type set). Read
 * from the globals, not the polyfill: the card also runs where there is no extension (unit tests),
 * and there it simply has no panel.
 */
interface PanelApis {
  /** `close` since Chrome 141. */
  sidePanel?: { open(options: { windowId: number }): Promise<void>; close?(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void>; close(): Promise<void> };
  windows?: { getCurrent(): Promise<{ id?: number }> };
  runtime?: { getManifest(): Record<string, unknown> };
}

const apis = (): PanelApis => {
  const g = globalThis as { browser?: PanelApis; chrome?: PanelApis };
  return g.browser ?? g.chrome ?? {};
};
const sidePanel = () => (globalThis as { chrome?: PanelApis }).chrome?.sidePanel;
const sidebar = () => apis().sidebarAction;

let windowId: number | undefined;

/** Reads the window this page is in, so a later click can open Chrome's side panel at once. */
export function prepareCallPanel(): void {
  const windows = apis().windows;
  if (!sidePanel() || !windows) return;
  windows.getCurrent().then(
    (current) => (windowId = current.id),
    (error: unknown) => console.error('Callprep: reading the window for the call panel failed; calls stay in the card', error),
  );
}

/**
 * Call in the click handler, before any await. Resolves true once the panel is open, false where it
 * cannot open (no such API, the window not known yet, the browser refused): the caller then keeps
 * the call where it is, and the reason is in the console.
 */
export function openCallPanel(): Promise<boolean> {
  const chromePanel = sidePanel();
  const opened = chromePanel
    ? windowId === undefined
      ? Promise.reject(new Error('the window is not known yet'))
      : chromePanel.open({ windowId })
    : sidebar()?.open() ?? Promise.reject(new Error('this browser has no side panel for extensions'));
  return opened.then(
    () => true,
    (error: unknown) => (console.warn('Callprep: the call panel did not open; the call stays in the card', error), false),
  );
}

/** Closes the panel from inside it (its ✕): by the browser's API where it has one, else as a window. */
export function closeCallPanel(): void {
  const report = (error: unknown) => console.error('Callprep: closing the call panel failed', error);
  const firefox = sidebar();
  const chromePanel = sidePanel();
  if (firefox) void firefox.close().catch(report);
  else if (chromePanel?.close && windowId !== undefined) void chromePanel.close({ windowId }).catch(report);
  else window.close();
}

/**
 * True in Firefox, which has a sidebar for the call that a card inside a web page cannot open
 * itself: the card then tells the user the keys that open it (shared/call-panel-page.ts).
 */
export const hasCallSidebar = (): boolean => 'sidebar_action' in (apis().runtime?.getManifest() ?? {});
