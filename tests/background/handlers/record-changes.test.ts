import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../fake-browser.ts';
import { freshDb, T0 } from '../../db/fresh-db.ts';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser: create } = await import('../fake-browser.ts');
  fake.browser = create();
  return { default: fake.browser };
});

const { createHandlers } = await import('../../../src/background/handlers/index.ts');
const { RECORD_CHANGED_KEY, changeConcerns, readRecordChange } = await import('../../../src/shared/record-change.ts');
const { syncAnnouncements, MANY_CHANGES } = await import('../../../src/background/record-changes.ts');
const { keepLocalStorageTrusted } = await import('../../../src/background/storage-access.ts');
const ctx = { sender: {} };

/** Every "record changed" the background wrote to storage.local, in order. */
function announcements() {
  const seen: unknown[] = [];
  fake.browser.storage.onChanged.addListener(((changes: Record<string, { newValue?: unknown }>) => {
    if (RECORD_CHANGED_KEY in changes) seen.push(changes[RECORD_CHANGED_KEY]?.newValue);
  }) as never);
  return seen;
}

beforeEach(() => fake.browser.reset());

describe('the background tells open cards what was written', () => {
  it('announces a started call and each notes save that changed it, by id and revision only', async () => {
    const h = createHandlers({ db: freshDb(), now: () => T0 });
    const seen = announcements();
    const { call } = await h['call/start']({ e164: '+12127368410' }, ctx);
    const base = { revision: 1, notes: '' };
    await h['call/save-notes']({ callId: call.id, notes: 'Alpha from tab one.', base }, ctx);
    const merged = await h['call/save-notes']({ callId: call.id, notes: 'Bravo from tab two.', base }, ctx);
    expect(merged.notes).toBe('Alpha from tab one. Bravo from tab two.');
    // A save that changes nothing (already stored) is not announced.
    await h['call/save-notes']({ callId: call.id, notes: merged.notes, base: { revision: 3, notes: merged.notes } }, ctx);
    expect(seen).toEqual([
      // The call panel takes in a call started from a card (issue 13).
      { kind: 'call', id: call.id, revision: 1, at: expect.any(Number) },
      { kind: 'call', id: call.id, revision: 2, at: expect.any(Number) },
      { kind: 'call', id: call.id, revision: 3, at: expect.any(Number) },
    ]);
    expect(JSON.stringify(seen)).not.toContain('tab one');
  });

  it('announces a wrap-up to cards of the call and of the customer, and customer edits and concerns', async () => {
    const h = createHandlers({ db: freshDb(), now: () => T0 });
    const customer = await h['customer/create']({ draft: { name: 'Ada', phones: [{ e164: '+12127368410', label: 'direct' }] } }, ctx);
    const seen = announcements();
    const { call } = await h['call/start']({ e164: '+12127368410' }, ctx);
    await h['call/finish']({ callId: call.id, notes: 'ok', outcome: 'connected', followUp: null }, ctx);
    await h['customer/update']({ id: customer.id, patch: { title: 'CEO' }, base: { revision: 1, values: {} } }, ctx);
    await h['concern/add']({ customerId: customer.id, text: 'Invoice wrong' }, ctx);
    expect(seen.map((c) => (c as { kind: string }).kind)).toEqual(['call', 'call', 'customer', 'customer', 'customer']);
    expect(seen.slice(2).every((c) => (c as { id: string }).id === customer.id)).toBe(true);
  });

  it('keeps storage.local to the extension’s own pages where the browser can (Chromium), and says where it cannot (Firefox)', async () => {
    const levels: string[] = [];
    expect(await keepLocalStorageTrusted({ setAccessLevel: async ({ accessLevel }) => void levels.push(accessLevel) })).toBe('restricted');
    expect(levels).toEqual(['TRUSTED_CONTEXTS']);
    expect(await keepLocalStorageTrusted({})).toBe('unsupported');
  });
});

describe('what a sync announces', () => {
  const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `c${String(from + i).padStart(21, '0')}`);

  it('each customer and call it wrote, by id, and never a follow-up (cards do not show those)', () => {
    const changed = [{ kind: 'customer', id: ids(1)[0]! }, { kind: 'followUp', id: ids(1, 1)[0]! }, { kind: 'call', id: ids(1, 2)[0]! }, { kind: 'customer', id: ids(1)[0]! }];
    expect(syncAnnouncements(changed)).toEqual([{ kind: 'customer', id: ids(1)[0] }, { kind: 'call', id: ids(1, 2)[0] }]);
  });

  it('a first sync of thousands: one "many customers changed" that every card showing a customer takes as its own', () => {
    const changed = [...ids(5000).map((id) => ({ kind: 'customer', id })), ...ids(3, 9000).map((id) => ({ kind: 'call', id }))];
    const said = syncAnnouncements(changed);
    expect(said).toEqual([{ kind: 'customer' }, ...ids(3, 9000).map((id) => ({ kind: 'call', id }))]);
    const many = readRecordChange({ ...said[0], at: 1 })!;
    expect(changeConcerns(many, 'customer', ids(1, 4321)[0]!)).toBe(true);
    expect(changeConcerns(many, 'call', ids(1, 4321)[0]!)).toBe(false);
    expect(syncAnnouncements(ids(MANY_CHANGES).map((id) => ({ kind: 'customer', id })))).toHaveLength(MANY_CHANGES);
  });
});
