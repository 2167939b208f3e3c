/**
 * Card tests run against the real background: its router, handlers and rules, Dexie on
 * fake-indexeddb, and the fake browser (fake-extension.ts, which the test file mocks the polyfill
 * with). A test seeds records, opens the card with `client`, and can check what the card asked for
 * (`sent`) and what the background stored (`db`): a request the background refuses shows in the card
 * as it would in the extension.
 */
import 'fake-indexeddb/auto';
import { buildCustomer } from '../../../../src/db/customer-record.ts';
import { getDatabase } from '../../../../src/db/database.ts';
import type { Client } from '../../../../src/shared/client.ts';
import { DEFAULT_PREFERENCES, type Call, type Commitment, type Concern, type Customer } from '../../../../src/shared/model.ts';
import type { MessageType, RequestOf } from '../../../../src/shared/protocol/index.ts';
import fakeBrowser from './fake-extension.ts';

export interface Seed {
  customers?: Customer[];
  concerns?: Concern[];
  commitments?: Commitment[];
  calls?: Call[];
}

export interface RealBackend {
  client: Client;
  db: ReturnType<typeof getDatabase>;
  /** Requests of one type the card sent, in order. */
  sent<K extends MessageType>(type: K): Array<RequestOf<K>>;
}

// Started as the test file loads (the polyfill is mocked by then), not in its first test's time.
await import('../../../../src/background/main.ts');
// Cards here talk as an extension page: which session may ask what is card-sessions.test.ts's subject.
fakeBrowser.runtime.sender.url = fakeBrowser.runtime.getURL('src/ui/options/options.html');
const { sendToBackground } = await import('../../../../src/shared/client.ts');

/** An empty database with these records in it, and a client to the background that records each request. */
export async function realBackend(seed: Seed = {}): Promise<RealBackend> {
  const db = getDatabase();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  // Customers through the one way they are written, so phone keys and search words are as stored.
  await db.customers.bulkPut((seed.customers ?? []).map(({ id, createdAt, updatedAt, phoneKeys: _keys, revision: _r, ...draft }) => buildCustomer(draft, id, createdAt, updatedAt)));
  await db.concerns.bulkPut(seed.concerns ?? []);
  await db.commitments.bulkPut(seed.commitments ?? []);
  await db.calls.bulkPut(seed.calls ?? []);
  const requests: Array<{ type: MessageType; data: unknown }> = [];
  const client = ((type, data) => {
    requests.push({ type, data });
    return sendToBackground(type, data);
  }) as Client;
  return { client, db, sent: <K extends MessageType>(type: K) => requests.filter((r) => r.type === type).map((r) => r.data as RequestOf<K>) };
}

/** A customer record as stored, from the fields a test cares about. */
export function customerRecord(partial: Partial<Customer> & { id: string; name: string }): Customer {
  const phones = partial.phones ?? [];
  return { emails: [], tags: [], products: [], preferences: DEFAULT_PREFERENCES, createdAt: 0, updatedAt: 0, ...partial, phones, phoneKeys: phones.map((p) => p.e164) };
}
