/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { MIN_CHROME_VERSION, MIN_FIREFOX_VERSION } from './src/shared/browser-minimums.ts';
import { CALL_PANEL_PATH, SIDEBAR_KEYS } from './src/shared/call-panel-page.ts';
import { distOf, type BuildTarget } from './scripts/build-output.ts';

export function manifestFor(target: BuildTarget): ManifestV3Export {
  const background =
    target === 'firefox'
      ? { scripts: ['src/background/main.ts'], type: 'module' as const }
      : { service_worker: 'src/background/main.ts', type: 'module' as const };
  const gecko =
    target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'callprep@callprep.app',
              strict_min_version: `${MIN_FIREFOX_VERSION}.0`,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: String(MIN_CHROME_VERSION) };
  // Where a started call lives (shared/call-panel-page.ts): Chrome's side panel needs its permission;
  // Firefox's sidebar needs none, and must not open by itself when the add-on is installed.
  const panel =
    target === 'firefox'
      ? {
          sidebar_action: {
            default_panel: CALL_PANEL_PATH,
            default_title: '__MSG_panelTitle__',
            default_icon: baseManifest.icons,
            open_at_install: false,
          },
          commands: { ...baseManifest.commands, _execute_sidebar_action: { suggested_key: { default: SIDEBAR_KEYS } } },
        }
      : { side_panel: { default_path: CALL_PANEL_PATH }, permissions: [...baseManifest.permissions, 'sidePanel'] };
  return { ...baseManifest, background, ...gecko, ...panel } as ManifestV3Export;
}

const target: BuildTarget = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: process.env.VITEST ? [preact()] : [preact(), crx({ manifest: manifestFor(target), browser: target })],
  // Icons are referenced by the manifest, and crxjs copies what the manifest names: no second copy.
  publicDir: false,
  build: {
    outDir: distOf(target),
    emptyOutDir: true,
    target: 'es2022',
    // Vite's preload helper adds <link rel="modulepreload"> to the document that runs a dynamic
    // import; in the content script that document is the user's page, which must stay untouched
    // when the detector chunk loads. Extension pages lose nothing measurable (local files).
    modulePreload: false,
    rolldownOptions: {
      // The card is only web-accessible (shown in an iframe), so no manifest key builds it; crxjs builds
      // Chrome's side panel page but not a Firefox `sidebar_action` panel, so that one is named here.
      input: { card: 'src/ui/card/card.html', ...(target === 'firefox' ? { panel: CALL_PANEL_PATH } : {}) },
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // No browser i18n outside a browser: messages come from _locales/en (tests assert the English text).
    setupFiles: ['tests/support/english-messages.ts'],
    // Both cores (Vitest's default leaves one idle on a 2-core machine), in worker threads: each test
    // file still gets a fresh module graph, for less CPU than a process of its own (measured: 56 s of
    // CPU for the unit run instead of 69 s).
    pool: 'threads',
    maxWorkers: 2,
    environmentOptions: {
      happyDOM: {
        settings: {
          // The card renders a hidden, empty hand-off frame (handoff-link.tsx): let it be the empty
          // about:blank document it is, instead of happy-dom refusing (and logging) its loading.
          enableIframePageLoading: true,
          // A tel:/sip: link aimed at that frame hands the number to the system in a browser; happy-dom
          // would open a page and fetch the tel: URL instead. Unit tests load no pages.
          navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
        },
      },
    },
  },
});
