/**
 * Where the card goes: clear of the number's row (a table row: the name and company beside the
 * number are what the user reads while the card is open), right or left of it, else below or above
 * it, when the viewport has room (issue 13); else beside the number (right if there is room, else
 * left), else below it (or above when below does not fit), always kept inside the viewport. Returns
 * document coordinates for an absolutely positioned host, so the card scrolls with the page like the
 * number does.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
}

export const CARD_GAP = 8;
export const VIEWPORT_MARGIN = 8;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

type Size = { width: number; height: number };
type Point = { left: number; top: number };

/** Beside or around the whole row, covering none of it; null when the viewport has no such room. */
function clearOfRow(row: Box, anchor: Box, { width, height }: Size, view: Viewport): Point | null {
  const maxTop = view.height - height - VIEWPORT_MARGIN;
  const maxLeft = view.width - width - VIEWPORT_MARGIN;
  if (row.right + CARD_GAP + width <= view.width - VIEWPORT_MARGIN) return { left: row.right + CARD_GAP, top: clamp(row.top, VIEWPORT_MARGIN, maxTop) };
  if (row.left - CARD_GAP - width >= VIEWPORT_MARGIN) return { left: row.left - CARD_GAP - width, top: clamp(row.top, VIEWPORT_MARGIN, maxTop) };
  const left = clamp(anchor.left, VIEWPORT_MARGIN, maxLeft);
  if (row.bottom + CARD_GAP + height <= view.height - VIEWPORT_MARGIN) return { left, top: row.bottom + CARD_GAP };
  if (row.top - CARD_GAP - height >= VIEWPORT_MARGIN) return { left, top: row.top - CARD_GAP - height };
  return null;
}

/** `anchor` is the number's box, `row` the row it sits in (the number's own box when it has none); viewport coordinates. */
export function placeCard(anchor: Box, size: Size, view: Viewport, row: Box = anchor): Point {
  const clear = row === anchor ? null : clearOfRow(row, anchor, size, view);
  if (clear) return { left: clear.left + view.scrollX, top: clear.top + view.scrollY };
  const { width, height } = size;
  const maxLeft = view.width - width - VIEWPORT_MARGIN;
  const maxTop = view.height - height - VIEWPORT_MARGIN;
  let left: number;
  let top: number;
  if (anchor.right + CARD_GAP + width <= view.width - VIEWPORT_MARGIN) {
    left = anchor.right + CARD_GAP;
    top = clamp(anchor.top, VIEWPORT_MARGIN, maxTop);
  } else if (anchor.left - CARD_GAP - width >= VIEWPORT_MARGIN) {
    left = anchor.left - CARD_GAP - width;
    top = clamp(anchor.top, VIEWPORT_MARGIN, maxTop);
  } else {
    left = clamp(anchor.left, VIEWPORT_MARGIN, maxLeft);
    const below = anchor.bottom + CARD_GAP;
    const above = anchor.top - CARD_GAP - height;
    top = below + height <= view.height - VIEWPORT_MARGIN ? below : above >= VIEWPORT_MARGIN ? above : clamp(below, VIEWPORT_MARGIN, maxTop);
  }
  return { left: left + view.scrollX, top: top + view.scrollY };
}

/** A place the user dragged the card to (viewport coordinates), kept inside this viewport. */
export const keepInView = (at: { left: number; top: number }, size: Size, view: Pick<Viewport, 'width' | 'height'>): Point => ({
  left: clamp(at.left, VIEWPORT_MARGIN, view.width - size.width - VIEWPORT_MARGIN),
  top: clamp(at.top, VIEWPORT_MARGIN, view.height - size.height - VIEWPORT_MARGIN),
});

/**
 * The card docked at the top right of the viewport (viewport coordinates, for a fixed host): for a
 * number in an embedded frame the top page cannot locate. A viewport narrower than the card keeps
 * its left margin, so the card's header and ✕ stay on screen.
 */
export function dockCard(size: { width: number }, view: Pick<Viewport, 'width'>): { left: number; top: number } {
  return { left: Math.max(VIEWPORT_MARGIN, view.width - size.width - VIEWPORT_MARGIN), top: VIEWPORT_MARGIN };
}
