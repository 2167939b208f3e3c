/**
 * A copy of the built extension with one test-only content script run before Callprep's, in the same
 * content-script world, that breaks that world the way a faulty browser would, on pages whose address
 * asks for it (`?callprep-fault=…`). Only this temporary copy has it: the shipped build has no fault
 * hook a page could reach. Used to see what a user sees when Callprep cannot run on a page.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { distOf, type BuildTarget } from '../../../scripts/build-output.ts';

export type Fault = 'scan' | 'no-highlight';

const FAULT_SCRIPT = `// Test-only: see tests/e2e/support/faulty-build.ts.
(() => {
  const fault = new URLSearchParams(location.search).get('callprep-fault');
  // A scan that throws: the first number found cannot be given a range.
  if (fault === 'scan') globalThis.StaticRange = class { constructor() { throw new TypeError('StaticRange is broken here (e2e fault)'); } };
  // A browser without the CSS Custom Highlight API (Chromium 104, Firefox 139).
  if (fault === 'no-highlight') globalThis.Highlight = undefined;
})();
`;

export interface FaultyBuild {
  dist: string;
  remove(): Promise<void>;
}

export async function buildWithFaults(target: BuildTarget): Promise<FaultyBuild> {
  const dist = await mkdtemp(join(tmpdir(), `callprep-faulty-${target}-`));
  await cp(resolve(distOf(target)), dist, { recursive: true });
  await writeFile(join(dist, 'e2e-fault.js'), FAULT_SCRIPT);
  const manifestPath = join(dist, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  for (const script of manifest.content_scripts) script.js.unshift('e2e-fault.js');
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dist, remove: () => rm(dist, { recursive: true, force: true }) };
}

export const withFault = (url: string, fault: Fault): string => `${url}${url.includes('?') ? '&' : '?'}callprep-fault=${fault}`;
