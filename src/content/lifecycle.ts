/**
 * One Callprep per frame, and none left behind when the extension goes away.
 *
 * Instances never coordinate through the page's DOM: a DOM event any page script could dispatch once
 * switched Callprep off until the page was reloaded (issue 9). Instead:
 * - A second instance in the same JavaScript world (the script injected twice) takes over from the
 *   first through a slot on that world's global object. The page cannot reach it: Chrome runs content
 *   scripts in an isolated world with a global object of its own, Firefox in a sandbox.
 * - An instance whose extension was reloaded, updated or removed notices by itself, because the
 *   runtime goes away (Chrome clears `runtime.id`), and aborts. It cannot be told: in Chrome a
 *   re-injected script runs in a new isolated world and shares nothing with the old one but the DOM,
 *   and in Firefox the old one's code no longer runs at all.
 * Aborting undoes everything the instance did: every listener, observer and mark is tied to it.
 */
import { isExtensionAlive } from './runtime.ts';

/** Registered (Symbol.for), so a second evaluation of this module in the same world finds it. */
const FRAME_OWNER = Symbol.for('callprep.frame-owner');
type World = { [FRAME_OWNER]?: AbortController };

/** How often an instance checks that its extension is still there. */
export const ALIVE_CHECK_MS = 1000;

export function claimFrame(controller: AbortController, world: object = globalThis): void {
  const slot = world as World;
  slot[FRAME_OWNER]?.abort();
  slot[FRAME_OWNER] = controller;
  controller.signal.addEventListener('abort', () => slot[FRAME_OWNER] === controller && delete slot[FRAME_OWNER], { once: true });
}

/**
 * Returns a check to call on each piece of work: once the extension context is invalidated (the
 * extension was reloaded or removed) it aborts the controller quietly and answers false.
 */
export function aliveCheck(controller: AbortController): () => boolean {
  return () => {
    if (controller.signal.aborted) return false;
    if (isExtensionAlive()) return true;
    controller.abort();
    return false;
  };
}

/**
 * aliveCheck, also run every ALIVE_CHECK_MS: an instance whose extension went away cleans up (its
 * marks vanish) even on a page where nothing happens.
 */
export function watchExtensionAlive(controller: AbortController): () => boolean {
  const check = aliveCheck(controller);
  const timer = setInterval(check, ALIVE_CHECK_MS);
  controller.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return check;
}
