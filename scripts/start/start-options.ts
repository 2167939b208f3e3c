/** `npm start` settings from the command line and the environment, with a clear message for bad ones. */
export interface StartOptions {
  browser: 'chromium' | 'firefox';
  headless: boolean;
  /** Set when headless was chosen because there is no display, so the user can be told why. */
  noDisplay: boolean;
  /** Take the screenshots and exit instead of running until Ctrl+C. */
  once: boolean;
  /** Start from an empty browser profile (Chromium keeps its profile between runs). */
  fresh: boolean;
  /** SYNC=1: start a local Radicale and connect the demo to it. */
  sync: boolean;
}

export const START_USAGE = `Usage: npm start [-- --once] [-- --fresh]
  BROWSER=chromium|firefox  which browser to open (default chromium)
  HEADLESS=1                run without a window; screenshots go to artifacts/
  SYNC=1                    start a local Radicale (team address book and calendar) and connect to it
  --once                    headless: take the screenshots, then exit
  --fresh                   Chromium: forget the profile kept in .callprep-profile/`;

export function parseStartOptions(argv: string[], env: NodeJS.ProcessEnv): StartOptions {
  const unknown = argv.filter((a) => a !== '--once' && a !== '--fresh');
  if (unknown.length) throw new Error(`Unknown option ${unknown.join(' ')}.\n${START_USAGE}`);
  const browser = (env.BROWSER ?? 'chromium').toLowerCase();
  if (browser !== 'chromium' && browser !== 'firefox') throw new Error(`BROWSER must be chromium or firefox, not "${env.BROWSER}".\n${START_USAGE}`);
  const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  const headless = env.HEADLESS === '1' || env.HEADLESS === 'true' || !hasDisplay;
  return { browser, headless, noDisplay: headless && !hasDisplay && env.HEADLESS !== '1', once: argv.includes('--once'), fresh: argv.includes('--fresh'), sync: env.SYNC === '1' || env.SYNC === 'true' };
}
