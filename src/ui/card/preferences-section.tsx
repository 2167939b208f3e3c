/** Contact preferences, editable in place: best days (toggles), best and worst hours, channels, retry wait. */
import type { ContactPreferences, Customer, Weekday } from '../../shared/model.ts';
import { Section } from '../shared/section.tsx';
import { useAction } from '../shared/use-action.ts';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { Checkbox } from '../shared/field.tsx';
import { InlineEdit } from './inline-edit.tsx';
import { formatWindows, parseChannels, parseHours, parseWindows, type SaveCustomer } from './customer-save.ts';
import { channelLabel } from '../../shared/channel-labels.ts';
import { weekdayName } from '../../shared/time/index.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  customer: Customer;
  save: SaveCustomer;
}

const DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export function PreferencesSection({ customer, save }: Props) {
  const prefs = customer.preferences;
  const savePrefs = (patch: Partial<ContactPreferences>) => save({ preferences: { ...prefs, ...patch } });
  const toggle = useAction('fail_changeBestDays', (day: Weekday) =>
    savePrefs({ bestDays: prefs.bestDays.includes(day) ? prefs.bestDays.filter((d) => d !== day) : [...prefs.bestDays, day].sort((a, b) => a - b) }),
  );
  const headsUp = useAction('fail_saveField', (on: boolean) => savePrefs({ headsUp: on }));
  return (
    <Section title={t('sectionPreferences')} testId="preferences">
      <dl class="card-fields">
        <dt id="best-days-label">Best days</dt>
        <dd>
          <span class="card-days" role="group" aria-labelledby="best-days-label">
            {DAYS.map((d) => (
              <button key={d} type="button" class="card-day" aria-pressed={prefs.bestDays.includes(d)} disabled={toggle.busy} onClick={() => void toggle.run(d)}>
                {weekdayName(d)}
              </button>
            ))}
          </span>
        </dd>
        <dt>Best hours</dt>
        <dd>
          <InlineEdit label="Best hours, e.g. 09:00–12:00, 14:00–17:00" value={formatWindows(prefs.bestWindows)} placeholder="Any time" testId="pref-best-hours" onSave={(v) => savePrefs({ bestWindows: parseWindows(v) })} />
        </dd>
        <dt>Worst hours</dt>
        <dd>
          <InlineEdit label="Worst hours, e.g. 12:00–13:00" value={formatWindows(prefs.worstWindows)} placeholder="None" testId="pref-worst-hours" onSave={(v) => savePrefs({ worstWindows: parseWindows(v) })} />
        </dd>
        <dt>Channels</dt>
        <dd>
          <InlineEdit
            label="Channels, most preferred first, e.g. email, phone"
            value={prefs.channels.join(', ')}
            display={prefs.channels.map((c) => channelLabel(c)).join(' › ')}
            placeholder="Add channels"
            testId="pref-channels"
            onSave={(v) => savePrefs({ channels: parseChannels(v) })}
          />
        </dd>
        <dt>Retry after</dt>
        <dd>
          <InlineEdit label="Hours to wait after no answer" value={String(prefs.retryAfterHours)} display={`${prefs.retryAfterHours} h`} placeholder="Set hours" inputType="number" testId="pref-retry" onSave={(v) => savePrefs({ retryAfterHours: parseHours(v) })} />
        </dd>
      </dl>
      <Checkbox label={t('prefHeadsUp')} checked={prefs.headsUp === true} testId="pref-heads-up" onChange={(on) => void headsUp.run(on)} />
      <ErrorBanner message={headsUp.error} onDismiss={headsUp.clearError} />
      <ErrorBanner message={toggle.error} onDismiss={toggle.clearError} />
    </Section>
  );
}
