/** What is waiting for the user: calls not wrapped up yet, and follow-ups whose time has come. */
import type { OpenCallItem } from '../shared/views.ts';
import type { CallprepDatabase } from './database.ts';

/** Calls started and not wrapped up, newest first, with their customer's name. */
export async function listOpenCalls(db: CallprepDatabase): Promise<OpenCallItem[]> {
  return db.transaction('r', db.calls, db.customers, async () => {
    const calls = (await db.calls.where('status').equals('open').toArray()).sort((a, b) => b.startedAt - a.startedAt);
    const customers = await db.customers.bulkGet(calls.map((c) => c.customerId ?? ''));
    return calls.map((call, i) => ({ call, customerName: customers[i]?.name || null }));
  });
}

/** What the toolbar badge counts (background/toolbar-badge.ts). */
export interface WaitingWork {
  /** Pending follow-ups whose time has come (overdue included). */
  dueNow: number;
  /** Calls started and not wrapped up. */
  toWrapUp: number;
}

export async function waitingWork(db: CallprepDatabase, now: number): Promise<WaitingWork> {
  return db.transaction('r', db.calls, db.followUps, async () => ({
    dueNow: await db.followUps.where('status').equals('pending').filter((f) => f.dueAt <= now).count(),
    toWrapUp: await db.calls.where('status').equals('open').count(),
  }));
}
