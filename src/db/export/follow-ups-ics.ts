/**
 * Pending follow-ups as an iCalendar file: one 15-minute event each, with a reminder at its time.
 * The file is the user's own, for their calendar: its events read like the extension's reminders, in
 * the user's language. (Sync writes to a calendar the team shares, in one language: src/sync.)
 */
import ICAL from 'ical.js';
import { channelLabel } from '../../shared/channel-labels.ts';
import { t } from '../../shared/i18n/messages.ts';
import type { Customer, FollowUp } from '../../shared/model.ts';
import type { NotesData } from './notes-data.ts';

const utc = (ms: number) => ICAL.Time.fromJSDate(new Date(ms), true);

function event(f: FollowUp, customer: Customer | undefined, now: number) {
  const who = customer?.name ?? f.e164;
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', `followup-${f.id}@callprep`);
  vevent.addPropertyWithValue('dtstamp', utc(now));
  vevent.addPropertyWithValue('dtstart', utc(f.dueAt));
  vevent.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(15 * 60));
  const title = t('reminderTitle', who);
  vevent.addPropertyWithValue('summary', title);
  const lines = [`${channelLabel(f.channel)} · ${f.e164}`, customer?.company, f.note].filter(Boolean);
  vevent.addPropertyWithValue('description', lines.join('\n'));
  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(0));
  alarm.addPropertyWithValue('description', title);
  vevent.addSubcomponent(alarm);
  return vevent;
}

export function followUpsIcs(data: NotesData, now: number): string {
  const customers = data.customers;
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', '-//Callprep//Follow-ups//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  for (const f of data.followUps.filter((x) => x.status === 'pending')) {
    calendar.addSubcomponent(event(f, f.customerId ? customers.get(f.customerId) : undefined, now));
  }
  return calendar.toString().replace(/\r?\n/g, '\r\n') + '\r\n';
}
