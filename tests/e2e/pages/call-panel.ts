/**
 * The call panel and the toolbar button, as a test can see them from an extension page: whether the
 * browser has the panel open (Chromium: a SIDE_PANEL context of the panel page; Firefox: the sidebar
 * is open), the badge's text, colour and tooltip, and the panel page opened in a tab (no driver can
 * look inside Chromium's side panel or Firefox's sidebar: the same page in a tab stands in for it).
 */
import type { TestBrowser, TestFrame, TestPage } from '../support/driver.ts';
import { CardPage } from './card-page.ts';

export const PANEL_PATH = 'src/ui/panel/panel.html';

interface PanelApis {
  runtime: { getContexts?(filter: { contextTypes: string[] }): Promise<Array<{ documentUrl?: string }>> };
  sidebarAction?: { isOpen(details: object): Promise<boolean>; close(): Promise<void> };
  sidePanel?: { close?(options: { windowId: number }): Promise<void> };
  windows: { getAll(): Promise<Array<{ id?: number }>> };
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
    getTitle(details: object): Promise<string>;
  };
}

/** Whether the browser shows the call panel now: Chromium's side panel with our page, or Firefox's sidebar. */
export function isCallPanelOpen(page: Pick<TestFrame, 'evaluate'>): Promise<boolean> {
  return page.evaluate(async (path) => {
    const g = globalThis as unknown as { browser?: PanelApis; chrome: PanelApis };
    const api = g.browser ?? g.chrome;
    if (api.sidebarAction) return api.sidebarAction.isOpen({});
    const panels = (await api.runtime.getContexts?.({ contextTypes: ['SIDE_PANEL'] })) ?? [];
    return panels.some((c) => (c.documentUrl ?? '').includes(String(path)));
  }, PANEL_PATH);
}

/** Closes the call panel in every window (Chromium 141+'s sidePanel.close; Firefox's sidebar, which must be asked from a user action). */
export function closeChromiumSidePanel(page: Pick<TestFrame, 'evaluate'>): Promise<void> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { chrome: PanelApis };
    const close = g.chrome.sidePanel?.close;
    if (!close) return;
    for (const w of await g.chrome.windows.getAll()) if (w.id !== undefined) await close({ windowId: w.id }).catch(() => undefined);
  });
}

export interface ToolbarBadge {
  text: string;
  /** "rgb(r, g, b)" */
  color: string;
  title: string;
}

/** The toolbar button as the background set it. */
export function toolbarBadge(page: Pick<TestFrame, 'evaluate'>): Promise<ToolbarBadge> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: PanelApis; chrome: PanelApis };
    const { action } = g.browser ?? g.chrome;
    const [r, gr, b] = await action.getBadgeBackgroundColor({});
    return { text: await action.getBadgeText({}), color: `rgb(${r}, ${gr}, ${b})`, title: await action.getTitle({}) };
  });
}

/** The call panel's page in a tab of its own, driven with the card's page object. */
export async function openPanelPage(browser: TestBrowser): Promise<{ tab: TestPage; panel: CardPage }> {
  const tab = await browser.newPage();
  await tab.goto(browser.extensionUrl(PANEL_PATH));
  return { tab, panel: await CardPage.panel(tab) };
}
