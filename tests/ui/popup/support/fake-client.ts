/**
 * An in-memory `Client` for component tests: answers from a table of handlers and records every request,
 * so a test can check what the UI asked the background for. A message with no handler fails loudly.
 */
import type { Client } from '../../../../src/shared/client.ts';
import type { MessageType, RequestOf, ResponseOf } from '../../../../src/shared/protocol/index.ts';

export type FakeHandlers = {
  [K in MessageType]?: (data: RequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

export interface FakeClient {
  client: Client;
  calls: Array<{ type: MessageType; data: unknown }>;
  /** Requests of one type, in order. */
  sent<K extends MessageType>(type: K): Array<RequestOf<K>>;
}

export function fakeClient(handlers: FakeHandlers): FakeClient {
  const calls: FakeClient['calls'] = [];
  const client = (async (type: MessageType, data: unknown) => {
    calls.push({ type, data });
    const handler = handlers[type] as ((d: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`The fake client has no answer for "${type}".`);
    return handler(data);
  }) as Client;
  return {
    client,
    calls,
    sent: <K extends MessageType>(type: K) => calls.filter((c) => c.type === type).map((c) => c.data as RequestOf<K>),
  };
}
