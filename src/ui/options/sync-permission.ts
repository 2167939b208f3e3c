/**
 * Asks the browser for access to the team server's origin (manifest `optional_host_permissions`).
 * Must be called straight from the click, before any await: Firefox grants a permission request only
 * while it handles the user's input. The browser's own namespace is read at call time (Firefox's
 * `browser`, Chrome's promise-returning `chrome` in MV3) rather than through webextension-polyfill,
 * which throws when loaded outside an extension: the options page's component tests load this file.
 */
import { normalizeServerUrl, originPattern } from '../../sync/account.ts';

export type RequestServerAccess = (serverUrl: string) => Promise<boolean>;

interface PermissionsApi {
  permissions: { request: (permissions: { origins: string[] }) => Promise<boolean> };
}

export const requestServerAccess: RequestServerAccess = (serverUrl) => {
  const origins = [originPattern(normalizeServerUrl(serverUrl))];
  const api = ((globalThis as { browser?: PermissionsApi }).browser ?? (globalThis as unknown as { chrome: PermissionsApi }).chrome);
  return api.permissions.request({ origins });
};
