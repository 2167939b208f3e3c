// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { MarkingRound } from '../../src/content/marking-round.ts';
import type { MarkStore } from '../../src/content/mark-store.ts';
import type { Slice } from '../../src/content/yield-main.ts';

const entries = (count: number) => Array.from({ length: count }, (_, i) => document.createTextNode(String(i)));
/** A slice that is used up after every `steps` calls. */
const sliceOf = (steps: number) => {
  let calls = 0;
  return { expired: () => ++calls % steps === 0, next: async () => undefined } as unknown as Slice;
};

test('marks every entry from where it is told, giving the main thread back after each slice', async () => {
  const nextSlice = vi.fn(async () => undefined);
  const round = new MarkingRound({ marks: { commit: vi.fn() } as unknown as MarkStore, signal: new AbortController().signal, slice: sliceOf(3), nextSlice, stop: () => false });
  const marked: number[] = [];
  expect(await round.each(entries(10), 2, (_entry, i) => void marked.push(i))).toBe(10);
  expect(marked).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  expect(nextSlice).toHaveBeenCalledTimes(2); // after the 3rd and 6th entry of this call
});

test('stops after the slice in which it is told to, and says where, so the next call goes on from there', async () => {
  let stop = false;
  const round = new MarkingRound({ marks: { commit: vi.fn() } as unknown as MarkStore, signal: new AbortController().signal, slice: sliceOf(4), nextSlice: async () => void (stop = true), stop: () => stop });
  const list = entries(10);
  const reached = await round.each(list, 0, () => undefined);
  expect(reached).toBe(4);
  stop = false;
  const rest: number[] = [];
  await new MarkingRound({ marks: { commit: vi.fn() } as unknown as MarkStore, signal: new AbortController().signal, slice: sliceOf(100), nextSlice: async () => undefined, stop: () => false }).each(list, reached, (_e, i) => void rest.push(i));
  expect(rest).toEqual([4, 5, 6, 7, 8, 9]);
});

test('an aborted run marks nothing more', async () => {
  const controller = new AbortController();
  controller.abort();
  const mark = vi.fn();
  const round = new MarkingRound({ marks: { commit: vi.fn() } as unknown as MarkStore, signal: controller.signal, slice: sliceOf(1), nextSlice: async () => undefined, stop: () => false });
  expect(await round.each(entries(3), 0, mark)).toBe(0);
  expect(mark).not.toHaveBeenCalled();
});
