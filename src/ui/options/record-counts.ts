import type { RecordCounts } from '../../shared/protocol/index.ts';

/** "8 customers, 3 concerns, 2 follow-ups" (kinds with none are left out). */
export function describeCounts(counts: RecordCounts): string {
  const parts: Array<[number, string, string]> = [
    [counts.customers, 'customer', 'customers'],
    [counts.concerns, 'concern', 'concerns'],
    [counts.commitments, 'commitment', 'commitments'],
    [counts.calls, 'call', 'calls'],
    [counts.followUps, 'follow-up', 'follow-ups'],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n.toLocaleString()} ${n === 1 ? one : many}`);
  return said.length ? said.join(', ') : 'nothing';
}
