/**
 * An in-memory CardStorage for card tests, shared by every card a test opens (as storage.local is by
 * the card iframes of all tabs): what one card writes, the others see and are told about.
 */
import type { CardStorage } from '../../../../src/ui/card/card-storage.tsx';

export interface MemoryStorage extends CardStorage {
  items: Map<string, unknown>;
  /** Keys written so far, in order (a draft key once per keystroke). */
  writes: string[];
}

export function memoryStorage(): MemoryStorage {
  const items = new Map<string, unknown>();
  const writes: string[] = [];
  const listeners = new Set<(changes: Record<string, unknown>) => void>();
  const tell = (changes: Record<string, unknown>) => listeners.forEach((l) => l(changes));
  return {
    items,
    writes,
    get: async (keys) => Object.fromEntries([...items].filter(([key]) => keys === null || keys.includes(key)).map(([k, v]) => [k, structuredClone(v)])),
    set: async (values) => {
      for (const [key, value] of Object.entries(values)) {
        items.set(key, structuredClone(value));
        writes.push(key);
      }
      tell(values);
    },
    remove: async (keys) => {
      keys.forEach((key) => items.delete(key));
      tell(Object.fromEntries(keys.map((key) => [key, undefined])));
    },
    watch: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
