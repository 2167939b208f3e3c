/**
 * Reading the probes the bench pages carry (bench-pages.ts) from either browser: the "browser" section
 * loads the same pages in Chromium (playwright-core) and in Firefox (puppeteer-core), whose pages both
 * do what ProbePage names.
 */
import { detectPhoneNumbers } from '../../src/detect/detect.ts';
import { phoneOf } from './bench-pages.ts';

export interface Probed {
  __markedAt(n: number): Promise<number>;
  __viewMarked(): Promise<{ at: number; count: number }>;
  __firstView: Promise<{ at: number; count: number }>;
  /** Empty in Firefox, which has no Long Tasks API: there the page timer's lateness stands in. */
  __longTasks: Array<{ start: number; duration: number }>;
  __timerLates: number[];
}

/** What a playwright and a puppeteer page both do, as the bench uses them. */
export interface ProbePage {
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** How many of these numbers the detector itself finds: the count to wait for. */
export function expectedMarks(from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += detectPhoneNumbers(phoneOf(i), { region: 'US' }).length;
  return n;
}

/** The latest a page timer ran in [from, to] (page clock), and how many runs that was. */
export const timerLateness = (p: ProbePage, from: number, to: number) =>
  p.evaluate(
    ([from, to]) => {
      const lates = (window as unknown as Probed).__timerLates;
      let max = 0;
      let runs = 0;
      for (let i = 0; i < lates.length; i += 2) {
        if (lates[i]! < from || lates[i]! > to) continue;
        runs++;
        max = Math.max(max, lates[i + 1]!);
      }
      return { max, runs };
    },
    [from, to] as const,
  );

/** Loads `url` and waits for all `count` numbers: the figures of one load, in the page's clock. */
export async function loadAndMark(p: ProbePage, url: string, count: number) {
  await p.goto(url, { waitUntil: 'load' });
  const markedAt = await p.evaluate((n) => (window as unknown as Probed).__markedAt(n), count);
  const load = await p.evaluate((markedAt) => {
    const w = window as unknown as Probed;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const start = performance.getEntriesByName('callprep:start')[0]?.startTime ?? 0;
    return w.__firstView.then((view) => ({
      loadEnd: nav.loadEventEnd,
      start,
      markedAt,
      firstView: view.at - start,
      inView: view.count,
      longest: Math.max(0, ...w.__longTasks.filter((t) => t.start + t.duration >= start && t.start <= markedAt).map((t) => t.duration)),
    }));
  }, markedAt);
  return { ...load, timerLate: (await timerLateness(p, load.start, markedAt)).max };
}

/** Waits `ms` in the page (neither driver's own wait is in both). */
export const pause = (p: ProbePage, ms: number) => p.evaluate((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)), ms);

/**
 * How late the page timer runs for as long as the scan took (at most 10 s) from now, with Callprep
 * idle on the same page. Not only the machine's noise: the collector's pauses for what the scan left
 * fall here too. In Firefox ESR 153 they do, 83–229 ms within 0.3 s of the scan's end, where the same
 * page in a build without a content script ran its timer at most 4 ms late after load (2026-11-28):
 * the cycle collector, see the README's "After the scan in Firefox".
 */
export async function idleLateness(p: ProbePage, scanMs: number) {
  const from = await p.evaluate(() => performance.now(), undefined);
  await pause(p, Math.min(scanMs, 10_000));
  return timerLateness(p, from, from + 60_000);
}

/** `url` for the `round`-th load: a query of its own each time, since the same URL again would only
 *  move to its #fragment, not load. */
export const roundUrl = (url: string, round: number): string => url.replace('#', `?round=${round}#`);
