/**
 * Receives every message, checks who sent it and what it carries, and hands it to its handler.
 * Unknown or malformed messages get an error reply; messages not in our envelope get none.
 */
import type { Runtime } from 'webextension-polyfill';
import { GuardError, parseOrThrow } from '../shared/guard.ts';
import { PROTOCOL, isMessageType, type MessageType, type Reply, type RequestOf, type ResponseOf } from '../shared/protocol/index.ts';
import type { Sender } from '../shared/protocol/define.ts';
import { NoCardSession } from './card-sessions.ts';

export interface HandlerContext {
  sender: Runtime.MessageSender;
}

export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>, ctx: HandlerContext) => Promise<ResponseOf<K>>;
};

/** Which kind of context sent this, or null for anyone we do not talk to. */
export function classifySender(sender: Runtime.MessageSender, extensionBaseUrl: string, extensionId: string): Sender | null {
  if (sender.id !== undefined && sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionBaseUrl)) return 'ui';
  if (sender.tab && sender.frameId !== undefined) return 'content';
  return null;
}

/** A check that runs before the handler, with the envelope's session token; rejects to refuse. */
export type Authorize = (type: MessageType, session: unknown, sender: Runtime.MessageSender) => Promise<void>;

export function createRouter(handlers: Handlers, extensionBaseUrl: string, extensionId: string, authorize: Authorize = async () => undefined) {
  return async (message: unknown, sender: Runtime.MessageSender): Promise<Reply<MessageType> | undefined> => {
    if (typeof message !== 'object' || message === null || (message as { callprep?: unknown }).callprep !== 1) return undefined;
    const { type, data, session } = message as { type: unknown; data: unknown; session?: unknown };
    if (!isMessageType(type)) return { ok: false, error: `Unknown request "${String(type).slice(0, 40)}".` };
    const def = PROTOCOL[type];
    const from = classifySender(sender, extensionBaseUrl, extensionId);
    if (from !== def.from) return { ok: false, error: `"${type}" is not accepted from this context.` };
    try {
      await authorize(type, session, sender);
      const checked: unknown = parseOrThrow(def.request, data, 'request');
      const handler = handlers[type] as (d: unknown, ctx: HandlerContext) => Promise<unknown>;
      return { ok: true, data: (await handler(checked, { sender })) as ResponseOf<typeof type> };
    } catch (error) {
      if (!(error instanceof GuardError || error instanceof NoCardSession)) console.error(`Callprep: ${type} failed`, error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
