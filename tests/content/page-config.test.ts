import { describe, expect, test, vi } from 'vitest';
import { followPageConfig, type ContentConfig } from '../../src/content/page-config.ts';
import { NoAnswerError } from '../../src/content/runtime.ts';

const ON_US: ContentConfig = { enabled: true, region: 'US' };
const ON_DE: ContentConfig = { enabled: true, region: 'DE' };
const OFF_US: ContentConfig = { enabled: false, region: 'US' };
const OFF_DE: ContentConfig = { enabled: false, region: 'DE' };

/** A frame whose runs are recorded: which config each started with, and whether it still runs. */
function frameWith(answers: ContentConfig[]) {
  const frame = new AbortController();
  const runs: Array<{ config: ContentConfig; signal: AbortSignal }> = [];
  const queue = [...answers];
  const next = async () => queue.shift() ?? Promise.reject(new NoAnswerError('no answer'));
  const follower = followPageConfig(frame.signal, (config, signal) => runs.push({ config, signal }), { first: next, again: next });
  const running = () => runs.filter((r) => !r.signal.aborted).map((r) => r.config);
  return { frame, runs, follower, running };
}

describe('following the page config', () => {
  test.each<[string, ContentConfig[], ContentConfig[], number]>([
    ['site on at start, unchanged after a push: the run goes on untouched', [ON_US, ON_US], [ON_US], 1],
    ['switched off: the run stops, nothing else starts', [ON_US, OFF_US], [], 1],
    ['off at start, switched on: a run starts', [OFF_US, ON_US], [ON_US], 1],
    ['off, then on again: marks come back in a new run', [ON_US, OFF_US, ON_US], [ON_US], 2],
    ['default country changed: restarted with the new region', [ON_US, ON_DE], [ON_DE], 2],
    ['country changed while off: nothing runs, and on again uses it', [OFF_US, OFF_DE, ON_DE], [ON_DE], 1],
  ])('%s', async (_name, answers, stillRunning, started) => {
    const { follower, runs, running } = frameWith(answers);
    await follower.load();
    for (let i = 1; i < answers.length; i++) await follower.refresh();
    expect(running()).toEqual(stillRunning);
    expect(runs).toHaveLength(started);
  });

  test('no answer after a push: the run stays as it is', async () => {
    const { follower, running } = frameWith([ON_US]);
    await follower.load();
    await follower.refresh();
    expect(running()).toEqual([ON_US]);
  });

  test('a failure that is not a missing answer is not taken for one: the caller hears of it', async () => {
    const frame = new AbortController();
    const bug = new TypeError('regionHints is broken');
    const follower = followPageConfig(frame.signal, () => {}, { first: async () => ON_US, again: async () => Promise.reject(bug) });
    await follower.load();
    await expect(follower.refresh()).rejects.toBe(bug);
  });

  test('the frame taken over (or the extension gone): the run stops and later answers start nothing', async () => {
    const { frame, follower, runs, running } = frameWith([ON_US, ON_DE]);
    await follower.load();
    frame.abort();
    await follower.refresh();
    expect(running()).toEqual([]);
    expect(runs).toHaveLength(1);
  });

  test('answers that cross: the first ask answering after a push does not undo the newer answer', async () => {
    const frame = new AbortController();
    const runs: Array<{ config: ContentConfig; signal: AbortSignal }> = [];
    let answerFirst: (c: ContentConfig) => void = () => {};
    const first = () => new Promise<ContentConfig>((ok) => (answerFirst = ok));
    const again = vi.fn(async () => OFF_US);
    const follower = followPageConfig(frame.signal, (config, signal) => runs.push({ config, signal }), { first, again });
    const loading = follower.load();
    await follower.refresh(); // the site was switched off while the frame was starting
    answerFirst(ON_US); // the stale "on" arrives last
    await loading;
    expect(runs).toEqual([]);
  });
});
