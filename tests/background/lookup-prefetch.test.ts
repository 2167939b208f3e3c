import { describe, expect, it, vi } from 'vitest';
import { LookupPrefetch } from '../../src/background/lookup-prefetch.ts';
import type { NumberLookup } from '../../src/shared/views.ts';

const found = (e164: string) => ({ e164, matches: [] }) as unknown as NumberLookup;

describe('a lookup made while the card loads', () => {
  it('is handed over once, to the session it was made for', async () => {
    const prefetch = new LookupPrefetch(async (e164) => found(e164));
    prefetch.start('token-a', '+12127368410');
    prefetch.start('token-b', '+442079460958');
    expect(await prefetch.take('token-b')).toEqual(found('+442079460958'));
    expect(await prefetch.take('token-b')).toBeUndefined();
    expect(await prefetch.take('token-a')).toEqual(found('+12127368410'));
    expect(await prefetch.take('never-opened')).toBeUndefined();
  });

  it('that failed is none: the card then asks itself, and the failure is in the log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const prefetch = new LookupPrefetch(() => Promise.reject(new Error('database closed')));
    prefetch.start('token', '+12127368410');
    expect(await prefetch.take('token')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('looked up ahead'), new Error('database closed'));
    warn.mockRestore();
  });

  it('keeps the newest few: cards prepared long ago and never claimed are dropped', async () => {
    const prefetch = new LookupPrefetch(async (e164) => found(e164));
    for (let i = 0; i < 12; i++) prefetch.start(`token-${i}`, `+1212736${8400 + i}`);
    expect(await prefetch.take('token-0')).toBeUndefined();
    expect(await prefetch.take('token-11')).toEqual(found('+12127368411'));
  });
});
