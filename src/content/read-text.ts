/**
 * What each text node said when the scanner last read it, so unchanged text is not read again when
 * its subtree is (a class toggled on a container re-queues everything under it). The page's scripts
 * never see it: it lives in the content script's own world.
 *
 * Where it is kept depends on how the content script sees page nodes:
 * - Chromium: a property of the node's wrapper in the isolated world, not a WeakMap. A WeakMap holding
 *   a big page's text nodes is as many ephemerons for every major garbage collection to process: after
 *   a 200,000-node page was read, pauses of 100–190 ms with Callprep idle (how late a 10 ms page timer
 *   ran; 0.7–2.3 ms without the WeakMap; Chromium 156, 2026-11-26).
 * - Firefox: a WeakMap. There the node is an Xray wrapper, and a property on it is an expando object
 *   per node: noting and checking the table page's 50,000 text nodes took 210–510 ms that way against
 *   80–120 ms in a WeakMap (Firefox ESR 153, content script, 2026-11-27).
 */
import { pageSideOf } from './firefox-xray.ts';

interface NoteStore {
  get(node: Text): string | undefined;
  set(node: Text, data: string | undefined): void;
}

type Noted = Text & Record<symbol, string | undefined>;

/** On the node's own wrapper, under a symbol of this store (Chromium). */
function expandoStore(): NoteStore {
  const key = Symbol('callprep.read');
  return {
    get: (node) => (node as Noted)[key],
    // Set to undefined rather than deleted: a deleted property turns the object into a slow dictionary.
    set: (node, data) => void ((node as Noted)[key] = data),
  };
}

function weakMapStore(): NoteStore {
  const notes = new WeakMap<Text, string | undefined>();
  return { get: (node) => notes.get(node), set: (node, data) => void notes.set(node, data) };
}

/** True in a Firefox content script, where page nodes are Xray wrappers. */
const seesPageThroughXrays = (): boolean => typeof document !== 'undefined' && pageSideOf(document) !== undefined;

export class ReadText {
  private readonly newStore: () => NoteStore;
  private store: NoteStore;

  constructor(xrays = seesPageThroughXrays()) {
    this.newStore = xrays ? weakMapStore : expandoStore;
    this.store = this.newStore();
  }

  /** True when `node` says what it said when last noted. */
  unchanged(node: Text): boolean {
    return this.store.get(node) === node.data;
  }

  note(node: Text): void {
    this.store.set(node, node.data);
  }

  forget(node: Text): void {
    this.store.set(node, undefined);
  }

  /** Forgets every node at once: a new store, in which nothing is noted yet. */
  forgetAll(): void {
    this.store = this.newStore();
  }
}
