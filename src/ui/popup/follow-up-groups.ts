/**
 * Sorts pending follow-ups into the three groups the popup shows. "Today" is the user's calendar day
 * in their own time zone (not "the next 24 hours"), so a call due at 23:00 is today and one at 00:30
 * tomorrow is upcoming, across DST changes too.
 */
import { calendarDay } from '../../shared/time/index.ts';
import type { FollowUpListItem } from '../../shared/views.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';

export type FollowUpGroupName = 'overdue' | 'today' | 'upcoming';

export interface FollowUpGroup {
  name: FollowUpGroupName;
  items: FollowUpListItem[];
}

export const GROUP_TITLES: Record<FollowUpGroupName, MessageKey> = {
  overdue: 'groupOverdue',
  today: 'groupToday',
  upcoming: 'groupUpcoming',
};

export function groupFollowUps(items: FollowUpListItem[], now: number, timeZone: string): FollowUpGroup[] {
  const today = calendarDay(now, timeZone);
  const groups: Record<FollowUpGroupName, FollowUpListItem[]> = { overdue: [], today: [], upcoming: [] };
  const sorted = [...items].sort((a, b) => a.followUp.dueAt - b.followUp.dueAt);
  for (const item of sorted) {
    const due = item.followUp.dueAt;
    if (due < now) groups.overdue.push(item);
    else if (calendarDay(due, timeZone) === today) groups.today.push(item);
    else groups.upcoming.push(item);
  }
  return (['overdue', 'today', 'upcoming'] as const)
    .map((name) => ({ name, items: groups[name] }))
    .filter((group) => group.items.length > 0);
}
