/**
 * The small surface the end-to-end tests and page objects use, implemented once over Playwright
 * (Chromium) and once over Puppeteer/WebDriver BiDi (Firefox), so every journey runs in both browsers.
 * Tests wait on conditions, never for a fixed time: `waitForFunction` in a frame, or `pollUntil` and
 * `waitUntil` below for anything else, each with a deadline.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface TestFrame {
  url(): string;
  /** Waits until the selector matches a visible element. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Replaces the field's value by typing, as a user would. */
  fill(selector: string, value: string): Promise<void>;
  /** Types at the end of the field's current value. */
  type(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  text(selector: string): Promise<string>;
  /** Number of elements that match. */
  count(selector: string): Promise<number>;
  /** Runs a function body in the frame and returns its JSON-serialisable result. */
  evaluate<T>(fn: (arg: unknown) => T | Promise<T>, arg?: unknown): Promise<T>;
  /**
   * Runs `fn` in the frame until it returns something truthy, and returns that. Throws after the
   * deadline, saying what was awaited (`fn` itself) and the last error, if evaluating failed.
   */
  waitForFunction<T>(fn: (arg: unknown) => T | Promise<T>, arg?: unknown, timeoutMs?: number): Promise<NonNullable<T>>;
  /** A key or chord ("Escape", "Control+End") to whatever has the focus, down and up. */
  press(key: string): Promise<void>;
  /**
   * A key that removes this frame (Escape closing the card): let go only once the browser has
   * dropped the frame. Released while the frame is torn down, the key's acknowledgement
   * can be lost and the driver then waits for it forever (Chromium; see chromium-driver.ts). Throws
   * if the frame stays.
   */
  pressClosing(key: string, timeoutMs?: number): Promise<void>;
  /** Moves the focus to the element, as a click or Tab would. */
  focus(selector: string): Promise<void>;
  /** The current value of an input, textarea or select. */
  inputValue(selector: string): Promise<string>;
}

export interface ClickOptions {
  /** Keys held during the click ("Alt", "Shift"…). */
  modifiers?: string[];
  /** 2 for a double click, 3 for a triple click (selects a line). */
  clickCount?: number;
}

export interface TestPage extends TestFrame {
  /** Opens `url` and waits for its load event, or only for DOMContentLoaded (to see the page before scripts that run later). */
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<void>;
  /** Loads the page's URL again, as the reload button does. */
  reload(): Promise<void>;
  /** Mouse click at viewport coordinates, optionally holding modifiers ("Alt", "Shift"…) or clicking more than once. */
  clickAt(x: number, y: number, modifiers?: string[] | ClickOptions): Promise<void>;
  /** Moves the mouse to viewport coordinates in a few steps, as a hand does, and leaves it there. */
  moveTo(x: number, y: number): Promise<void>;
  /** Presses the left button at one point, moves to another in steps, and lets go there, as a hand drags. */
  drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  /** The first frame whose URL contains `part`, waiting for it to appear. */
  frame(part: string, timeoutMs?: number): Promise<TestFrame>;
  /** Puts the tab in front of its window, as a user's click on the tab does. */
  bringToFront(): Promise<void>;
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  /** Uncaught errors the page reported so far. */
  errors: string[];
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** The browser's product and exact version, as it reports itself: "Chromium 156.0.8078.108", "Firefox 153.7.0esr". */
  version: string;
  newPage(): Promise<TestPage>;
  /** A new tab, with every other tab closed (a browser handed to the next suite file starts from it). */
  onlyNewTab(): Promise<TestPage>;
  /** chrome-extension://ID/… or moz-extension://UUID/… */
  extensionUrl(path: string): string;
  /**
   * Runs the extension's `commands.onCommand` listeners for `command`, as the browser does when the
   * command's keys are pressed. Absent where the driver cannot reach the background (Firefox: BiDi
   * cannot evaluate in the event page).
   */
  dispatchCommand?(command: string): Promise<void>;
  /**
   * Stops the background (an MV3 worker sleeping after 30 s idle) so the next event must start it
   * again. Absent where the driver cannot (Firefox: no protocol command stops an event page).
   */
  stopBackground?(): Promise<void>;
  /**
   * Kills the browser process at once, as a crash or power cut would (no unload, no shutdown), and
   * starts it again on the same profile (Chromium only: the DevTools protocol's Browser.crash).
   */
  crashAndRestart?(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_WAIT_MS = 10_000;
const POLL_MS = 50;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Reads `probe` until `done(value)` holds or the deadline passes, and returns the last value read
 * either way: assert on it, so a failure shows what was there instead.
 */
export async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(POLL_MS);
  }
}

/**
 * Reads `probe` until `done(value)` holds and returns that value; throws "Timed out waiting for
 * <what>" with the last value (or error) read after the deadline. A probe that throws (a page still
 * navigating) is read again.
 */
export async function waitUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const value = await probe();
      if (done(value)) return value;
      last = `last seen: ${JSON.stringify(value)}`;
    } catch (error) {
      last = `last error: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (${last})`);
    await sleep(POLL_MS);
  }
}

/** TestFrame.waitForFunction over the frame's own evaluate, the same for both drivers. */
export function waitForFunctionIn(frame: Pick<TestFrame, 'evaluate'>) {
  return <T>(fn: (arg: unknown) => T | Promise<T>, arg?: unknown, timeoutMs = DEFAULT_WAIT_MS): Promise<NonNullable<T>> =>
    waitUntil(() => frame.evaluate(fn, arg), Boolean, `${fn.toString().replace(/\s+/g, ' ').slice(0, 160)} to be truthy`, timeoutMs) as Promise<NonNullable<T>>;
}

/** clickAt's third argument: the old modifier list, or the options. */
export const clickOptions = (options: string[] | ClickOptions = {}): Required<ClickOptions> =>
  Array.isArray(options) ? { modifiers: options, clickCount: 1 } : { modifiers: options.modifiers ?? [], clickCount: options.clickCount ?? 1 };
