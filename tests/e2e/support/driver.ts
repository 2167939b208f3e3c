/**
 * The small surface the end-to-end tests and page objects use, implemented once over Playwright
 * (Chromium) and once over Puppeteer/WebDriver BiDi (Firefox), so every journey runs in both browsers.
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
  press(key: string): Promise<void>;
}

export interface TestPage extends TestFrame {
  goto(url: string): Promise<void>;
  /** Mouse click at viewport coordinates, optionally holding modifiers ("Alt", "Shift"…). */
  clickAt(x: number, y: number, modifiers?: string[]): Promise<void>;
  /** The first frame whose URL contains `part`, waiting for it to appear. */
  frame(part: string, timeoutMs?: number): Promise<TestFrame>;
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  /** Uncaught errors the page reported so far. */
  errors: string[];
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  newPage(): Promise<TestPage>;
  /** chrome-extension://ID/… or moz-extension://UUID/… */
  extensionUrl(path: string): string;
  /** Stops the background service worker as Chrome does when it deems it idle (Chromium only: DevTools protocol). */
  stopBackground?(): Promise<void>;
  /**
   * Kills the browser process at once, as a crash or power cut would (no unload, no shutdown), and
   * starts it again on the same profile (Chromium only: the DevTools protocol's Browser.crash).
   */
  crashAndRestart?(): Promise<void>;
  close(): Promise<void>;
}
