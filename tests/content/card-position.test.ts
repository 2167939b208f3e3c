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

describe('clear of the number’s row when the viewport allows', () => {
  const number = box(600, 300);
  test.each([
    ['right of a row with room beside it', box(100, 296, 640, 26), view, { left: 748, top: 272 }],
    ['left of a row near the right edge', box(500, 296, 760, 26), view, { left: 112, top: 272 }],
    ['below a full-width row', box(0, 96, 1280, 26), view, { left: 600, top: 130 }],
    ['above a full-width row low on the screen', box(0, 640, 1280, 26), view, { left: 600, top: 112 }],
  ])('%s', (_name, row, viewport, expected) => {
    const anchor = { ...number, top: row.top + 4, bottom: row.top + 22 };
    const place = placeCard(anchor, card, viewport, row);
    expect(place).toEqual(expected);
    const covers = (b: Box) => place.left < b.right && place.left + card.width > b.left && place.top < b.bottom && place.top + card.height > b.top;
    expect(covers(row)).toBe(false);
  });

  test('a row the viewport has no room around: beside the number, never over it', () => {
    const row = box(0, 300, 1280, 26);
    const anchor = { ...number, top: 304, bottom: 322 };
    expect(placeCard(anchor, { width: 380, height: 760 }, { ...view, height: 860 }, row)).toEqual({ left: 728, top: 92 });
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
