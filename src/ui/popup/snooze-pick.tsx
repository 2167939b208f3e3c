/** "Pick…": a date and time of the user's choosing, in their own zone, for a snoozed follow-up. */
import { useState } from 'preact/hooks';
import { fromDateTimeInput, toDateTimeInput } from '../../shared/time/index.ts';
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

/** The instant a datetime-local value names in `timeZone`, or a sentence saying what is wrong. */
export function readLocalInput(value: string, now: number, timeZone: string): number | string {
  const at = fromDateTimeInput(value, timeZone);
  if (at === null) return t('chooseDateAndTime');
  return at > now ? at : t('chooseFutureTime');
}

export function SnoozePick({ initial, now, timeZone, busy, onPick }: Props) {
  const [value, setValue] = useState(() => toDateTimeInput(initial, timeZone));
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
            min={toDateTimeInput(now, timeZone)}
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
