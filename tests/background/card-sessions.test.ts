import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, T0 } from '../db/fresh-db.ts';
import { createFakeBrowser } from './fake-browser.ts';

// Only storage that the test passes is used; the polyfill itself refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { CardSessions, CLAIM_WITHIN_MS, MAX_SESSIONS } = await import('../../src/background/card-sessions.ts');
const { cardGate } = await import('../../src/background/card-gate.ts');
const { createHandlers } = await import('../../src/background/handlers/index.ts');
const { createRouter } = await import('../../src/background/router.ts');
const { loadSamples } = await import('../../src/db/samples.ts');

const EXT = { base: 'chrome-extension://abcdefghijklmnop/', id: 'abcdefghijklmnop' };
const CARD_URL = `${EXT.base}src/ui/card/card.html`;
const ADA = { e164: '+12127368410', raw: '(212) 736-8410', pageTitle: 'Contacts' };
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false }) as Runtime.MessageSender['tab'];
/** The content script in a page's frame. */
const page = (tabId: number, frameId = 0): Runtime.MessageSender => ({ id: EXT.id, url: 'https://crm.example.com/contacts', tab: tab(tabId), frameId });
/** Our card page in a frame of a tab, loaded from `url` (the token in it does not matter to the browser). */
const card = (tabId: number, frameId: number, documentId = `doc-${tabId}-${frameId}`): Runtime.MessageSender => ({
  id: EXT.id,
  url: `${CARD_URL}?session=x`,
  tab: tab(tabId),
  frameId,
  documentId,
});
const popup: Runtime.MessageSender = { id: EXT.id, url: `${EXT.base}src/ui/popup/popup.html` };

/** browser.storage.session as the fake browser keeps it, with its items to look at. */
function memoryStore() {
  const { storage, sessionItems } = createFakeBrowser();
  return { ...storage.session, items: sessionItems };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the answer of the message it sent
type Answer = { ok: boolean; data?: any; error?: string };

async function background() {
  let now = T0;
  const db = freshDb();
  await loadSamples(db, T0);
  const store = memoryStore();
  const sessions = new CardSessions(store, () => now);
  const route = createRouter(createHandlers({ db, now: () => now }, sessions), EXT.base, EXT.id, cardGate(sessions, EXT.base));
  const ask = async (sender: Runtime.MessageSender, type: string, data: unknown, session?: string) =>
    (await route({ callprep: 1, type, data, ...(session === undefined ? {} : { session }) }, sender)) as Answer;
  return { ask, sessions, store, db, advance: (ms: number) => (now += ms) };
}

const NOT_OURS = 'This card was not opened by Callprep. Click a phone number on the page to open it.';
const lookupAda = { e164: ADA.e164 };

beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));

describe('a card opened by the content script', () => {
  it('claims its session from a frame of the same tab, gets the number, the host key and its lookup made meanwhile, and may then look it up', async () => {
    const { ask } = await background();
    const grant = await ask(page(7), 'page/open-card-session', ADA);
    expect(grant).toMatchObject({ ok: true, data: { token: expect.stringMatching(/^[\w-]{22}$/), key: expect.stringMatching(/^[\w-]{22}$/) } });
    const { token, key } = grant.data;
    const claimed = await ask(card(7, 12), 'card/claim-session', { token });
    expect(claimed).toEqual({ ok: true, data: { params: ADA, inPage: true, key, lookup: expect.anything() } });
    expect(claimed.data.lookup.matches.map((m: { customer: { name: string } }) => m.customer.name)).toEqual(['Ada Lovelace']);
    const lookup = await ask(card(7, 12), 'customer/lookup', lookupAda, token);
    expect(lookup.ok).toBe(true);
    expect(lookup.data.matches.map((m: { customer: { name: string } }) => m.customer.name)).toEqual(['Ada Lovelace']);
  });

  it('keeps working after the card reloads in its frame (a new document, same frame)', async () => {
    const { ask } = await background();
    const { token } = (await ask(page(7), 'page/open-card-session', ADA)).data;
    await ask(card(7, 12, 'first'), 'card/claim-session', { token });
    const again = await ask(card(7, 12, 'second'), 'card/claim-session', { token });
    expect(again.ok).toBe(true);
    expect(again.data.lookup).toBeUndefined(); // handed over once: the reloaded card asks itself
    expect((await ask(card(7, 12, 'second'), 'customer/lookup', lookupAda, token)).ok).toBe(true);
    expect(await ask(card(7, 12, 'first'), 'customer/lookup', lookupAda, token)).toEqual({ ok: false, error: NOT_OURS });
  });
});

