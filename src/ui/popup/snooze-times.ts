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

export interface SnoozeChoice {
  key: SnoozeChoiceKey;
  label: string;
  /** undefined: not available (no good time in the next two weeks). */
  at: number | undefined;
}

export function snoozeChoices(item: FollowUpListItem, now: number, timeZone: string): SnoozeChoice[] {
  return [
    { key: 'hour', label: '1 hour', at: now + HOUR },
    { key: 'tomorrow', label: 'Tomorrow', at: tomorrowMorning(now, timeZone) },
    { key: 'good-time', label: 'Next good time', at: nextGoodContactTime(item.contact, now) },
  ];
}
