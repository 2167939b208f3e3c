/**
 * The few extension APIs the content script needs, without the webextension-polyfill: Firefox has
 * `browser` with promises, Chrome's `chrome` returns promises in MV3 too. Keeping the polyfill out
 * keeps the start-up bundle, which runs in every frame of every page, a few kilobytes.
 */
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from '../shared/protocol/index.ts';

type MessageListener = (message: unknown, sender: { id?: string } | undefined, sendResponse?: (answer: unknown) => void) => undefined;

interface ExtensionRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  getURL(path: string): string;
  onMessage?: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}

/** The background gave no answer: the extension is being reloaded or updated, or the worker is busy starting. */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

/** The background answered with an error (a refused or failed request). */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

function runtime(): ExtensionRuntime | undefined {
  const g = globalThis as { browser?: { runtime?: ExtensionRuntime }; chrome?: { runtime?: ExtensionRuntime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** False once the extension was reloaded, updated or removed: Chrome then clears `runtime.id`. */
export function isExtensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch (error) {
    // "Extension context invalidated" can also surface as a throw from the getter.
    if (isContextInvalidated(error)) return false;
    throw error;
  }
}

/** An extension API used after the extension was reloaded or removed: "Extension context invalidated"
 *  in Chrome, "can't access dead object" in Firefox. */
const isContextInvalidated = (error: unknown): boolean => error instanceof Error && /context invalidated|dead object/i.test(error.message);

export function extensionUrl(path: string): string {
  const rt = runtime();
  if (!rt) throw new Error('Callprep: extension runtime unavailable');
  return rt.getURL(path);
}

/** Asks the background; rejects on an error reply, no reply, or no reply within `timeoutMs`. */
export async function askBackground<K extends MessageType>(type: K, data: RequestOf<K>, timeoutMs: number): Promise<ResponseOf<K>> {
  const rt = runtime();
  if (!rt?.id) throw new NoAnswerError('Callprep: extension context invalidated');
  const envelope: Envelope<K> = { callprep: 1, type, data };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerError(`No answer to ${type} within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const reply = (await Promise.race([sent(rt, envelope), timeout])) as Reply<K> | undefined;
    if (!reply || typeof reply !== 'object') throw new NoAnswerError(`No answer to ${type}`);
    if (!reply.ok) throw new RefusedError(reply.error);
    return reply.data;
  } finally {
    clearTimeout(timer);
  }
}

/** runtime.sendMessage, with its own rejection (no receiver, context gone) as a NoAnswerError. */
async function sent(rt: ExtensionRuntime, envelope: unknown): Promise<unknown> {
  try {
    return await rt.sendMessage(envelope);
  } catch (error) {
    // The browsers reject with plain Errors ("Could not establish connection", "context invalidated").
    throw new NoAnswerError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/**
 * Calls `handle` with each message our own extension sends to this frame that passes `guard`, until
 * `signal` aborts. The listener returns undefined, so the sender's promise settles at once and no
 * other listener's answer is blocked; when `handle` returns a value, it is the answer, given at once
 * through sendResponse (both browsers accept a synchronous call).
 */
export function onExtensionMessage<T>(guard: (message: unknown) => message is T, handle: (message: T) => unknown, signal: AbortSignal): void {
  const events = runtime()?.onMessage;
  if (!events || signal.aborted) return;
  const listener: MessageListener = (message, sender, sendResponse) => {
    // runtime.onMessage only hears our own extension today; checked anyway, so that never rests on it.
    if (!isExtensionAlive() || sender?.id !== runtime()?.id || !guard(message)) return undefined;
    const answer = handle(message);
    if (answer !== undefined) sendResponse?.(answer);
    return undefined;
  };
  events.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        events.removeListener(listener);
      } catch (error) {
        // The extension context is gone: the browser dropped its listeners already.
        if (!isContextInvalidated(error)) throw error;
      }
    },
    { once: true },
  );
}
