import 'fake-indexeddb/auto';
/**
 * dexie-export-import reads `self` when it loads, as it exists in pages and workers but not in Node.
 * Imported first by the tests that load the backup code.
 */
(globalThis as { self?: unknown }).self ??= globalThis;

/** Node has Blob but no FileReader; dexie-export-import frees its blob reader with one after an export. */
class NodeFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => ((this.result = buffer), this.onload?.({ target: this })),
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}
(globalThis as { FileReader?: unknown }).FileReader ??= NodeFileReader;
