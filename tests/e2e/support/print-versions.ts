/**
 * Vitest global set-up of the end-to-end run: prints, once, the exact browser versions the run
 * drives (the README lists those the suite last passed on), and stops early with what to install
 * when a browser is missing.
 */
import { installedVersion, wantedBrowsers } from './browser-binaries.ts';

/** Vitest runs a global set-up once per project as well as for the root: the line is printed once. */
const PRINTED = Symbol.for('callprep.e2e.versionsPrinted');

export default async function printBrowserVersions(): Promise<void> {
  const state = globalThis as { [PRINTED]?: true };
  if (state[PRINTED]) return;
  state[PRINTED] = true;
  const versions = await Promise.all(wantedBrowsers().map(installedVersion));
  console.info(`End-to-end browsers: ${versions.join(', ')}`);
}
