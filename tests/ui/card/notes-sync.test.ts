/**
 * NotesSync with a client the test answers by hand: which reads a change announcement causes while
 * the card's own save is out (its answer and the announcement of that save travel apart).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../src/shared/client.ts';
import type { Call } from '../../../src/shared/model.ts';
import type { CardStorage } from '../../../src/ui/card/card-storage.tsx';
import { lastCall } from './support/samples.ts';

vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser } = await import('../../background/fake-browser.ts');
  return { default: createFakeBrowser() };
});
const { NotesSync } = await import('../../../src/ui/card/notes-sync.ts');

const memoryStorage = (): CardStorage => {
  const items: Record<string, unknown> = {};
  return {
    get: async (keys) => Object.fromEntries(Object.entries(items).filter(([k]) => !keys || keys.includes(k))),
    set: async (more) => void Object.assign(items, more),
    remove: async (keys) => keys.forEach((k) => delete items[k]),
    watch: () => () => {},
  };
};

/** A client whose answers wait until the test gives them; it records what was asked. */
function handClient() {
  const asked: Array<{ type: string; answer: (call: Call) => void }> = [];
  const client = ((type: string) => new Promise((resolve) => asked.push({ type, answer: resolve }))) as unknown as Client;
  return { client, asked };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('NotesSync.changed', () => {
  const call: Call = { ...lastCall(Date.now()), status: 'open', notes: '', revision: 1 };

  async function savingCard() {
    const { client, asked } = handClient();
    const card = new NotesSync({ client, storage: memoryStorage(), cardId: 'card-1', onChange: () => {} }, call);
    card.change('Sent the invoice');
    void card.flush();
    await settle();
    expect(asked.map((a) => a.type)).toEqual(['call/save-notes']);
    return { card, asked };
  }

  it("reads nothing for the announcement of the card's own save, even when it comes before the save's answer", async () => {
    const { card, asked } = await savingCard();
    card.changed(2);
    asked[0]!.answer({ ...call, notes: 'Sent the invoice', revision: 2 });
    await settle();
    card.changed(2);
    await settle();
    expect(asked.map((a) => a.type)).toEqual(['call/save-notes']);
    expect(card.current.status).toBe('saved');
  });

  it('reads the call once the save is answered when the announcement was of a newer state (another tab)', async () => {
    const { card, asked } = await savingCard();
    card.changed(3);
    await settle();
    expect(asked.map((a) => a.type)).toEqual(['call/save-notes']);
    asked[0]!.answer({ ...call, notes: 'Sent the invoice', revision: 2 });
    await settle();
    expect(asked.map((a) => a.type)).toEqual(['call/save-notes', 'call/get']);
  });

  it('reads the call at once when no save is out', () => {
    const { client, asked } = handClient();
    const card = new NotesSync({ client, storage: memoryStorage(), cardId: 'card-1', onChange: () => {} }, call);
    card.changed(2);
    expect(asked.map((a) => a.type)).toEqual(['call/get']);
  });
});

describe('NotesSync.refresh', () => {
  const call: Call = { ...lastCall(Date.now()), status: 'open', notes: '', revision: 1 };

  it('a slow read of the call (the database busy) does not hold back a save typed meanwhile', async () => {
    const { client, asked } = handClient();
    const card = new NotesSync({ client, storage: memoryStorage(), cardId: 'card-1', onChange: () => {} }, call);
    void card.refresh(); // the card shown again: what is stored is read
    card.change('Sent the invoice');
    void card.flush();
    await settle();
    expect(asked.map((a) => a.type)).toEqual(['call/get', 'call/save-notes']);
    expect(card.current.status).toBe('saving');
    // The save lands first; the read, answered later with the older state, changes nothing.
    asked[1]!.answer({ ...call, notes: 'Sent the invoice', revision: 2 });
    await settle();
    asked[0]!.answer(call);
    await settle();
    expect(card.current).toMatchObject({ text: 'Sent the invoice', status: 'saved' });
  });

  it('a read answered with a newer state (another tab) is taken in', async () => {
    const { client, asked } = handClient();
    const card = new NotesSync({ client, storage: memoryStorage(), cardId: 'card-1', onChange: () => {} }, call);
    const done = card.refresh();
    asked[0]!.answer({ ...call, notes: 'From tab two', revision: 2 });
    await done;
    expect(card.current).toMatchObject({ text: 'From tab two', status: 'idle' });
  });
});
