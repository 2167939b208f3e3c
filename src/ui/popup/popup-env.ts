/**
 * What the popup needs from its surroundings besides the background: the clock, the user's zone, the
 * active site and opening tabs. Injected so component tests can pin "now" and see what would open.
 */
export const OPTIONS_PAGE_PATH = 'src/ui/options/options.html';

export interface PopupEnv {
  now: () => number;
  timeZone: string;
  activeSite: () => Promise<string | null>;
  /** The active tab's id, undefined when the popup stands for a site given in ?site=. */
  activeTabId?: () => Promise<number | undefined>;
  /** Opens an extension page (path relative to the extension root, may carry ?query and #hash) in a new tab. */
  openPage: (path: string) => void;
  /** Closes the toolbar popup (a call went to the call panel); nothing where the popup is a tab. */
  close?: () => void;
}
