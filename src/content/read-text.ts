/**
 * What each text node said when the scanner last read it, so unchanged text is not read again when
 * its subtree is (a class toggled on a container re-queues everything under it).
 *
 * Kept as a property of the content script's own view of the node (a wrapper in Chromium's isolated
 * world, an Xray expando in Firefox: the page's scripts never see it), not in a WeakMap: a WeakMap
 * holding a big page's text nodes is as many ephemerons for every major garbage collection to
 * process. After a 200,000-node page was read that made pauses of 100–190 ms with Callprep idle
 * (how late a 10 ms page timer ran; 0.7–2.3 ms without the WeakMap; Chromium 156, 2026-11-26).
 */
type Noted = Text & Record<symbol, string | undefined>;

export class ReadText {
  private key = Symbol('callprep.read');

  /** True when `node` says what it said when last noted. */
  unchanged(node: Text): boolean {
    return (node as Noted)[this.key] === node.data;
  }

  note(node: Text): void {
    (node as Noted)[this.key] = node.data;
  }

  /** Set to undefined rather than deleted: a deleted property turns the object into a slow dictionary. */
  forget(node: Text): void {
    (node as Noted)[this.key] = undefined;
  }

  /** Forgets every node at once: a new key, under which nothing is noted yet. */
  forgetAll(): void {
    this.key = Symbol('callprep.read');
  }
}
