/**
 * Gives every component the `Client` it talks to the background with: the extension's messaging in
 * the real pages, an in-memory fake in component tests and screenshots.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Client } from '../../shared/client.ts';

export const ClientContext = createContext<Client | null>(null);

interface Props {
  client: Client;
  children: ComponentChildren;
}

export function ClientProvider({ client, children }: Props) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a <ClientProvider> above it.');
  return client;
}
