/** Contact preferences, editable in place: best days (toggles), best and worst hours, channels, retry wait. */
import type { ContactPreferences, Customer, Weekday } from '../../shared/model.ts';
import { Section } from '../shared/section.tsx';
import { useAction } from '../shared/use-action.ts';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { Checkbox } from '../shared/field.tsx';
import { InlineEdit } from './inline-edit.tsx';
import { parseChannels, parseHours, type SaveCustomer } from './customer-save.ts';
import { channelLabel } from '../../shared/channel-labels.ts';
import { formatWindow, formatWindowsText, parseWindowsText, weekdayName } from '../../shared/time/index.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  customer: Customer;
  save: SaveCustomer;
}

const DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
/** An example window in the user's clock, for the fields' labels. */
const exampleWindow = (start: string, end: string) => formatWindow({ start, end });

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
        <dt id="best-days-label">{t('prefBestDays')}</dt>
        <dd>
          <span class="card-days" role="group" aria-labelledby="best-days-label">
            {DAYS.map((d) => (
              <button key={d} type="button" class="card-day" aria-pressed={prefs.bestDays.includes(d)} disabled={toggle.busy} onClick={() => void toggle.run(d)}>
                {weekdayName(d)}
              </button>
            ))}
          </span>
        </dd>
        <dt>{t('prefBestHours')}</dt>
        <dd>
          <InlineEdit
            label={t('prefBestHoursLabel', [exampleWindow('09:00', '12:00'), exampleWindow('14:00', '17:00')].join(', '))}
            value={formatWindowsText(prefs.bestWindows)}
            placeholder={t('prefAnyTime')}
            testId="pref-best-hours"
            onSave={(v) => savePrefs({ bestWindows: parseWindowsText(v) })}
          />
        </dd>
        <dt>{t('prefWorstHours')}</dt>
        <dd>
          <InlineEdit
            label={t('prefWorstHoursLabel', exampleWindow('12:00', '13:00'))}
            value={formatWindowsText(prefs.worstWindows)}
            placeholder={t('prefNone')}
            testId="pref-worst-hours"
            onSave={(v) => savePrefs({ worstWindows: parseWindowsText(v) })}
          />
        </dd>
        <dt>{t('prefChannels')}</dt>
        <dd>
          <InlineEdit
            label={t('prefChannelsLabel', [channelLabel('email'), channelLabel('phone')].join(', '))}
            value={prefs.channels.map((c) => channelLabel(c)).join(', ')}
            display={prefs.channels.map((c) => channelLabel(c)).join(' › ')}
            placeholder={t('prefAddChannels')}
            testId="pref-channels"
            onSave={(v) => savePrefs({ channels: parseChannels(v) })}
          />
        </dd>
        <dt>{t('prefRetryAfter')}</dt>
        <dd>
          <InlineEdit label={t('prefRetryLabel')} value={String(prefs.retryAfterHours)} display={t('hoursShort', prefs.retryAfterHours)} placeholder={t('prefSetHours')} inputType="number" testId="pref-retry" onSave={(v) => savePrefs({ retryAfterHours: parseHours(v) })} />
        </dd>
      </dl>
      <Checkbox label={t('prefHeadsUp')} checked={prefs.headsUp === true} testId="pref-heads-up" onChange={(on) => void headsUp.run(on)} />
      <ErrorBanner message={headsUp.error} onDismiss={headsUp.clearError} />
      <ErrorBanner message={toggle.error} onDismiss={toggle.clearError} />
    </Section>
  );
}
