/**
 * `npm run bench`: every speed and size figure in one table. `npm run bench -- --json FILE` also writes
 * them as JSON, named as in the table. `--only detect,db` runs some sections. Each section lives in
 * scripts/bench/<name>.ts and returns rows; a section that fails is reported and the others still run.
 */
import { writeFile } from 'node:fs/promises';
import type { BenchRow, BenchSection } from './bench/types.ts';

const SECTIONS: Record<string, () => Promise<{ run: BenchSection }>> = {
  detect: () => import('./bench/detect.ts'),
  browser: () => import('./bench/browser.ts'),
  db: () => import('./bench/db.ts'),
  card: () => import('./bench/card.ts'),
  sync: () => import('./bench/sync.ts'),
};

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function format(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(3);
}

function printTable(rows: BenchRow[]): void {
  const cells = rows.map((r) => [r.name, r.label, `${format(r.value)} ${r.unit}`.trim(), r.target ?? '']);
  const header = ['name', 'what', 'value', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((s, i) => s.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<void> {
  const only = argValue('--only')?.split(',');
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  for (const [name, load] of Object.entries(SECTIONS)) {
    if (only && !only.includes(name)) continue;
    const started = performance.now();
    process.stderr.write(`bench: ${name}…\n`);
    try {
      rows.push(...(await (await load()).run()));
    } catch (error) {
      // A network error's message is only "fetch failed": its cause says which request and why.
      const cause = error instanceof Error && error.cause !== undefined ? ` (${String(error.cause)})` : '';
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}${cause}`);
      if (error instanceof Error) console.error(error.stack);
    }
    process.stderr.write(`bench: ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  printTable(rows);
  const json = argValue('--json');
  if (json) {
    const named = Object.fromEntries(rows.map((r) => [r.name, { value: r.value, unit: r.unit, label: r.label, target: r.target }]));
    await writeFile(json, `${JSON.stringify(named, null, 2)}\n`);
    console.log(`\nWrote ${rows.length} figures to ${json}`);
  }
  for (const f of failures) console.error(`bench section failed — ${f}`);
  if (failures.length) process.exitCode = 1;
}

await main();
