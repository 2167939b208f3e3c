/** One follow-up: who, when (relative and absolute), how, the note, and "Done". */
import type { FollowUpListItem } from '../../shared/views.ts';
import { Button } from '../shared/index.ts';
import { formatPhone } from '../shared/format-phone.ts';
import { CHANNEL_ICONS, CHANNEL_LABELS } from '../../shared/channel-labels.ts';
import { absoluteDue, relativeDue } from './due-label.ts';

interface Props {
  item: FollowUpListItem;
  now: number;
  timeZone: string;
  overdue: boolean;
  busy: boolean;
  onDone: (id: string) => void;
}

export function FollowUpRow({ item, now, timeZone, overdue, busy, onDone }: Props) {
  const { followUp, customerName } = item;
  const number = formatPhone(followUp.e164);
  return (
    <li class={overdue ? 'pp-fu pp-fu--overdue' : 'pp-fu'} data-testid="followup">
      <div class="pp-fu__main">
        <span class="pp-fu__who" data-testid="followup-who">
          {customerName ?? number}
        </span>
        <div class="pp-fu__when">
          <time dateTime={new Date(followUp.dueAt).toISOString()} data-testid="followup-when">
            {relativeDue(followUp.dueAt, now)}
          </time>
          <span class="cp-faint"> · {absoluteDue(followUp.dueAt, timeZone)}</span>
        </div>
        <div class="pp-fu__how">
          <span class="pp-fu__channel">
            <span aria-hidden="true">{CHANNEL_ICONS[followUp.channel]}</span> {CHANNEL_LABELS[followUp.channel]}
          </span>
          {customerName && (
            <>
              {' · '}
              <span class="cp-mono">{number}</span>
            </>
          )}
        </div>
        {followUp.note && <p class="pp-fu__note">{followUp.note}</p>}
      </div>
      <Button size="small" busy={busy} onClick={() => onDone(followUp.id)} aria-label={`Mark done: ${customerName ?? number}`}>
        Done
      </Button>
    </li>
  );
}
