// @vitest-environment happy-dom
/**
 * Detection elsewhere (src/content/remote-detect.ts): a big round of reading goes to the background in
 * batches, and the page is marked as if it had been detected here, whatever the background does.
 */
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { detectInTexts } from '../../src/detect/detect-texts.ts';
import { stubHighlightApi } from './support/highlight-stubs.ts';
import { scannerOptions } from './support/scanner-options.ts';

beforeAll(() => void stubHighlightApi());
// Not vi.unstubAllGlobals(): the highlight stubs are globals too.
afterEach(() => void delete (globalThis as { chrome?: unknown }).chrome);
const { MarkStore } = await import('../../src/content/mark-store.ts');
const { Scanner } = await import('../../src/content/scanner.ts');
const { BATCH_SIZE, MAX_IN_FLIGHT } = await import('../../src/content/remote-detect.ts');

interface Request { type: string; data: { texts: string[]; region?: string } }
type Background = (request: Request) => Promise<unknown>;

const ROWS = BATCH_SIZE + 50;

/** A table with more rows than one batch: a number, a date and an invoice number in each. */
function bigTable(rows = ROWS): void {
  const row = (i: number) => `<tr><td>+1 212 736 ${String(1000 + i).padStart(4, '0')}</td><td>2024-03-14</td><td>INV-2024-${String(i).padStart(6, '0')}</td></tr>`;
  document.body.replaceChildren(document.createRange().createContextualFragment(`<table>${Array.from({ length: rows }, (_, i) => row(i)).join('')}</table>`));
}

/** chrome.runtime as the content script sees it, answering with `background`. */
function stubBackground(background: Background) {
  const sendMessage = vi.fn((envelope: Request) => background(envelope));
  (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'callprep-test', getURL: (p: string) => p, sendMessage } };
  return sendMessage;
}

const detectsThere: Background = async ({ data }) => ({ ok: true, data: detectInTexts(data.texts, data.region) });

async function scan(elsewhere: boolean, onRefused = vi.fn()) {
  const marks = new MarkStore(() => {});
  const scanner = new Scanner(scannerOptions(marks, { detectElsewhere: elsewhere ? { onRefused } : undefined }));
  scanner.enqueue(document.body);
  await scanner.idle();
  return { marks, scanner, numbers: () => marks.shown().map((m) => m.e164).sort() };
}

test('a big page detected in the background is marked as when detected here', async () => {
  bigTable();
  const here = (await scan(false)).numbers();
  expect(here).toHaveLength(ROWS);
  const sendMessage = stubBackground(detectsThere);
  expect((await scan(true)).numbers()).toEqual(here);
  const sent = sendMessage.mock.calls.map(([request]) => request);
  expect(sent.every((r) => r.type === 'detect/texts' && r.data.region === 'US')).toBe(true);
  // Every number, date and invoice number went there, each once: what was read after the last full
  // batch went too, as batches had gone already.
  expect(sent.reduce((n, r) => n + r.data.texts.length, 0)).toBe(3 * ROWS);
  expect(sent.every((r) => r.data.texts.length <= BATCH_SIZE)).toBe(true);
});

test('a page never has more than two batches waiting in the background (a card lookup would wait behind them)', async () => {
  bigTable();
  let waiting = 0;
  let most = 0;
  stubBackground(async (request) => {
    most = Math.max(most, ++waiting);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the background detecting
    waiting--;
    return detectsThere(request);
  });
  const { numbers } = await scan(true);
  expect(numbers()).toHaveLength(ROWS);
  expect(most).toBe(MAX_IN_FLIGHT);
});

test.each<[string, Background, number]>([
  ['gives no answer (the worker is restarting)', async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), 0],
  ['refuses the request (a bug: it is reported)', async () => ({ ok: false, error: 'texts: must be a list of at most 2000 items' }), 1],
])('when the background %s, the page is marked all the same', async (_name, background, reports) => {
  bigTable();
  stubBackground(background);
  const onRefused = vi.fn();
  const { numbers } = await scan(true, onRefused);
  expect(numbers()).toHaveLength(ROWS);
  expect(onRefused.mock.calls.length > 0).toBe(reports > 0);
});

test('text that changed while it was away is not marked with the old answer, and is read again', async () => {
  bigTable();
  let answer!: () => void;
  const held = new Promise<void>((resolve) => (answer = resolve));
  const first = document.querySelector('td')!.firstChild as Text;
  const sendMessage = stubBackground(async (request) => {
    await held;
    return detectsThere(request);
  });
  const scanning = scan(true);
  await vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());
  first.data = '+1 415 555 0132'; // the page changed it after it was sent
  answer();
  const { marks, scanner } = await scanning;
  expect(marks.marksIn(first)).toEqual([]);
  expect(marks.shown()).toHaveLength(ROWS - 1);
  scanner.enqueue(first); // as the page watcher does for a changed node
  await scanner.idle();
  expect(marks.marksIn(first).map((m) => m.e164)).toEqual(['+14155550132']);
});
