/** Compares two same-size screenshots inside a box: how much of it a mark (or anything else) changed. */
import { PNG } from 'pngjs';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BoxDiff {
  /** Share of the box's pixels that changed noticeably (0–1). */
  changedShare: number;
  /** Mean of the largest channel change over the changed pixels (0–255). */
  meanChange: number;
  /** Columns of the box with no changed pixel at all: a gap in a mark. */
  untouchedColumns: number;
}

/** A change any person sees on a screen; anti-aliasing noise stays well below it. */
const NOTICEABLE = 12;

export function diffInBox(a: Buffer, b: Buffer, box: Box): BoxDiff {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (pa.width !== pb.width || pa.height !== pb.height) throw new Error(`Screenshots differ in size: ${pa.width}x${pa.height} and ${pb.width}x${pb.height}`);
  const x0 = Math.max(0, Math.round(box.x));
  const y0 = Math.max(0, Math.round(box.y));
  const x1 = Math.min(pa.width, Math.round(box.x + box.width));
  const y1 = Math.min(pa.height, Math.round(box.y + box.height));
  let changed = 0;
  let sum = 0;
  let untouchedColumns = 0;
  for (let x = x0; x < x1; x++) {
    let inColumn = 0;
    for (let y = y0; y < y1; y++) {
      const i = (y * pa.width + x) * 4;
      const delta = Math.max(Math.abs(pa.data[i]! - pb.data[i]!), Math.abs(pa.data[i + 1]! - pb.data[i + 1]!), Math.abs(pa.data[i + 2]! - pb.data[i + 2]!));
      if (delta < NOTICEABLE) continue;
      changed++;
      inColumn++;
      sum += delta;
    }
    if (!inColumn) untouchedColumns++;
  }
  const total = Math.max(1, (x1 - x0) * (y1 - y0));
  return { changedShare: changed / total, meanChange: changed ? sum / changed : 0, untouchedColumns };
}
