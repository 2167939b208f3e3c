/**
 * Chromium only: a copy of the built extension whose manifest already holds the test server's
 * origin as a host permission, as if the user had clicked "Allow" in the prompt that connecting
 * opens. Chromium has no switch or pref to answer that prompt in automation (Firefox has one:
 * support/firefox.ts), and a headless Chromium leaves it open for ever. Everything after the
 * prompt (the request resolving, the background's own permission check, the requests to the
 * server) runs as shipped.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { distOf } from '../../../scripts/build-output.ts';

export interface GrantedBuild {
  dist: string;
  remove(): Promise<void>;
}

export async function chromiumBuildGranting(origin: string): Promise<GrantedBuild> {
  const dist = await mkdtemp(join(tmpdir(), 'callprep-granted-chrome-'));
  await cp(resolve(distOf('chrome')), dist, { recursive: true });
  const manifestPath = join(dist, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${new URL(origin).protocol}//${new URL(origin).hostname}/*`];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dist, remove: () => rm(dist, { recursive: true, force: true }) };
}
