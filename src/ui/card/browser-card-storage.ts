/** CardStorage over the extension's storage.local (see card-storage.tsx for why this one). */
import browser from 'webextension-polyfill';
import type { CardStorage } from './card-storage.tsx';

export function browserCardStorage(): CardStorage {
  const area = browser.storage.local;
  return {
    get: (keys) => area.get(keys),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    watch: (listener) => {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === 'local') listener(Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue])));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
