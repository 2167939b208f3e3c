import { expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: {} } }));
const { browserFromUserAgent } = await import('../../src/background/browser-label.ts');

test.each<[string, string, Array<{ brand: string }>, string]>([
  ['Firefox ESR', 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', [], 'Firefox 140.0'],
  ['Debian Chromium (headless)', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36', [], 'Chromium 156.0.0.0'],
  ['Google Chrome', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36', [{ brand: 'Google Chrome' }, { brand: 'Chromium' }], 'Chrome 150.0.0.0'],
  ['Edge', 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.1.2', [], 'Edge 150.0.1.2'],
  ['something else', 'Lynx/2.9', [], 'Lynx/2.9'],
])('%s', (_name, ua, brands, label) => {
  expect(browserFromUserAgent(ua, brands)).toBe(label);
});
