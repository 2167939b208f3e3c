import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { classifySender, createRouter, type Handlers } from '../../src/background/router.ts';

const CHROME = { base: 'chrome-extension://abcdefghijklmnop/', id: 'abcdefghijklmnop' };
const FIREFOX = { base: 'moz-extension://4b1e6a0c-2f0e-4c52-9d1b-1a2b3c4d5e6f/', id: 'callprep@callprep.app' };
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Runtime.MessageSender['tab'];

describe('classifySender', () => {
  it.each<[string, typeof CHROME, Runtime.MessageSender, 'ui' | 'content' | null]>([
    ['Chrome popup', CHROME, { id: CHROME.id, url: `${CHROME.base}src/ui/popup/popup.html` }, 'ui'],
    ['Chrome card iframe in a tab', CHROME, { id: CHROME.id, url: `${CHROME.base}src/ui/card/card.html?e164=%2B1`, tab, frameId: 3 }, 'ui'],
    ['Chrome content script', CHROME, { id: CHROME.id, url: 'https://crm.example.com/', tab, frameId: 0 }, 'content'],
    ['Firefox options page', FIREFOX, { id: FIREFOX.id, url: `${FIREFOX.base}src/ui/options/options.html` }, 'ui'],
    ['Firefox content script', FIREFOX, { id: FIREFOX.id, url: 'https://crm.example.com/', tab, frameId: 0 }, 'content'],
    ['another extension', CHROME, { id: 'zzzz', url: 'chrome-extension://zzzz/page.html' }, null],
    ['another extension faking our URL', CHROME, { id: 'zzzz', url: `${CHROME.base}x.html` }, null],
    ['no tab and no extension URL', CHROME, { id: CHROME.id, url: 'https://evil.example/' }, null],
  ])('%s → %s', (_name, ext, sender, expected) => {
    expect(classifySender(sender, ext.base, ext.id)).toBe(expected);
  });
});

function router() {
  const lookup = vi.fn(async ({ e164 }: { e164: string }) => ({ e164, matches: [], openCall: null }));
  const config = vi.fn(async () => ({ enabled: true, defaultCountry: 'US' }));
  const handlers = new Proxy({ 'customer/lookup': lookup, 'page/config': config } as unknown as Handlers, {
    get: (target, key) => (target as unknown as Record<string | symbol, unknown>)[key] ?? (async () => 'other'),
  });
  return { route: createRouter(handlers, CHROME.base, CHROME.id), lookup, config };
}
const popup: Runtime.MessageSender = { id: CHROME.id, url: `${CHROME.base}src/ui/popup/popup.html` };
const content: Runtime.MessageSender = { id: CHROME.id, url: 'https://crm.example.com/', tab, frameId: 0 };

describe('router', () => {
  it('hands a valid request from the right context to its handler', async () => {
    const { route, lookup } = router();
    expect(await route({ callprep: 1, type: 'customer/lookup', data: { e164: '+12127368410' } }, popup)).toEqual({
      ok: true,
      data: { e164: '+12127368410', matches: [], openCall: null },
    });
    expect(lookup).toHaveBeenCalledOnce();
  });

  it.each<[string, unknown, Runtime.MessageSender, string]>([
    ['a UI command from a content script', { callprep: 1, type: 'customer/lookup', data: { e164: '+12127368410' } }, content, '"customer/lookup" is not accepted from this context.'],
    ['a customer deletion from a content script (a page cannot delete anyone)', { callprep: 1, type: 'customer/delete', data: { id: 'ada' } }, content, '"customer/delete" is not accepted from this context.'],
    ['a customer deletion without an id', { callprep: 1, type: 'customer/delete', data: { id: '' } }, popup, 'request.id must be a record id'],
    ['a content command from a UI page', { callprep: 1, type: 'page/config', data: { hostname: 'a.com' } }, popup, '"page/config" is not accepted from this context.'],
    ['a diagnostics report from a UI page (only content scripts report their page)', { callprep: 1, type: 'diagnostics/report', data: { code: 'scan-failed', detail: 'x' } }, popup, '"diagnostics/report" is not accepted from this context.'],
    ['the diagnostics log asked for by a content script', { callprep: 1, type: 'diagnostics/get', data: {} }, content, '"diagnostics/get" is not accepted from this context.'],
    ['a report with a cause of its own making', { callprep: 1, type: 'diagnostics/report', data: { code: 'page-says-hi', detail: 'x' } }, content, 'request.code must be one of marks-unsupported, style-blocked, scan-failed, detector-failed, start-failed'],
    ['an unknown type', { callprep: 1, type: 'customer/delete-all', data: {} }, popup, 'Unknown request "customer/delete-all".'],
    ['a bad payload', { callprep: 1, type: 'customer/lookup', data: { e164: '2127368410' } }, popup, 'request.e164 must be a phone number in E.164 form'],
    ['a missing payload', { callprep: 1, type: 'customer/lookup' }, popup, 'request must be an object'],
  ])('refuses %s with a clear message', async (_name, message, sender, error) => {
    const { route, lookup, config } = router();
    expect(await route(message, sender)).toEqual({ ok: false, error });
    expect(lookup).not.toHaveBeenCalled();
    expect(config).not.toHaveBeenCalled();
  });

  it.each([null, 'hello', { type: 'customer/lookup' }, { callprep: 2, type: 'customer/lookup' }])('ignores %j, which is not ours', async (message) => {
    expect(await router().route(message, popup)).toBeUndefined();
  });

  it('turns a handler failure into an error reply', async () => {
    const { route, lookup } = router();
    lookup.mockRejectedValueOnce(new Error('This customer no longer exists.'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await route({ callprep: 1, type: 'customer/lookup', data: { e164: '+12127368410' } }, popup)).toEqual({
      ok: false,
      error: 'This customer no longer exists.',
    });
  });
});
