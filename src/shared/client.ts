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
async function sendOnce<K extends MessageType>(envelope: Envelope<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`No answer to ${envelope.type}: the message port closed before a response was received.`);
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.data;
}

/** Sends through worker restarts (shared/worker-retry.ts). */
const send = <K extends MessageType>(envelope: Envelope<K>) => withWorkerRetry(() => sendOnce(envelope), REPEATABLE[envelope.type]);

export const sendToBackground: Client = (type, data) => send({ callprep: 1, type, data });

/** The card's client: every request carries its session, without which the background refuses it. */
export const sessionClient =
  (session: string): Client =>
  (type, data) =>
    send({ callprep: 1, type, data, session });
