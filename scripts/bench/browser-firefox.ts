/**
 * The "browser" section's table and big page in Firefox (dist/firefox through puppeteer-core, as the
 * end-to-end tests drive it), so that both browsers' figures are in one run. Firefox has no Long Tasks
 * API: what the page feels is how late its own 10 ms timer ran while Callprep scanned, beside the
 * same timer on the same page after the scan (Callprep idle; see idleLateness for what that holds).
 */
import { launchFirefox } from '../../tests/e2e/support/firefox.ts';
import { browserVersion } from '../../tests/e2e/support/plain-browser.ts';
import { TICK_MS } from './bench-pages.ts';
import { expectedMarks, idleLateness, loadAndMark, roundUrl, type ProbePage } from './page-probes.ts';
import { median, spread } from './stats.ts';
import type { BenchRow } from './types.ts';
import { distOf } from '../build-output.ts';

const LOADS = 3;

/** `urls` are the pages the Chromium part loads (#callprep-debug included); `rows` the table's. */
export async function firefoxRows(urls: { table: string; big: string }, rows: number, bigNumbers: number): Promise<BenchRow[]> {
  const version = browserVersion('firefox');
  const firefox = await launchFirefox({ dist: distOf('firefox') });
  try {
    const p = (await firefox.browser.newPage()) as unknown as ProbePage;
    const all = expectedMarks(0, rows);
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await loadAndMark(p, roundUrl(urls.table, i), all));
    const first = loads.map((l) => l.firstView);
    const markAll = loads.map((l) => l.markedAt - l.start);
    const late = loads.map((l) => l.timerLate);
    const big = await loadAndMark(p, urls.big, bigNumbers);
    const quiet = await idleLateness(p, big.markedAt - big.start);
    const of = (values: number[]) => `median of ${LOADS}, spread ${spread(values)}`;
    return [
      { name: 'browser.firefox.table10k.first_viewport_ms', value: median(first), unit: 'ms', label: `${version}: 10,000-row table, script start → first viewport marked (${of(first)})`, target: '< 150 ms' },
      { name: 'browser.firefox.table10k.mark_all_ms', value: median(markAll), unit: 'ms', label: `${version}: 10,000-row table, script start → all marked (${of(markAll)})`, target: '< 1,000 ms' },
      { name: 'browser.firefox.table10k.page_timer_max_delay_ms', value: Math.max(...late), unit: 'ms', label: `${version}: 10,000-row table, most a ${TICK_MS} ms page timer ran late while Callprep scanned (worst of ${LOADS}, each ${spread(late)})`, target: '< 50 ms' },
      { name: 'browser.firefox.bigpage.mark_all_ms', value: big.markedAt - big.start, unit: 'ms', label: `${version}: big page, script start → all marked` },
      { name: 'browser.firefox.bigpage.page_timer_max_delay_ms', value: big.timerLate, unit: 'ms', label: `${version}: big page, most a ${TICK_MS} ms page timer ran late while Callprep scanned`, target: '< 50 ms' },
      { name: 'browser.firefox.bigpage.idle_timer_max_delay_ms', value: quiet.max, unit: 'ms', label: `${version}: big page, the same after the scan, Callprep idle (the machine's noise and the collection of what the scan left, ${quiet.runs} runs)` },
    ];
  } finally {
    await firefox.close();
  }
}
