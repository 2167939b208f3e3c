/** Mounts the card (or one of its views) as card-main does: with a client and the card's storage. */
import type { ComponentChildren } from 'preact';
import type { Client } from '../../../../src/shared/client.ts';
import { CardStorageProvider } from '../../../../src/ui/card/card-storage.tsx';
import { render, type Rendered } from '../../popup/support/render.tsx';
import { memoryStorage, type MemoryStorage } from './memory-storage.ts';

export function renderCard(ui: ComponentChildren, client: Client, storage: MemoryStorage = memoryStorage()): Promise<Rendered> {
  return render(<CardStorageProvider storage={storage}>{ui}</CardStorageProvider>, client);
}
