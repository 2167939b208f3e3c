/** The snooze choices under a follow-up: 1 hour, Tomorrow, Next good time, or a picked date and time. */
import { useMemo, useState } from 'preact/hooks';
import type { FollowUpListItem } from '../../shared/views.ts';
import { ErrorBanner } from '../shared/index.ts';
import { formatShortWhen, onTheirClock } from '../../shared/time/index.ts';
import { SnoozePick } from './snooze-pick.tsx';
import { snoozeChoices, tomorrowMorning, type SnoozeChoiceKey } from './snooze-times.ts';
import { t, type MessageKey } from '../../shared/i18n/messages.ts';

/** The choices' words (snooze-times.ts, time code, keeps its English labels). */
const CHOICE_LABELS: Record<SnoozeChoiceKey, MessageKey> = { hour: 'snoozeHour', tomorrow: 'snoozeTomorrow', 'good-time': 'snoozeGoodTime' };

interface Props {
  item: FollowUpListItem;
  who: string;
  /** When the panel opened: the choices are computed from it, so they do not drift while it is open. */
  openedAt: number;
  timeZone: string;
  busy: boolean;
  error: string | null;
  onSnooze: (dueAt: number) => void;
  onClose: () => void;
}

export function SnoozePanel({ item, who, openedAt, timeZone, busy, error, onSnooze, onClose }: Props) {
  const choices = useMemo(() => snoozeChoices(item, openedAt, timeZone), [item, openedAt, timeZone]);
  const [picking, setPicking] = useState(false);
  const theirZone = item.contact?.timeZone;
  const due = item.followUp.dueAt;
  return (
    <div
      class="pp-snooze"
      role="group"
      aria-label={t('snoozeUntil', who)}
      data-testid="snooze-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="pp-snooze__choices">
        {choices.map((choice) => (
          <button
            key={choice.key}
            type="button"
            class="pp-snooze__choice"
            disabled={busy || choice.at === undefined}
            data-testid={`snooze-${choice.key}`}
            title={choice.key === 'good-time' && choice.at !== undefined && theirZone ? onTheirClock(choice.at, theirZone) : undefined}
            onClick={() => choice.at !== undefined && onSnooze(choice.at)}
          >
            <span class="pp-snooze__label">{t(CHOICE_LABELS[choice.key])}</span>
            <span class="pp-snooze__at">{choice.at === undefined ? t('snoozeNoGoodTime') : formatShortWhen(choice.at, openedAt, timeZone)}</span>
          </button>
        ))}
        <button
          type="button"
          class="pp-snooze__choice"
          aria-expanded={picking}
          disabled={busy}
          data-testid="snooze-pick"
          onClick={() => setPicking(!picking)}
        >
          <span class="pp-snooze__label">{t('snoozePick')}</span>
          <span class="pp-snooze__at">{t('snoozeDateAndTime')}</span>
        </button>
      </div>
      {picking && (
        <SnoozePick
          initial={due > openedAt ? due : tomorrowMorning(openedAt, timeZone)}
          now={openedAt}
          timeZone={timeZone}
          busy={busy}
          onPick={onSnooze}
        />
      )}
      <ErrorBanner message={error} testId="snooze-error" />
    </div>
  );
}
