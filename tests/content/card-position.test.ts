import { describe, expect, test } from 'vitest';
import { dockCard, placeCard, type Box } from '../../src/content/card-position.ts';

const card = { width: 380, height: 520 };
const view = { width: 1280, height: 800, scrollX: 0, scrollY: 0 };
const box = (left: number, top: number, width = 120, height = 18): Box => ({ left, top, right: left + width, bottom: top + height });

describe('where the card opens', () => {
  test.each([
    ['right of a number with room on the right', box(100, 200), view, { left: 228, top: 200 }],
    ['left of a number near the right edge', box(1100, 200), view, { left: 712, top: 200 }],
    ['kept inside the bottom edge beside a low number', box(100, 700), view, { left: 228, top: 272 }],
    ['below a number when neither side has room', box(300, 100, 500), { ...view, width: 900 }, { left: 300, top: 126 }],
    ['above it when below does not fit either', box(300, 600, 500), { ...view, width: 900 }, { left: 300, top: 72 }],
    ['in document coordinates on a scrolled page', box(100, 200), { ...view, scrollX: 10, scrollY: 1500 }, { left: 238, top: 1700 }],
    ['squeezed into a tiny viewport, never off the top-left', box(10, 10), { width: 300, height: 300, scrollX: 0, scrollY: 0 }, { left: 8, top: 8 }],
  ])('%s', (_name, anchor, viewport, expected) => {
    expect(placeCard(anchor, card, viewport)).toEqual(expected);
  });
});

describe('docked for a number in a small embedded frame', () => {
  test.each([
    ['top right of a desktop page', 1280, { left: 892, top: 8 }],
    ['a page just wide enough', 396, { left: 8, top: 8 }],
    ['a page narrower than the card keeps its left edge (header and ✕) on screen', 320, { left: 8, top: 8 }],
  ])('%s', (_name, width, expected) => {
    expect(dockCard(card, { width })).toEqual(expected);
  });
});
