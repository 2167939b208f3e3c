/**
 * The typed way to ask the background something. UI components take a `Client` so tests and
 * screenshots can run them with an in-memory one instead of the extension.
 */
import browser from 'webextension-polyfill';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol/index.ts';

export type Client = <K extends MessageType>(type: K, data: RequestOf<K>) => Promise<ResponseOf<K>>;

export class RemoteError extends Error {}

async function send<K extends MessageType>(envelope: Envelope<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new RemoteError(`No answer to ${envelope.type}: the extension may have been reloaded.`);
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.data;
}

export const sendToBackground: Client = (type, data) => send({ callprep: 1, type, data });

/** The card's client: every request carries its session, without which the background refuses it. */
export const sessionClient =
  (session: string): Client =>
  (type, data) =>
    send({ callprep: 1, type, data, session });
