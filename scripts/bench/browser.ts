/**
 * Benchmark section "browser": the content script in headless Chromium over the built extension
 * (run `npm run build` first; `npm run bench` does). A 10,000-row CRM table: time until every number
 * is marked and the longest main-thread task meanwhile; 100 rows appended: time until marked and
 * how many text nodes were read for it; a page without numbers: start-up cost; and the content
 * script's bundle: what every page loads vs the detector chunk loaded only when a number shows up.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { detectPhoneNumbers } from '../../src/detect/detect.ts';
import { launchChromium } from '../../tests/e2e/support/chromium.ts';
import { startStaticServer } from '../../tests/e2e/support/static-server.ts';
import type { BenchRow } from './types.ts';

const DIST = 'dist/chrome';
const ROWS = 10_000;
const ADDED_ROWS = 100;

const phoneOf = (i: number) => `(${[212, 415, 646, 312, 617][i % 5]}) ${736 + (Math.floor(i / 5) % 200)}-${String(1000 + (i % 9000)).padStart(4, '0')}`;

function row(i: number): string {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return `<tr><td>Customer ${i} Smith</td><td>${phoneOf(i)}</td><td>2024-03-${day}</td><td>$${(i * 37.5).toFixed(2)}</td><td>INV-2024-${String(i).padStart(6, '0')}</td></tr>`;
}

// Registered before anything else runs, so every long task of the page's life is seen.
const PAGE_PROBES = `<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__markedAt = (count) => new Promise((resolve, reject) => {
    const deadline = performance.now() + 60000;
    const check = () => {
      const size = CSS.highlights.get('callprep-phone')?.size ?? 0;
      if (size >= count) resolve(performance.now());
      else if (performance.now() > deadline) reject(new Error('only ' + size + ' of ' + count + ' numbers marked after 60 s'));
      else setTimeout(check, 5);
    };
    check();
  });
</script>`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${title}</title>${PAGE_PROBES}</head><body>${body}</body></html>`;

async function writePages(dir: string): Promise<void> {
  const rows = Array.from({ length: ROWS }, (_, i) => row(i)).join('\n');
  await writeFile(join(dir, 'table10k.html'), page('Accounts', `<h1>Accounts</h1><table><tbody id="rows">${rows}</tbody></table>`));
  const prose = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i}: nothing here looks like a phone number, only words and 42 things.</p>`).join('');
  await writeFile(join(dir, 'empty.html'), page('No numbers', prose));
}

/** How many of the table's numbers the detector itself finds: the count to wait for. */
function expectedMarks(from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += detectPhoneNumbers(phoneOf(i), { region: 'US' }).length;
  return n;
}

const scanIdleDetail = (p: Page) =>
  p.evaluate(() => {
    const entries = performance.getEntriesByName('callprep:scan-idle') as PerformanceMark[];
    return (entries.at(-1)?.detail ?? null) as { textNodesRead: number; marks: number } | null;
  });

async function tableRows(p: Page, url: string): Promise<BenchRow[]> {
  const all = expectedMarks(0, ROWS);
  await p.goto(url, { waitUntil: 'load' });
  const markedAt = await p.evaluate((count) => (window as unknown as { __markedAt(n: number): Promise<number> }).__markedAt(count), all);
  const timing = await p.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const start = performance.getEntriesByName('callprep:start')[0]?.startTime ?? 0;
    const tasks = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks;
    return { loadEnd: nav.loadEventEnd, start, longest: Math.max(0, ...tasks.filter((t) => t.start + t.duration >= start).map((t) => t.duration)) };
  });
  const before = await scanIdleDetail(p);
  const added = expectedMarks(ROWS, ROWS + ADDED_ROWS);
  const addMs = await p.evaluate(
    async ({ html, count }) => {
      const body = document.getElementById('rows')!;
      const context = document.createRange();
      context.selectNodeContents(body); // parse the rows as table rows, not as loose text
      const started = performance.now();
      body.append(context.createContextualFragment(html));
      const done = await (window as unknown as { __markedAt(n: number): Promise<number> }).__markedAt(count);
      return done - started;
    },
    { html: Array.from({ length: ADDED_ROWS }, (_, i) => row(ROWS + i)).join(''), count: all + added },
  );
  await p.waitForTimeout(300);
  const after = await scanIdleDetail(p);
  return [
    { name: 'browser.table10k.marked', value: all, unit: 'numbers', label: '10,000-row table: numbers marked' },
    { name: 'browser.table10k.mark_all_ms', value: markedAt - timing.loadEnd, unit: 'ms', label: '10,000-row table: load → all marked' },
    { name: 'browser.table10k.longest_task_ms', value: timing.longest, unit: 'ms', label: '10,000-row table: longest task after the script started', target: '< 50 ms' },
    { name: 'browser.add100.ms', value: addMs, unit: 'ms', label: '100 rows appended: until marked' },
    ...(before && after
      ? [{ name: 'browser.add100.text_nodes_read', value: after.textNodesRead - before.textNodesRead, unit: 'nodes', label: '100 rows appended: text nodes read (500 new)' }]
      : []),
  ];
}

