/**
 * Database benchmark: 100,000 customers in Chromium's IndexedDB. Bundles scripts/bench/db-page.ts
 * with esbuild, serves it from a local HTTP server (IndexedDB needs a real origin) and drives
 * headless Chromium with playwright-core.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

export async function run(): Promise<BenchRow[]> {
  const server = await serve(await bundle());
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => 'callprepBench' in globalThis);
    const insertMs = await page.evaluate((n) => callprepBench.seed(n), CUSTOMERS);
    const times = (await page.evaluate(([k, of]) => callprepBench.lookups(k, of), [LOOKUPS, CUSTOMERS] as const)).sort((a, b) => a - b);
    const imported = await page.evaluate((n) => callprepBench.importCsv(n), IMPORT_ROWS);
    if (imported.imported !== IMPORT_ROWS) throw new Error(`import created ${imported.imported} of ${IMPORT_ROWS} customers`);
    return [
      { name: 'db.insert_100k.seconds', value: insertMs / 1000, unit: 's', label: `bulk insert of ${CUSTOMERS.toLocaleString('en-US')} customers` },
      { name: 'db.lookup.median_ms', value: percentile(times, 50), unit: 'ms', label: `number lookup with the customer file, median of ${LOOKUPS}`, target: '< 5 ms' },
      { name: 'db.lookup.p99_ms', value: percentile(times, 99), unit: 'ms', label: `number lookup with the customer file, p99 of ${LOOKUPS}`, target: '< 20 ms' },
      { name: 'db.import_100k.seconds', value: imported.seconds, unit: 's', label: `import of a ${imported.megabytes.toFixed(1)} MB HubSpot CSV of ${IMPORT_ROWS.toLocaleString('en-US')} rows`, target: '< 30 s' },
      { name: 'db.import_100k.parse_seconds', value: imported.parseSeconds, unit: 's', label: 'of which reading and mapping the CSV (no database)' },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
