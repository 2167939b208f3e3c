import { describe, expect, it } from 'vitest';
import { groupFollowUps } from '../../../src/ui/popup/follow-up-groups.ts';
import type { FollowUpListItem } from '../../../src/shared/views.ts';

const item = (id: string, dueAt: number): FollowUpListItem => ({
  customerName: id,
  contact: null,
  followUp: { id, e164: '+12127368410', dueAt, channel: 'phone', note: '', status: 'pending', createdAt: 0 },
});

const names = (items: FollowUpListItem[], now: number, zone: string) =>
  Object.fromEntries(groupFollowUps(items, now, zone).map((g) => [g.name, g.items.map((i) => i.customerName)]));

describe('groupFollowUps', () => {
  // 2026-11-23 15:00 in New York = 20:00 UTC.
  const now = Date.UTC(2026, 10, 23, 20, 0);
  const minute = 60_000;

  it.each([
    ['one minute ago', now - minute, 'overdue'],
    ['yesterday', now - 86_400_000, 'overdue'],
    ['exactly now', now, 'today'],
    ['at 23:59 local', Date.UTC(2026, 10, 24, 4, 59), 'today'],
    ['at 00:00 local tomorrow', Date.UTC(2026, 10, 24, 5, 0), 'upcoming'],
    ['next week', now + 7 * 86_400_000, 'upcoming'],
  ])('a follow-up due %s is %s in New York', (_label, dueAt, group) => {
    expect(names([item('x', dueAt)], now, 'America/New_York')).toEqual({ [group]: ['x'] });
  });

  it('uses the user zone for "today": 01:00 UTC tomorrow is still today in New York, tomorrow in Berlin', () => {
    const dueAt = Date.UTC(2026, 10, 24, 1, 0);
    expect(names([item('x', dueAt)], now, 'America/New_York')).toEqual({ today: ['x'] });
    expect(names([item('x', dueAt)], now, 'Europe/Berlin')).toEqual({ upcoming: ['x'] });
  });

  it('orders groups overdue, today, upcoming, soonest first inside each, and leaves out empty ones', () => {
    const items = [item('later', now + 2 * 86_400_000), item('old', now - 2 * minute), item('older', now - 90 * minute)];
    expect(groupFollowUps(items, now, 'UTC').map((g) => [g.name, g.items.map((i) => i.customerName)])).toEqual([
      ['overdue', ['older', 'old']],
      ['upcoming', ['later']],
    ]);
  });
});
