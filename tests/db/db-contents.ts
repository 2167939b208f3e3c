import type { CallprepDatabase } from '../../src/db/database.ts';

/** Every table as stored, sorted by key: what "nothing changed" and "the same data" are compared by. */
export async function contents(db: CallprepDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toCollection().sortBy(table.schema.primKey.keyPath as string);
  return out;
}

/** The tables a backup holds: sync's bookkeeping (outbox, server copies) belongs to the connection, not the data. */
export async function dataContents(db: CallprepDatabase) {
  const { outbox: _outbox, syncObjects: _objects, ...data } = await contents(db);
  return data;
}
