/**
 * One follow-up: who, when (relative and absolute), how, whether now suits them (or where it came
 * from), the note; "Call" (starts the call, which opens in the call panel), "Snooze" and "Done".
 */
import { useEffect, useRef } from 'preact/hooks';
import { CHANNEL_ICONS, channelLabel } from '../../shared/channel-labels.ts';
import type { FollowUpListItem } from '../../shared/views.ts';
import { Button } from '../shared/index.ts';
import { formatPhone } from '../../shared/phone.ts';
import { formatDateTime, formatRelative, yourTime } from '../../shared/time/index.ts';
import { SnoozePanel } from './snooze-panel.tsx';
import { FollowUpMoment } from './follow-up-moment.tsx';
import { DialLink, useDialUrl } from '../card/dial-link.tsx';
import { buttonClass } from '../shared/button.tsx';
import { t } from '../../shared/i18n/messages.ts';

/** The row's snooze state, owned by the list so only one panel is open at a time. */
export interface RowSnooze {
  /** When its panel was opened, or null when it is closed. */
  openedAt: number | null;
  busy: boolean;
  error: string | null;
  /** The row was just moved by a snooze: it flashes and takes the focus. */
  moved: boolean;
  onToggle: () => void;
  onSnooze: (dueAt: number) => void;
}

interface Props {
  item: FollowUpListItem;
  now: number;
  timeZone: string;
  overdue: boolean;
  busy: boolean;
  snooze: RowSnooze;
  onDone: (id: string) => void;
  /** Starts the call (run by the Call link's click, which also hands the number to the softphone). */
  onCall: (item: FollowUpListItem) => void;
}

export function FollowUpRow({ item, now, timeZone, overdue, busy, snooze, onDone, onCall }: Props) {
  const { followUp, customerName } = item;
  const number = formatPhone(followUp.e164);
  const who = customerName ?? number;
  const toggle = useRef<HTMLButtonElement>(null);
  const dialUrl = useDialUrl(followUp.e164);
  useEffect(() => {
    if (!snooze.moved) return;
    toggle.current?.focus();
    toggle.current?.scrollIntoView?.({ block: 'nearest' });
  }, [snooze.moved]);

  const classes = ['pp-fu', overdue && 'pp-fu--overdue', snooze.moved && 'pp-fu--moved'].filter(Boolean).join(' ');
  return (
    <li class={classes} data-testid="followup" data-id={followUp.id}>
      <div class="pp-fu__main">
        <span class="pp-fu__who" data-testid="followup-who">
          {who}
        </span>
        <div class="pp-fu__when">
          <time dateTime={new Date(followUp.dueAt).toISOString()} data-testid="followup-when">
            {formatRelative(followUp.dueAt, now, timeZone)}
          </time>
          <span class="cp-faint" data-testid="followup-at">
            {' · '}
            <span class="pp-fu__at">{yourTime(formatDateTime(followUp.dueAt, timeZone))}</span>
          </span>
        </div>
        <div class="pp-fu__how">
          <span class="pp-fu__channel">
            <span aria-hidden="true">{CHANNEL_ICONS[followUp.channel]}</span> {channelLabel(followUp.channel)}
          </span>
          {customerName && (
            <>
              {' · '}
              <span class="cp-mono">{number}</span>
            </>
          )}
        </div>
        <FollowUpMoment item={item} now={now} timeZone={timeZone} />
        {followUp.note && <p class="pp-fu__note">{followUp.note}</p>}
      </div>
      <div class="pp-fu__actions">
        {dialUrl && (
          <DialLink url={dialUrl} onClick={() => onCall(item)} class={buttonClass('primary', 'small')} testId="followup-call" label={t('callWho', who)}>
            {t('call')}
          </DialLink>
        )}
        <button
          ref={toggle}
          type="button"
          class="cp-button cp-button--small cp-button--ghost pp-fu__snooze"
          aria-expanded={snooze.openedAt !== null}
          aria-label={t('snoozeWho', who)}
          data-testid="snooze-toggle"
          onClick={snooze.onToggle}
        >
          {t('snooze')} <span aria-hidden="true">▾</span>
        </button>
        <Button size="small" busy={busy} onClick={() => onDone(followUp.id)} aria-label={t('doneWho', who)}>
          {t('done')}
        </Button>
      </div>
      {snooze.openedAt !== null && (
        <SnoozePanel
          item={item}
          who={who}
          openedAt={snooze.openedAt}
          timeZone={timeZone}
          busy={snooze.busy}
          error={snooze.error}
          onSnooze={snooze.onSnooze}
          onClose={() => {
            snooze.onToggle();
            toggle.current?.focus();
          }}
        />
      )}
    </li>
  );
}
