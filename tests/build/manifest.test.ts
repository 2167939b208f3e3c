/**
 * The two manifests the build writes (vite.config.ts → manifestFor): what the README promises about
 * permissions, and what the Firefox tests and `npm start` rely on (the add-on id).
 */
import { describe, expect, test } from 'vitest';
import { manifestFor } from '../../vite.config.ts';
import { BUILD_TARGETS, type BuildTarget } from '../../scripts/build-output.ts';
import { GECKO_ID } from '../e2e/support/firefox.ts';
import { CARD_PAGE_PATH } from '../../src/shared/card-frame.ts';
import { CALL_PANEL_PATH, SIDEBAR_KEYS } from '../../src/shared/call-panel-page.ts';
import { MIN_CHROME_VERSION, MIN_FIREFOX_VERSION } from '../../src/shared/browser-minimums.ts';
import { localeNames, readMessages } from '../support/locale-messages.ts';

interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  background: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts: Array<{ matches: string[]; js: string[]; run_at?: string }>;
  web_accessible_resources: Array<{ resources: string[]; matches: string[] }>;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  minimum_chrome_version?: string;
}

const manifest = (target: BuildTarget) => manifestFor(target) as unknown as BuiltManifest;
describe.each(BUILD_TARGETS)('%s manifest', (target) => {
  const m = manifest(target);

  test('asks only for alarms, notifications, activeTab and storage (card sessions, notes kept at each keystroke), Chrome also for its side panel, and for no host or optional permissions but a team server origin', () => {
    expect(m.manifest_version).toBe(3);
    const panel = target === 'chrome' ? ['sidePanel'] : [];
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'notifications', ...panel, 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    // Sync (issue 11) asks for the one origin of the server the user connects to, at connect time.
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  test('runs the content script on every site (and its marks\' stylesheet at document_start) and lets pages frame only the card', () => {
    expect(m.content_scripts.map((c) => [c.js, c.matches, c.run_at])).toEqual([
      [['src/content/main.ts'], ['<all_urls>'], 'document_idle'],
      [['src/content/early-mark-sheet.iife.ts'], ['<all_urls>'], 'document_start'],
    ]);
    expect(m.web_accessible_resources.flatMap((w) => w.resources)).toEqual([CARD_PAGE_PATH]);
  });
});

test.each([
  ['chrome', { service_worker: true, scripts: false, gecko: false }],
  ['firefox', { service_worker: false, scripts: true, gecko: true }],
] as const)('%s gets its own background form and add-on settings', (target, expected) => {
  const m = manifest(target);
  expect({
    service_worker: Boolean(m.background.service_worker),
    scripts: Boolean(m.background.scripts?.length),
    gecko: Boolean(m.browser_specific_settings?.gecko),
  }).toEqual(expected);
});

test('a started call lives in Chrome\'s side panel and in Firefox\'s sidebar, which opens only when asked and has its keys', () => {
  const chrome = manifest('chrome') as unknown as { side_panel?: { default_path: string }; sidebar_action?: unknown };
  const firefox = manifest('firefox') as unknown as {
    side_panel?: unknown;
    sidebar_action?: { default_panel: string; open_at_install: boolean };
    commands: Record<string, { suggested_key?: { default: string } }>;
  };
  expect(chrome.side_panel?.default_path).toBe(CALL_PANEL_PATH);
  expect(chrome.sidebar_action).toBeUndefined();
  expect(firefox.sidebar_action).toMatchObject({ default_panel: CALL_PANEL_PATH, open_at_install: false });
  expect(firefox.side_panel).toBeUndefined();
  expect(firefox.commands._execute_sidebar_action?.suggested_key?.default).toBe(SIDEBAR_KEYS);
  expect(Object.keys(firefox.commands)).toContain('open-card');
});

test('Firefox: the add-on id is the one the tests pin a moz-extension UUID to', () => {
  expect(manifest('firefox').browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
});

test('each manifest admits only browsers with the CSS Custom Highlight API (Chromium 105, Firefox 140)', () => {
  expect([MIN_CHROME_VERSION, MIN_FIREFOX_VERSION]).toEqual([105, 140]);
  expect(manifest('chrome').minimum_chrome_version).toBe('105');
  expect(manifest('chrome').browser_specific_settings).toBeUndefined();
  expect(manifest('firefox').browser_specific_settings?.gecko?.strict_min_version).toBe('140.0');
  expect(manifest('firefox').minimum_chrome_version).toBeUndefined();
});

test('names and describes the extension in the user’s language (default_locale en, __MSG_…__ keys every language has)', () => {
  const raw = manifestFor('chrome') as unknown as Record<string, unknown>;
  expect(raw.default_locale).toBe('en');
  const used = [...JSON.stringify(raw).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
  expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandOpenCard']));
  for (const locale of localeNames()) expect({ locale, missing: used.filter((key) => !readMessages(locale)[key]) }).toEqual({ locale, missing: [] });
});
