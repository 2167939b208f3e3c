/**
 * Sending to a background that may be asleep or restarting. Chrome starts a stopped service worker
 * for a message, but a worker stopped while it handles one (idle timeout, update, DevTools) leaves
 * the sender with an error; Firefox's event page can be unloaded the same way. Those cases are
 * named here and retried with growing pauses, so a save the worker missed lands once it is back.
 * Only a context that lost the extension for good (reloaded or updated: "Extension context
 * invalidated") gives up at once.
 */
import { t } from './i18n/messages.ts';

/** Why a message got no answer, from the browser's error text. */
export type SendFailure = 'not-delivered' | 'answer-lost' | 'context-gone';

const FAILURES: Array<[RegExp, SendFailure]> = [
  [/Extension context invalidated/i, 'context-gone'],
  // Chrome and Firefox, when nothing listens yet (the worker is starting) or any more.
  [/Could not establish connection|Receiving end does not exist/i, 'not-delivered'],
  // Chrome: the worker stopped before answering; Firefox: the event page went away before answering.
  [/message (channel|port) closed before a response was received|Promised response from onMessage listener went out of scope|Message manager disconnected/i, 'answer-lost'],
];

export function classifySendFailure(error: unknown): SendFailure | null {
  const text = error instanceof Error ? error.message : String(error);
  return FAILURES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** Thrown once the background stayed out of reach through every retry. */
export class BackgroundUnreachable extends Error {}

/** About 16 s in all: a restarting worker answers within a second; a busy machine may take longer. */
export const RETRY_DELAYS_MS = [50, 200, 500, 1000, 2000, 4000, 8000];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `send`, again after each pause while it fails because the background was away: always when
 * the message never arrived, and when it may have arrived only if `repeatable` (see protocol/repeatable.ts).
 */
export async function withWorkerRetry<T>(send: () => Promise<T>, repeatable: boolean, delays = RETRY_DELAYS_MS, wait = sleep): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const failure = classifySendFailure(error);
      const retry = failure === 'not-delivered' || (failure === 'answer-lost' && repeatable);
      const pause = delays[attempt];
      if (retry && pause !== undefined) {
        await wait(pause);
        continue;
      }
      if (failure === 'answer-lost') {
        throw new BackgroundUnreachable(
          t(repeatable ? 'backgroundStoppedRepeatable' : 'backgroundStoppedOnce'),
        );
      }
      if (failure === 'not-delivered') throw new BackgroundUnreachable(t('backgroundNotAnswering'));
      throw error;
    }
  }
}
