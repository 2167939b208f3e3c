/**
 * The typed way to ask the background something. UI components take a `Client` so tests and
 * screenshots can run them with an in-memory one instead of the extension.
 */
import browser from 'webextension-polyfill';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol/index.ts';

export type Client = <K extends MessageType>(type: K, data: RequestOf<K>) => Promise<ResponseOf<K>>;

export class RemoteError extends Error {}

export const sendToBackground: Client = async <K extends MessageType>(type: K, data: RequestOf<K>) => {
  const envelope: Envelope<K> = { callprep: 1, type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new RemoteError(`No answer to ${type}: the extension may have been reloaded.`);
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.data;
};
