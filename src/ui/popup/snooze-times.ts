/**
 * The times a follow-up can be snoozed to: an hour from now, tomorrow morning, and the customer's
 * next good contact time (the same contact-time rules as the wrap-up's suggestion).
 */
import { HOUR, nextGoodContactTime, tomorrowAt } from '../../shared/time/index.ts';
import type { FollowUpListItem } from '../../shared/views.ts';

/** "Tomorrow" is the start of the user's working day. */
export const TOMORROW_AT = '09:00';

/** 09:00 on the next calendar day in the user's zone (DST-safe: the zone decides the instant). */
export const tomorrowMorning = (now: number, timeZone: string): number => tomorrowAt(now, timeZone, TOMORROW_AT);

export type SnoozeChoiceKey = 'hour' | 'tomorrow' | 'good-time';

/** A choice's label is the panel's to show (snooze-panel.tsx), in the user's language. */
export interface SnoozeChoice {
  key: SnoozeChoiceKey;
  /** undefined: not available (no good time in the next two weeks). */
  at: number | undefined;
}

export function snoozeChoices(item: FollowUpListItem, now: number, timeZone: string): SnoozeChoice[] {
  return [
    { key: 'hour', at: now + HOUR },
    { key: 'tomorrow', at: tomorrowMorning(now, timeZone) },
    { key: 'good-time', at: nextGoodContactTime(item.contact, now) },
  ];
}
