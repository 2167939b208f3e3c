import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { DiagnosticsDatabase } from '../../../src/db/diagnostics-db.ts';
import { T0 } from '../../db/fresh-db.ts';

vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser } = await import('../fake-browser.ts');
  return { default: createFakeBrowser() };
});
const { diagnosticsHandlers, scrubDetail } = await import('../../../src/background/handlers/diagnostics.ts');

let n = 0;
function handlers() {
  const db = new DiagnosticsDatabase(`diagnostics-handlers-${process.pid}-${++n}`);
  return diagnosticsHandlers({ now: () => T0 }, { db, browser: async () => 'Chromium 150.0.7600.0', extensionVersion: () => '0.1.0' });
}
const tab = { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Runtime.MessageSender['tab'];
const from = (url: string, extra: Partial<Runtime.MessageSender> = {}) => ({ sender: { url, tab, frameId: 0, ...extra } as Runtime.MessageSender });

describe('diagnostics handlers', () => {
  it('logs a report under the sender’s own site and tab, and hands it to the popup and the options page', async () => {
    const h = handlers();
    await h['diagnostics/report']({ code: 'scan-failed', detail: 'TypeError: x is not a function' }, from('https://crm.example.com/contacts/7?q=ada'));
    const problem = { code: 'scan-failed', detail: 'TypeError: x is not a function', browser: 'Chromium 150.0.7600.0', tabId: 4, count: 1, firstAt: T0, lastAt: T0 };
    expect(await h['diagnostics/page']({ hostname: 'CRM.example.com', tabId: 4 }, from('chrome-extension://x/popup.html'))).toEqual([problem]);
    expect(await h['diagnostics/page']({ hostname: 'crm.example.com', tabId: 5 }, from('chrome-extension://x/popup.html'))).toEqual([]);
    expect(await h['diagnostics/get']({}, from('chrome-extension://x/options.html'))).toEqual({
      browser: 'Chromium 150.0.7600.0',
      extensionVersion: '0.1.0',
      sites: [{ site: 'crm.example.com', lastAt: T0, problems: [problem] }],
    });
    await h['diagnostics/clear']({}, from('chrome-extension://x/options.html'));
    expect((await h['diagnostics/get']({}, from('chrome-extension://x/options.html'))).sites).toEqual([]);
  });

  it.each<[string, string, Partial<Runtime.MessageSender> & { origin?: string }, string]>([
    ['a web page', 'https://mail.example.org/inbox', {}, 'mail.example.org'],
    ['an about:blank frame of a web page (Chrome gives its origin)', 'about:blank', { origin: 'https://crm.example.com' }, 'crm.example.com'],
    ['an about:srcdoc frame without an origin', 'about:srcdoc', {}, 'about:srcdoc'],
    ['a local file', 'file:///home/ada/contacts.html', {}, 'file'],
    ['no URL at all', '', {}, 'unknown'],
  ])('the site of %s is %s', async (_name, url, extra, site) => {
    const h = handlers();
    await h['diagnostics/report']({ code: 'style-blocked', detail: 'StyleSheetBlockedError' }, from(url, extra));
    expect((await h['diagnostics/get']({}, from('chrome-extension://x/options.html'))).sites.map((s) => s.site)).toEqual([site]);
  });

  it.each([
    ['a phone number', 'Error: no mark for (212) 736-8410 at offset 3', 'Error: no mark for (<digits> at offset 3'],
    ['a page address', 'SecurityError: blocked https://crm.example.com/contact?id=42 from', 'SecurityError: blocked <address> from'],
    ['white space and length', `Error:\n  ${'word '.repeat(80)}`, `Error: ${'word '.repeat(80)}`.trim().slice(0, 199) + '…'],
  ])('keeps no %s in the detail', (_name, detail, kept) => {
    expect(scrubDetail(detail)).toBe(kept);
  });
});
