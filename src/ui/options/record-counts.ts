import type { RecordCounts } from '../../shared/protocol/index.ts';
import { messagesLocale, t, tPlural, type PluralBase } from '../../shared/i18n/messages.ts';

/** "8 customers, 3 concerns, 2 follow-ups" (kinds with none are left out). */
export function describeCounts(counts: RecordCounts): string {
  const parts: Array<[number, PluralBase]> = [
    [counts.customers, 'countCustomers'],
    [counts.concerns, 'countConcerns'],
    [counts.commitments, 'countCommitments'],
    [counts.calls, 'countCalls'],
    [counts.followUps, 'countFollowUps'],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, base]) => tPlural(base, n));
  return said.length ? new Intl.ListFormat(messagesLocale(), { style: 'short', type: 'unit' }).format(said) : t('countsNothing');
}