describe('a card a page framed by itself (issue 9) gets nothing and changes nothing', () => {
  it.each<[string, (token: string) => [Runtime.MessageSender, string | undefined]]>([
    ['no session at all', () => [card(7, 12), undefined]],
    ['a made-up token', () => [card(7, 12), 'AAAAAAAAAAAAAAAAAAAAAA']],
    ['the real token, from another frame of the tab', (token) => [card(7, 13), token]],
  ])('%s: a lookup and every change are refused', async (_name, who) => {
    const { ask } = await background();
    const { token } = (await ask(page(7), 'page/open-card-session', ADA)).data;
    await ask(card(7, 12), 'card/claim-session', { token });
    const [sender, session] = who(token);
    const customer = (await ask(popup, 'customer/search', { query: 'Ada' })).data[0];
    for (const [type, data] of [
      ['customer/lookup', lookupAda],
      ['customer/get', { id: customer.id }],
      ['call/start', { e164: ADA.e164, customerId: customer.id }],
      ['customer/create', { draft: { name: 'Named by the URL', phones: [{ e164: '+13105550147', kind: 'direct' }] } }],
      ['concern/set-resolved', { id: 'sample-concern-1', resolved: true }],
      ['settings/get', {}],
    ] as const) {
      expect(await ask(sender, type, data, session), type).toEqual({ ok: false, error: NOT_OURS });
    }
  });

  it.each<[string, Runtime.MessageSender]>([
    ['a second frame in the same tab', card(7, 13)],
    ['a frame in another tab', card(8, 12)],
    ['the top frame of a tab (the card opened as a page of its own)', card(7, 0)],
    ['the frame that opened it', card(7, 3)],
  ])('a token is claimed once, by a child frame of its tab: not by %s', async (_name, other) => {
    const { ask } = await background();
    const { token } = (await ask(page(7, 3), 'page/open-card-session', ADA)).data;
    if (other.frameId === 13) expect((await ask(card(7, 12), 'card/claim-session', { token })).ok).toBe(true);
    expect(await ask(other, 'card/claim-session', { token })).toEqual({ ok: false, error: NOT_OURS });
  });

  it('a token not claimed in time is gone', async () => {
    const { ask, advance } = await background();
    const { token } = (await ask(page(7), 'page/open-card-session', ADA)).data;
    advance(CLAIM_WITHIN_MS + 1);
    expect(await ask(card(7, 12), 'card/claim-session', { token })).toEqual({ ok: false, error: NOT_OURS });
  });

  it('two frames racing for one token: only one wins', async () => {
    const { ask } = await background();
    const { token } = (await ask(page(7), 'page/open-card-session', ADA)).data;
    const answers = await Promise.all([ask(card(7, 12), 'card/claim-session', { token }), ask(card(7, 13), 'card/claim-session', { token })]);
    expect(answers.map((a) => a.ok).sort()).toEqual([false, true]);
  });

  it('only a content script in a tab opens a session for a page', async () => {
    const { ask } = await background();
    expect(await ask(popup, 'page/open-card-session', ADA)).toEqual({ ok: false, error: '"page/open-card-session" is not accepted from this context.' });
    expect((await ask(page(7), 'page/open-card-session', { ...ADA, extra: 'x' })).ok).toBe(false);
  });
});

describe('a card the popup opens in a tab of its own', () => {
  it('is claimed by the top frame of a tab, not by a frame inside a page', async () => {
    const { ask } = await background();
    const { token } = (await ask(popup, 'card/open-tab-session', { e164: ADA.e164 })).data;
    expect(await ask(card(9, 4), 'card/claim-session', { token })).toEqual({ ok: false, error: NOT_OURS });
    expect(await ask(card(9, 0), 'card/claim-session', { token })).toEqual({ ok: true, data: { params: { e164: ADA.e164, raw: ADA.e164 }, inPage: false } });
    expect((await ask(card(9, 0), 'customer/lookup', lookupAda, token)).ok).toBe(true);
  });
});

describe('the other pages', () => {
  it('the popup and the options page need no session', async () => {
    const { ask } = await background();
    expect((await ask(popup, 'customer/lookup', lookupAda)).ok).toBe(true);
  });
});

describe('keeping the store small', () => {
  it('forgets a closed tab\'s sessions, unclaimed tokens after their time, and the oldest beyond the limit', async () => {
    const { ask, sessions, store, advance } = await background();
    const { token } = (await ask(page(7), 'page/open-card-session', ADA)).data;
    await ask(card(7, 12), 'card/claim-session', { token });
    await sessions.dropTab(7);
    expect(await ask(card(7, 12), 'customer/lookup', lookupAda, token)).toEqual({ ok: false, error: NOT_OURS });
    await ask(page(8), 'page/open-card-session', ADA);
    advance(CLAIM_WITHIN_MS + 1);
    await ask(page(8), 'page/open-card-session', ADA);
    expect(store.items.size).toBe(1);
    for (let i = 0; i < MAX_SESSIONS + 5; i++) await ask(page(8), 'page/open-card-session', ADA);
    expect(store.items.size).toBe(MAX_SESSIONS);
  });
});
