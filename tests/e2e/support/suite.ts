/**
 * The set-up most end-to-end suites share: a browser with the built extension and the fixture
 * server start together before the suite's tests, and both close after them; then most card suites
 * load the sample customers and open the fixture CRM's contact page (startWithSamples).
 */
import { afterAll, beforeAll } from 'vitest';
import { OptionsPage } from '../pages/options-page.ts';
import type { TestBrowser, TestPage } from './driver.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

/** What the end-to-end pages are served from: the fixtures, at /fixtures. */
export const FIXTURE_MOUNTS: Record<string, string> = { '/fixtures': 'tests/e2e/fixtures' };

interface Closable {
  close(): Promise<void>;
}

/**
 * Registers the suite's beforeAll/afterAll. `ready` gets the browser and the server once both run:
 * the suite keeps them and does its own set-up (startWithSamples, or its own).
 */
export function startForSuite<B extends Closable>(
  launch: () => Promise<B>,
  ready: (browser: B, server: StaticServer) => void | Promise<void>,
  /** What the server serves (startStaticServer); the fixtures by default. */
  mounts: Record<string, string> = FIXTURE_MOUNTS,
): void {
  const started: Closable[] = [];
  beforeAll(async () => {
    const [browser, server] = await Promise.all([
      launch().then((b) => (started.push(b), b)),
      startStaticServer(mounts).then((s) => (started.push(s), s)),
    ]);
    await ready(browser, server);
  });
  // Whatever started is closed, also when the other failed to.
  afterAll(async () => {
    await Promise.all(started.map((it) => it.close()));
  });
}

/** The fixture CRM's contact page: a realistic page full of the sample customers' numbers. */
export const crmContactUrl = (server: StaticServer): string => server.url('/fixtures/crm-contact.html');

/** A new tab on the fixture CRM's contact page, loaded. */
export async function openCrmContact(browser: TestBrowser, server: StaticServer): Promise<TestPage> {
  const crm = await browser.newPage();
  await crm.goto(crmContactUrl(server));
  return crm;
}

/**
 * Makes the fixture CRM's click-to-dial page (which closes itself) the web dialer, as a user would on
 * the options page: headless browsers hand tel: to no app. Returns the template field's error (null:
 * accepted); only an accepted template is saved.
 */
export async function useWebDialer(options: OptionsPage, server: StaticServer): Promise<string | null> {
  const error = await options.typeCustomTemplate(`${crmContactUrl(server)}?dial={e164}`);
  if (error === null) await options.saveCustomTemplate();
  return error;
}

/** The options page open in a tab, with the sample customers loaded through its button. */
export async function openOptionsWithSamples(browser: TestBrowser): Promise<{ options: OptionsPage; loaded: string }> {
  const options = await OptionsPage.open(browser);
  return { options, loaded: await options.loadSamples() };
}

export interface StartedWithSamples {
  options: OptionsPage;
  /** The fixture CRM's contact page, open in a tab of its own. */
  crm: TestPage;
  /** What the options page said after loading the samples ("Loaded 9 customers …"). */
  loaded: string;
  /** With `webDialer`: the template field's error (null: accepted and saved); null without. */
  dialerError: string | null;
}

/**
 * The start most card suites share: the sample customers loaded on the options page, optionally the
 * fixture CRM's web dialer saved (`webDialer`), then the fixture CRM's contact page in a new tab.
 * The suite asserts what it returns (the "Loaded …" text, the template's error).
 */
export async function startWithSamples(browser: TestBrowser, server: StaticServer, setup: { webDialer?: boolean } = {}): Promise<StartedWithSamples> {
  const { options, loaded } = await openOptionsWithSamples(browser);
  const dialerError = setup.webDialer ? await useWebDialer(options, server) : null;
  return { options, loaded, dialerError, crm: await openCrmContact(browser, server) };
}
