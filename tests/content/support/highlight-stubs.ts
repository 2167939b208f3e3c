/**
 * happy-dom has no CSS Custom Highlight API: just enough of it (Highlight, StaticRange, CSS.highlights)
 * for MarkStore to keep and register its marks. Call before importing MarkStore.
 */
import { vi } from 'vitest';

export interface Boundaries {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export function stubHighlightApi(): Map<string, unknown> {
  const registry = new Map<string, unknown>();
  vi.stubGlobal('Highlight', class extends Set<StaticRange> {});
  vi.stubGlobal(
    'StaticRange',
    class {
      startContainer: Node;
      startOffset: number;
      endContainer: Node;
      endOffset: number;
      constructor(init: Boundaries) {
        ({ startContainer: this.startContainer, startOffset: this.startOffset, endContainer: this.endContainer, endOffset: this.endOffset } = init);
      }
    },
  );
  vi.stubGlobal('CSS', { highlights: registry, supports: () => true });
  return registry;
}
