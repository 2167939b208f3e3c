/**
 * `npm start`: builds (package.json does that first), serves the demo CRM page on 127.0.0.1, opens a
 * browser with the built extension, loads the sample customers through the extension, opens the
 * demo page and explains what to try. Headless (HEADLESS=1, or no display) it saves screenshots to
 * artifacts/ and keeps running until Ctrl+C, or exits after them with --once.
 */
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumBuildGranting } from '../tests/e2e/support/chromium-granted-build.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { CHROMIUM_PROFILE, chromiumMissing, launchChromiumDemo } from './start/chromium-demo.ts';
import { countsLine, type DemoBrowser } from './start/demo-browser.ts';
import { firefoxMissing, launchFirefoxDemo } from './start/firefox-demo.ts';
import { instructions } from './start/instructions.ts';
import { parseStartOptions, type StartOptions } from './start/start-options.ts';
import { radicaleMissing, startSyncDemo, type SyncDemo } from './start/sync-demo.ts';
import { distOf } from './build-output.ts';

/** The number whose card the headless screenshot shows: Ada Lovelace, a sample customer with history. */
const SCREENSHOT_NUMBER = '(212) 736-8410';
/** The demo adds its late rows after 1.5 s, and the card needs a moment to draw its file. */
const SETTLE_MS = 2500;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function checkReady(options: StartOptions): Promise<string | null> {
  const dist = distOf(options.browser === 'firefox' ? 'firefox' : 'chrome');
  try {
    await access(resolve(dist, 'manifest.json'));
  } catch {
    return `${dist} is missing: run \`npm start\` (it builds first) or \`npm run build\`.`;
  }
  const browser = await (options.browser === 'firefox' ? firefoxMissing() : chromiumMissing());
  return browser ?? (options.sync ? radicaleMissing() : null);
}

/**
 * SYNC=1: the local server, and for Chromium a copy of the build that holds its origin in a fresh
 * profile (a headless Chromium cannot answer the permission prompt Connect opens; Firefox's is
 * answered by a pref, tests/e2e/support/firefox.ts). Returns what to remove at the end too.
 */
async function prepareSync(options: StartOptions): Promise<{ sync: SyncDemo; chromium: { dist?: string; profile?: string }; cleanup: () => Promise<void> }> {
  const sync = await startSyncDemo();
  if (options.browser === 'firefox') return { sync, chromium: {}, cleanup: () => sync.server.remove() };
  const granted = await chromiumBuildGranting(sync.server.origin);
  const profile = await mkdtemp(join(tmpdir(), 'callprep-sync-demo-'));
  return {
    sync,
    chromium: { dist: granted.dist, profile },
    cleanup: async () => {
      await sync.server.remove();
      await granted.remove();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function screenshots(browser: DemoBrowser, name: string): Promise<string[]> {
  await mkdir('artifacts', { recursive: true });
  const page = resolve(`artifacts/demo-${name}.png`);
  const card = resolve(`artifacts/demo-${name}-card.png`);
  await sleep(SETTLE_MS);
  await browser.screenshot(page);
  await browser.clickNumber(SCREENSHOT_NUMBER);
  await sleep(SETTLE_MS);
  await browser.screenshot(card);
  return [page, card];
}

async function main(): Promise<void> {
  const options = parseStartOptions(process.argv.slice(2), process.env);
  const problem = await checkReady(options);
  if (problem) throw new Error(problem);
  if (options.fresh) await rm(CHROMIUM_PROFILE, { recursive: true, force: true });

  const server = await startStaticServer({ '/': 'demo' });
  const team = options.sync ? await prepareSync(options) : undefined;
  const browser = await (options.browser === 'firefox' ? launchFirefoxDemo(options.headless) : launchChromiumDemo(options.headless, team?.chromium));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await browser.close().catch(() => undefined);
    await server.close();
    await team?.cleanup();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  void browser.closed.then(() => stop(0));

  try {
    const counts = await browser.loadSamples();
    const status = team ? await browser.connectSync(team.sync) : undefined;
    const demoUrl = server.url('/crm.html');
    await browser.openDemo(demoUrl);
    const sync = team && status !== undefined
      ? { origin: team.sync.server.origin, ...team.sync.user, status }
      : undefined;
    const { sync: _asked, ...shown } = options;
    console.log(instructions({ ...shown, label: browser.label, demoUrl, samples: countsLine(counts), ...(sync ? { sync } : {}) }));
    if (options.headless) {
      const saved = await screenshots(browser, options.browser);
      console.log(`Screenshots: ${saved.join(', ')}`);
      if (options.once) return void (await stop(0));
      console.log('Running headless until Ctrl+C.');
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
