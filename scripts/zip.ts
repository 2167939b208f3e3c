/**
 * `npm run zip` (after the build package.json runs first): packs dist/chrome and dist/firefox into
 * artifacts/callprep-chrome-<version>.zip and artifacts/callprep-firefox-<version>.zip, the files
 * the Chrome Web Store and addons.mozilla.org take. The version is the built manifest's.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { packFolder } from './zip/pack-folder.ts';
import { BUILD_TARGETS, distOf } from './build-output.ts';

async function builtVersion(dist: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(resolve(dist, 'manifest.json'), 'utf8');
  } catch {
    throw new Error(`${dist}/manifest.json is missing: run \`npm run zip\` (it builds first) or \`npm run build\`.`);
  }
  const version = (JSON.parse(text) as { version?: unknown }).version;
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`${dist}/manifest.json has no usable version.`);
  return version;
}

async function main(): Promise<void> {
  await mkdir('artifacts', { recursive: true });
  for (const target of BUILD_TARGETS) {
    const dist = distOf(target);
    const version = await builtVersion(dist);
    const { zip, files } = await packFolder(dist);
    const out = resolve(`artifacts/callprep-${target}-${version}.zip`);
    await writeFile(out, zip);
    console.log(`${out}  ${files.length} files, ${(zip.byteLength / 1024).toFixed(1)} KB`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
