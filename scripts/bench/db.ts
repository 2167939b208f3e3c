/**
 * Database benchmark: 100,000 customers in Chromium's and in Firefox's IndexedDB. Bundles
 * scripts/bench/db-page.ts with esbuild, serves it from a local HTTP server (IndexedDB needs a real
 * origin) and drives each browser headless, without the extension (CHROMIUM_PATH, FIREFOX_PATH).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserName } from '../../tests/e2e/support/driver.ts';
import { browserVersion, launchPlainChromium, launchPlainFirefox } from '../../tests/e2e/support/plain-browser.ts';
import { median, percentile } from './stats.ts';
import type { BenchRow } from './types.ts';

const CUSTOMERS = 100_000;
const LOOKUPS = 1_000;
const IMPORT_ROWS = 100_000;

interface BenchApi {
  seed(count: number): Promise<number>;
  lookups(count: number, of: number): Promise<number[]>;
  importCsv(rows: number): Promise<{ seconds: number; parseSeconds: number; imported: number; megabytes: number }>;
}
declare const callprepBench: BenchApi;

async function bundle(): Promise<string> {
  const entry = fileURLToPath(new URL('./db-page.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'es2022', write: false, minify: true });
  return result.outputFiles[0]!.text;
}

function serve(script: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/bench.js"></script>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What both browsers' pages can do: evaluate in the page, and wait for a condition there. */
interface BenchPage {
  goto(url: string): Promise<unknown>;
  waitForFunction(fn: () => boolean): Promise<unknown>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** The same figures in one browser; `prefix` keeps the Chromium keys as they were ("db."). */
async function measure(page: BenchPage, url: string, prefix: string, browser: string): Promise<BenchRow[]> {
  await page.goto(url);
  await page.waitForFunction(() => 'callprepBench' in globalThis);
  const insertMs = await page.evaluate((n) => callprepBench.seed(n), CUSTOMERS);
  const times = await page.evaluate(([k, of]) => callprepBench.lookups(k, of), [LOOKUPS, CUSTOMERS] as const);
  const imported = await page.evaluate((n) => callprepBench.importCsv(n), IMPORT_ROWS);
  if (imported.imported !== IMPORT_ROWS) throw new Error(`${browser}: import created ${imported.imported} of ${IMPORT_ROWS} customers`);
  return [
    { name: `${prefix}insert_100k.seconds`, value: insertMs / 1000, unit: 's', label: `${browser}: bulk insert of ${CUSTOMERS.toLocaleString('en-US')} customers` },
    { name: `${prefix}lookup.median_ms`, value: median(times), unit: 'ms', label: `${browser}: number lookup with the customer file, median of ${LOOKUPS}`, target: '< 5 ms' },
    { name: `${prefix}lookup.p99_ms`, value: percentile(times, 99), unit: 'ms', label: `${browser}: number lookup with the customer file, p99 of ${LOOKUPS}`, target: '< 20 ms' },
    { name: `${prefix}import_100k.seconds`, value: imported.seconds, unit: 's', label: `${browser}: import of a ${imported.megabytes.toFixed(1)} MB HubSpot CSV of ${IMPORT_ROWS.toLocaleString('en-US')} rows`, target: '< 30 s' },
    { name: `${prefix}import_100k.parse_seconds`, value: imported.parseSeconds, unit: 's', label: `${browser}: of which reading and mapping the CSV (no database)` },
  ];
}

/** The figures in a page of `browser`, which is closed afterwards whatever happens. */
async function measureIn<B extends { close(): Promise<void> }>(browser: B, newPage: (browser: B) => Promise<BenchPage>, url: string, prefix: string, name: BrowserName): Promise<BenchRow[]> {
  try {
    return await measure(await newPage(browser), url, prefix, browserVersion(name));
  } finally {
    await browser.close();
  }
}

/** Chromium's figures keep their keys (`db.…`); Firefox's are `db.firefox.…`. */
export async function run(): Promise<BenchRow[]> {
  const server = await serve(await bundle());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    const inChromium = await measureIn(await launchPlainChromium(), (b) => b.newPage(), url, 'db.', 'chromium');
    // The import is one call of 40–50 s in Firefox here, longer on a slower machine: puppeteer gives a call 180 s by default.
    const inFirefox = await measureIn(await launchPlainFirefox(900_000), async (b) => (await b.newPage()) as unknown as BenchPage, url, 'db.firefox.', 'firefox');
    return [...inChromium, ...inFirefox];
  } finally {
    server.close();
  }
}
