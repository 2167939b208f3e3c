/**
 * Numbers on real-shaped pages are marked, exactly those, wherever they are (tables, late content,
 * re-rendered lists, open shadow roots, frames), never inside editable areas, and the page's DOM is
 * byte-identical before and after.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';
import { markedTexts, pageHtml, waitForMarks } from './detection-probes.ts';
import { askBackground } from './pages/extension-page.ts';

let browser: ChromiumWithExtension;
let server: StaticServer;
startForSuite(launchChromium, (b, s) => void ([browser, server] = [b, s]));

/** Opens a fixture, keeping its DOM as the page built it before Callprep could scan, and its errors. */
async function open(fixture: string): Promise<{ page: Page; errors: string[]; before: string }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url(`/fixtures/${fixture}`), { waitUntil: 'domcontentloaded' });
  const before = await pageHtml(page);
  return { page, errors, before };
}

const settle = (page: Page) => page.waitForTimeout(400);

describe('which numbers are marked', () => {
  test.each([
    {
      fixture: 'crm-table.html',
      // Dates, amounts, invoice and order numbers are left alone; hidden numbers are not marked.
      marked: ['(212) 736-8410', '+1 415 555 0132', '+49 30 901820', '+44 20 7946 0958', '646-555-0199', '+33 1 42 68 53 00', '1-800-555-0199'],
    },
    { fixture: 'shadow-dom.html', marked: ['(212) 736-8410', '+44 20 7946 0958', '+1 415 555 0132'] },
    { fixture: 'links.html', marked: ['Call the front desk', '(312) 555-0147', '+1 (617) 253-1000'] },
    { fixture: 'editable.html', marked: ['+1 415 555 0132'] },
    {
      fixture: 'split-numbers.html',
      // One number read across inline elements and source line breaks; cells, flex columns and line breaks stay apart.
      marked: ['+1 212 736 8410', '+44 20 7946 0958', '+49 (0)30\n  901820', '+33 1 42 68\n53 00', '+1 (617) 253-1000', '(312) 555-0147'],
    },
  ])('$fixture', async ({ fixture, marked }) => {
    const { page, errors, before } = await open(fixture);
    expect(await waitForMarks(page, marked)).toEqual([...marked].sort());
    await settle(page);
    expect((await markedTexts(page)).sort()).toEqual([...marked].sort());
    expect(await pageHtml(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('numbers that arrive two seconds after load are marked', async () => {
  const { page, errors } = await open('late-numbers.html');
  await page.waitForLoadState('load');
  expect(await markedTexts(page)).toEqual([]);
  const domBeforeData = await page.waitForFunction(() => document.title === 'Contacts').then(() => pageHtml(page));
  expect(await waitForMarks(page, ['(212) 736-8410', '+44 20 7946 0958'])).toEqual(['(212) 736-8410', '+44 20 7946 0958']);
  expect(await pageHtml(page)).toBe(domBeforeData);
  expect(errors).toEqual([]);
  await page.close();
});

test('a list rebuilt every 200 ms keeps exactly its shown numbers marked', async () => {
  const { page, errors } = await open('rerender.html');
  // While it re-renders, stale marks are dropped: never more marks than numbers shown.
  for (let i = 0; i < 8; i++) {
    await page.waitForTimeout(130);
    expect((await markedTexts(page)).length).toBeLessThanOrEqual(3);
  }
  await page.evaluate(() => (window as unknown as { stopRendering(): void }).stopRendering());
  const shown = await page.evaluate(() => (window as unknown as { shownPhones(): string[] }).shownPhones());
  const before = await pageHtml(page);
  expect(await waitForMarks(page, shown)).toEqual([...shown].sort());
  expect(await pageHtml(page)).toBe(before);
  expect(errors).toEqual([]);
  await page.close();
});

test('numbers inside an iframe are marked by the frame’s own content script', async () => {
  const { page, errors } = await open('iframe-host.html');
  expect(await waitForMarks(page, ['(212) 736-8410'])).toEqual(['(212) 736-8410']);
  const inner = page.frames().find((f) => f.url().endsWith('iframe-inner.html'))!;
  expect(await waitForMarks(inner, ['+44 20 7946 0958'])).toEqual(['+44 20 7946 0958']);
  expect(errors).toEqual([]);
  await page.close();
});

test('typing in editable areas works unchanged and what is typed is not marked', async () => {
  const { page, errors } = await open('editable.html');
  await waitForMarks(page, ['+1 415 555 0132']);
  await page.fill('#field', '');
  await page.type('#field', '+1 212 555 0147');
  await page.focus('#notes');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' or 646-555-0199');
  await page.click('#editor p');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' / 718 555 0123');
  await settle(page);
  expect(await page.inputValue('#field')).toBe('+1 212 555 0147');
  expect(await page.inputValue('#notes')).toBe('Call back on +44 20 7946 0958 or 646-555-0199');
  expect(await page.textContent('#editor')).toBe('Draft: reach Anna at +49 30 901820 / 718 555 0123');
  expect(await markedTexts(page)).toEqual(['+1 415 555 0132']);
  expect(errors).toEqual([]);
  await page.close();
});

test('a site switched off in Callprep gets no marks; switched on again, it does', async () => {
  const ui = await browser.context.newPage();
  await ui.goto(browser.extensionUrl('src/ui/popup/popup.html'));
  // askBackground throws with the background's reason unless the switch was accepted.
  const setEnabled = (enabled: boolean) => askBackground(ui, 'site/set-enabled', { hostname: '127.0.0.1', enabled });
  await setEnabled(false);
  const { page } = await open('crm-table.html');
  await page.waitForTimeout(1500);
  expect(await markedTexts(page)).toEqual([]);
  await setEnabled(true);
  await page.reload();
  expect((await waitForMarks(page, ['(212) 736-8410'], 3000)).length).toBeGreaterThan(0);
  await page.close();
  await ui.close();
});
