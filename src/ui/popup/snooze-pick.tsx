/** "Pick…": a date and time of the user's choosing, in their own zone, for a snoozed follow-up. */
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { useState } from 'preact/hooks';
import { Button, Field } from '../shared/index.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  /** Where the picker starts. */
  initial: number;
  now: number;
  timeZone: string;
  busy: boolean;
  onPick: (dueAt: number) => void;
}

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";
export const toLocalInput = (at: number, timeZone: string): string => formatInTimeZone(at, timeZone, LOCAL_INPUT);

/** The instant a datetime-local value names in `timeZone`, or a sentence saying what is wrong. */
export function readLocalInput(value: string, now: number, timeZone: string): number | string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return t('chooseDateAndTime');
  const at = fromZonedTime(value, timeZone).getTime();
  if (Number.isNaN(at)) return t('chooseDateAndTime');
  return at > now ? at : t('chooseFutureTime');
}

export function SnoozePick({ initial, now, timeZone, busy, onPick }: Props) {
  const [value, setValue] = useState(() => toLocalInput(initial, timeZone));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const at = readLocalInput(value, now, timeZone);
    if (typeof at === 'string') setError(at);
    else onPick(at);
  };
  return (
    <form class="pp-snooze__pick" onSubmit={submit} noValidate>
      <Field label={t('snoozeUntilLabel')} hideLabel error={error}>
        {(ids) => (
          <input
            {...ids}
            type="datetime-local"
            class="cp-input"
            value={value}
            min={toLocalInput(now, timeZone)}
            data-testid="snooze-pick-input"
            autoFocus
            onInput={(e) => {
              setValue(e.currentTarget.value);
              setError(null);
            }}
          />
        )}
      </Field>
      <Button type="submit" size="small" variant="primary" busy={busy} data-testid="snooze-pick-save">
        {t('snooze')}
      </Button>
    </form>
  );
}
