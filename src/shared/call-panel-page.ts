/**
 * The page where a call lives once it started (issue 13, "the call travels with the user"): Chrome's
 * side panel (`side_panel.default_path`) or Firefox's sidebar (`sidebar_action.default_panel`), both
 * set from this path by the manifest (vite.config.ts). It stays open while the user navigates, reloads
 * or switches tabs, so the call view, its timer and notes stay in sight until wrap-up.
 */
export const CALL_PANEL_PATH = 'src/ui/panel/panel.html';

/**
 * Firefox's keys for the sidebar (its `_execute_sidebar_action` command). Firefox lets a card inside
 * a web page neither open the sidebar nor ask the background to (a message carries no user action),
 * so a call started there says these keys; the sidebar, once open, stays open and follows the calls.
 */
export const SIDEBAR_KEYS = 'Alt+Shift+L';
