import { describe, expect, it } from 'vitest';
import { detectHandlers } from '../../../src/background/handlers/detect.ts';
import { createRouter, type Handlers } from '../../../src/background/router.ts';
import { MAX_TEXT_LENGTH, MAX_TEXTS_PER_BATCH } from '../../../src/shared/protocol/detect-limits.ts';

const BASE = 'chrome-extension://callprep/';
const route = createRouter(detectHandlers() as unknown as Handlers, BASE, 'callprep');
const contentScript = { id: 'callprep', url: 'https://crm.example.com/', tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 };
const ask = (data: unknown, sender: object = contentScript) => route({ callprep: 1, type: 'detect/texts', data }, sender);

describe('detect/texts', () => {
  it('answers a content script with the texts that hold numbers, by index', async () => {
    const reply = await ask({ texts: ['2024-03-14', 'Call (212) 736-8410'], region: 'US' });
    expect(reply).toMatchObject({ ok: true, data: [[1, [{ raw: '(212) 736-8410', e164: '+12127368410' }]]] });
  });

  it.each([
    ['from an extension page', { texts: ['(212) 736-8410'] }, { id: 'callprep', url: `${BASE}src/ui/popup/popup.html` }, /not accepted from this context/],
    ['with too many texts', { texts: Array.from({ length: MAX_TEXTS_PER_BATCH + 1 }, () => 'x') }, contentScript, /at most 2000 items/],
    ['with a text too long', { texts: ['1'.repeat(MAX_TEXT_LENGTH + 1)] }, contentScript, /at most 20,000 characters/],
    ['with something else than text', { texts: [42] }, contentScript, /must be text/],
  ])('refuses a request %s', async (_name, data, sender, error) => {
    const reply = (await ask(data, sender)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(error);
  });
});
