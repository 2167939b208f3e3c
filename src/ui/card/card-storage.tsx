/**
 * The card's own storage: the extension's storage.local, reached from the card page itself, not
 * through the background. It keeps the notes being typed at every keystroke (notes-drafts.ts) and
 * brings the background's "record changed" announcements (shared/record-change.ts).
 *
 * Why not the page's localStorage or IndexedDB: inside a web page the card is a third-party frame,
 * and Chromium refuses it both ("Access is denied for this document", measured in Chromium 150 and
 * 156 with default settings); storage.local works there in Chromium and Firefox, survives the tab
 * closing and the browser being killed, and does not need the background worker to be running.
 * Injected like the Client, so component tests run with an in-memory one.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

export interface CardStorage {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Calls back with each changed key and its new value (undefined once removed); returns the function that stops it. */
  watch(listener: (changes: Record<string, unknown>) => void): () => void;
}

const CardStorageContext = createContext<CardStorage | null>(null);

export function CardStorageProvider({ storage, children }: { storage: CardStorage; children: ComponentChildren }) {
  return <CardStorageContext.Provider value={storage}>{children}</CardStorageContext.Provider>;
}

export function useCardStorage(): CardStorage {
  const storage = useContext(CardStorageContext);
  if (!storage) throw new Error('useCardStorage needs a <CardStorageProvider> above it.');
  return storage;
}
