/**
 * What a restore learns in its first pass over the file, before it changes anything: every row is
 * valid, every id unique in its table, and every record's customer (and each follow-up's call) is in
 * the backup too. Only ids are kept, so a backup of any size is checked in little memory.
 * Its findings name tables, paths and ids, in English: the technical detail after the translated
 * "This backup is damaged" (refuse_damagedBackup), to quote in a bug report, not words to translate.
 */
import { GuardError } from '../../shared/guard.ts';
import type { RecordCounts } from '../../shared/protocol/index.ts';
import type { BackupTable } from './backup-reader.ts';
import { storedRow } from './backup-rows.ts';

type Counted = keyof RecordCounts;

export class BackupCheck {
  private readonly ids = new Map<BackupTable, Set<string>>();
  private readonly needCustomer: Array<[record: string, customer: string]> = [];
  private readonly needCall: Array<[followUp: string, call: string]> = [];

  count(table: BackupTable): number {
    return this.ids.get(table)?.size ?? 0;
  }

  /** Checks one row; throws a GuardError naming the first wrong field. */
  add(table: BackupTable, row: unknown): void {
    const stored = storedRow(table, row, this.count(table)) as { id?: string; key?: string; customerId?: string; callId?: string };
    const id = stored.id ?? stored.key ?? '';
    const ids = this.ids.get(table) ?? new Set<string>();
    this.ids.set(table, ids);
    if (ids.has(id)) throw new GuardError(`${table} contains the same id twice (${id})`);
    ids.add(id);
    if (table !== 'customers' && stored.customerId !== undefined) this.needCustomer.push([id, stored.customerId]);
    if (table === 'followUps' && stored.callId !== undefined) this.needCall.push([id, stored.callId]);
  }

  /** After the last row: the references between records. */
  finish(): RecordCounts {
    const customers = this.ids.get('customers') ?? new Set();
    const calls = this.ids.get('calls') ?? new Set();
    const orphan = this.needCustomer.find(([, customer]) => !customers.has(customer));
    if (orphan) throw new GuardError(`record ${orphan[0]} belongs to customer ${orphan[1]}, who is not in the backup`);
    const lost = this.needCall.find(([, call]) => !calls.has(call));
    if (lost) throw new GuardError(`follow-up ${lost[0]} belongs to call ${lost[1]}, which is not in the backup`);
    return this.counts();
  }

  counts(): RecordCounts {
    const of = (t: Counted) => this.count(t);
    return { customers: of('customers'), concerns: of('concerns'), commitments: of('commitments'), calls: of('calls'), followUps: of('followUps') };
  }
}
