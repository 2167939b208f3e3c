/**
 * Keeps storage.local to the extension's own pages and worker. The card keeps unsaved notes there
 * for the moments between a keystroke and the save (ui/card/notes-drafts.ts); by default Chrome and
 * Firefox also let content scripts read storage.local. Ours never do, but a content script runs in
 * the web page's process, so where the browser lets us (Chromium: StorageArea.setAccessLevel on the
 * local area, checked in Chromium 156) we close it to them. Firefox has the setting only on
 * storage.session (no method on storage.local, checked in Firefox 153).
 */
import browser from 'webextension-polyfill';

interface RestrictableArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

export async function keepLocalStorageTrusted(area: RestrictableArea = browser.storage.local as unknown as RestrictableArea): Promise<'restricted' | 'unsupported'> {
  if (typeof area.setAccessLevel !== 'function') return 'unsupported';
  await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return 'restricted';
}
