/**
 * The typed way to ask the background something. UI components take a `Client` so tests and
 * screenshots can run them with an in-memory one instead of the extension.
 */
import browser from 'webextension-polyfill';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol/index.ts';
import { REPEATABLE } from './protocol/repeatable.ts';
import { withWorkerRetry } from './worker-retry.ts';

export type Client = <K extends MessageType>(type: K, data: RequestOf<K>) => Promise<ResponseOf<K>>;

export class RemoteError extends Error {}

/**
 * One try. The background answers every envelope, so no answer at all means it went away mid-request
 * (webextension-polyfill turns Chrome's "message port closed" into an undefined reply).
 */
async function sendOnce<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { callprep: 1, type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`No answer to ${type}: the message port closed before a response was received.`);
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.data;
}

/** Sends through worker restarts (shared/worker-retry.ts). */
export const sendToBackground: Client = <K extends MessageType>(type: K, data: RequestOf<K>) => withWorkerRetry(() => sendOnce(type, data), REPEATABLE[type]);
