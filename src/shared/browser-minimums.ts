/**
 * The oldest browsers Callprep runs in, written into the manifests (vite.config.ts) and told to users.
 * Both are set by the CSS Custom Highlight API, which draws the marks without touching the page's DOM:
 * Chromium 105 and Firefox 140 were the first to ship it (Firefox 140 is also the first to read the
 * manifest's data_collection_permissions). An older browser cannot mark a single number.
 */
export const MIN_CHROME_VERSION = 105;
export const MIN_FIREFOX_VERSION = 140;