async function emptyRows(p: Page, url: string): Promise<BenchRow[]> {
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForFunction(() => performance.getEntriesByName('callprep:startup').length > 0, undefined, { timeout: 10_000 });
  // No named helper functions inside evaluate(): tsx's keep-names wrapper does not exist in the page.
  const t = await p.evaluate(() => {
    const [start, config, firstScan] = ['callprep:start', 'callprep:config', 'callprep:first-scan'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
    const startup = performance.getEntriesByName('callprep:startup')[0]!.duration;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { startup, config: config! - start!, scan: firstScan! - config!, startAfterDcl: start! - nav.domContentLoadedEventEnd };
  });
  return [
    { name: 'browser.empty.startup_ms', value: t.startup, unit: 'ms', label: 'Page without numbers: script start → first scan done' },
    { name: 'browser.empty.config_ms', value: t.config, unit: 'ms', label: 'Page without numbers: page/config round trip' },
    { name: 'browser.empty.first_scan_ms', value: t.scan, unit: 'ms', label: 'Page without numbers: first scan (200 paragraphs)' },
    { name: 'browser.empty.start_after_dcl_ms', value: t.startAfterDcl, unit: 'ms', label: 'Page without numbers: DOMContentLoaded → script running' },
  ];
}

/** The content script's files: the loader and the chunks it imports statically vs dynamically. */
async function bundleRows(): Promise<BenchRow[]> {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const read = (file: string) => readFile(join(DIST, file));
  const core = new Set<string>();
  const dynamic = new Set<string>();
  /** Adds `file` and what it imports statically to `into`; dynamic imports go to `dynamic`. */
  const visit = async (file: string, into: Set<string>): Promise<void> => {
    if (into.has(file)) return;
    into.add(file);
    const code = (await read(file)).toString('utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/getURL\(\s*"([^"]+)"\s*\)/g)) await visit(m[1]!, into); // crxjs loader → main chunk
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) await visit(dir + m[1], into);
    for (const m of code.matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)) dynamic.add(dir + m[1]);
  };
  for (const file of manifest.content_scripts.flatMap((c) => c.js)) await visit(file, core);
  const lazy = new Set<string>();
  for (const file of [...dynamic]) await visit(file, lazy);
  const size = async (files: Iterable<string>) => {
    const buffers = await Promise.all([...files].map(read));
    return { raw: buffers.reduce((n, b) => n + b.length, 0) / 1024, gzip: buffers.reduce((n, b) => n + gzipSync(b).length, 0) / 1024 };
  };
  const [c, l] = [await size(core), await size([...lazy].filter((f) => !core.has(f)))];
  const lazyFiles = [...lazy].filter((f) => !core.has(f)).length;
  return [
    { name: 'browser.content_core_kb', value: c.raw, unit: 'KB', label: `Content script before any number (${core.size} files, ${c.gzip.toFixed(1)} KB gzip)`, target: '< 60 KB' },
    { name: 'browser.detector_chunk_kb', value: l.raw, unit: 'KB', label: `Detector, loaded lazily (${lazyFiles} files, ${l.gzip.toFixed(1)} KB gzip)` },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'callprep-bench-pages-'));
  await writePages(dir);
  const [browser, server] = await Promise.all([launchChromium({ dist: DIST }), startStaticServer({ '/bench': dir })]);
  try {
    const p = await browser.context.newPage();
    const rows = [...(await tableRows(p, server.url('/bench/table10k.html#callprep-debug')))];
    rows.push(...(await emptyRows(p, server.url('/bench/empty.html'))));
    rows.push(...(await bundleRows()));
    return rows;
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
