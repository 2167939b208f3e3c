/**
 * One Callprep per frame. A newer instance (the extension was updated or reloaded and injected
 * again) announces itself with a DOM event; the older one then aborts, which undoes everything it
 * did, because every listener, observer and mark is tied to its AbortController.
 */
import { isExtensionAlive } from './runtime.ts';

const TAKEOVER_EVENT = 'callprep:takeover';

export function claimFrame(controller: AbortController, doc: Document = document): void {
  doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  doc.addEventListener(TAKEOVER_EVENT, () => controller.abort(), { signal: controller.signal, once: true });
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
