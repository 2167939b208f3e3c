/**
 * Which browsers an end-to-end run drives, where their binaries are, and what versions they are.
 * Debian's packages by default; CHROMIUM_PATH and FIREFOX_PATH point at other builds (a machine
 * with Chromium 150 and Firefox ESR 140 next to the newer ones). BROWSERS=chromium or
 * BROWSERS=firefox narrows a run to one.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BrowserName } from './driver.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const BINARIES: Record<BrowserName, { path: string; label: string; aptPackage: string; envVar: string }> = {
  chromium: { path: CHROMIUM_PATH, label: 'Chromium', aptPackage: 'chromium', envVar: 'CHROMIUM_PATH' },
  firefox: { path: FIREFOX_PATH, label: 'Firefox', aptPackage: 'firefox-esr', envVar: 'FIREFOX_PATH' },
};

export function wantedBrowsers(): BrowserName[] {
  const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
  return (Object.keys(BINARIES) as BrowserName[]).filter((name) => wanted.includes(name));
}

/**
 * "Chromium 156.0.8078.108", "Firefox 153.7.0esr": what the binary says of itself, without starting
 * a browser. Throws, saying how to install it, when the binary is missing.
 */
export async function installedVersion(name: BrowserName): Promise<string> {
  const { path, label, aptPackage, envVar } = BINARIES[name];
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(path, ['--version'], { timeout: 30_000 }));
  } catch (error) {
    throw new Error(`${label} did not run at ${path} (${(error as Error).message.split('\n')[0]}). Install it with \`sudo apt-get install -y ${aptPackage}\`, or point ${envVar} at another build.`);
  }
  // "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)", "Mozilla Firefox 153.7.0esr"
  const version = new RegExp(`${label} (\\S+)`).exec(stdout)?.[1];
  if (!version) throw new Error(`${path} --version said "${stdout.trim()}", not a ${label} version`);
  return `${label} ${version}`;
}
