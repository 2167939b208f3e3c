/**
 * "Before you hang up": the call cannot close without notes, an outcome and a follow-up (or an
 * explicit "none"). The follow-up time is suggested from the outcome and the customer's hours, and
 * the form says whether the chosen time falls inside their best hours. The notes keep saving
 * themselves here as in the call view, and closing merges in notes saved meanwhile in another tab.
 */
import { useState } from 'preact/hooks';
import { CALL_OUTCOMES, CHANNELS, DEFAULT_PREFERENCES, type Call, type CallOutcome, type Customer } from '../../shared/model.ts';
import { Button } from '../shared/button.tsx';
import { Checkbox, Select, TextInput } from '../shared/field.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { useAction } from '../shared/use-action.ts';
import { useClient } from '../shared/client-context.tsx';
import { CardHeader } from './card-header.tsx';
import { suggestFollowUp, toDateInput, toTimeInput } from '../../shared/time/index.ts';
import { channelLabel } from '../../shared/channel-labels.ts';
import { outcomeLabel } from './labels.ts';
import { FollowUpFit } from './follow-up-fit.tsx';
import { checkWrapUp, type WrapUpDraft, type WrapUpErrors } from './wrap-up-form.ts';
import { NotesField } from './notes-field.tsx';
import { useCallNotes } from './use-call-notes.ts';
import { t } from '../../shared/i18n/messages.ts';
import { optOutFor } from '../../shared/do-not-contact.ts';
import { proposeRetry } from '../../shared/retry.ts';
import { RetryLine } from './retry-line.tsx';
import { useCustomerZone } from './number-zone-context.ts';

interface Props {
  /** The call as last stored. */
  call: Call;
  raw: string;
  /** The notes the call view showed. */
  notes: string;
  customer?: Customer;
  /** The customer's recent calls (newest first): unanswered attempts in a row are counted from them. */
  recentCalls?: Call[];
  onClose: () => void;
  /** Back to the call view, with the call as last stored and the notes on screen. */
  onBack: (call: Call, notes: string) => void;
  /** Told once the call is closed; the wrap-up stays (its Save busy) until what it returns settles. */
  onSaved: (call: Call, followUpAt: number | null) => void | Promise<void>;
}

const outcomeOptions = () => CALL_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }));

export function WrapUpView({ call, raw, notes: shownBefore, customer, recentCalls = [], onClose, onBack, onSaved }: Props) {
  const client = useClient();
  const notes = useCallNotes(call, shownBefore);
  const prefs = customer?.preferences ?? DEFAULT_PREFERENCES;
  // Their zone, else their number's country's (shared/customer-zone.ts).
  const theirZone = useCustomerZone(customer);
  const zone = theirZone.known ? theirZone.zone : undefined;
  const suggest = (outcome: CallOutcome) => suggestFollowUp(prefs, zone, Date.now(), outcome);
  // The background refuses a follow-up on a channel they opted out of: never propose one.
  const open = prefs.channels.filter((c) => !optOutFor(customer, c, call.e164));
  const [draft, setDraft] = useState<Omit<WrapUpDraft, 'notes'>>(() => {
    const at = suggest('connected');
    return { outcome: '', noFollowUp: false, date: toDateInput(at), time: toTimeInput(at), channel: open[0] ?? 'phone', note: '' };
  });
  const [timeTouched, setTimeTouched] = useState(false);
  const [channelTouched, setChannelTouched] = useState(false);
  const retry = proposeRetry(customer, recentCalls, call.id, draft.outcome, call.e164);
  const [errors, setErrors] = useState<WrapUpErrors>({});
  const set = (patch: Partial<Omit<WrapUpDraft, 'notes'>>) => setDraft((d) => ({ ...d, ...patch }));
  const channels = [...prefs.channels, ...CHANNELS.filter((c) => !prefs.channels.includes(c))];

  const chooseOutcome = (value: string) => {
    const outcome = value as CallOutcome | '';
    // Until the user picks a time, the suggestion follows the outcome (no answer → retry wait, …).
    const proposal = proposeRetry(customer, recentCalls, call.id, outcome, call.e164);
    // No answer again: the proposed channel follows too (phone, or their next one after the third try).
    const channel = proposal && !channelTouched ? { channel: proposal.channel } : {};
    if (outcome && !timeTouched) {
      const at = suggest(outcome);
      set({ outcome, date: toDateInput(at), time: toTimeInput(at), ...channel });
    } else set({ outcome, ...channel });
    setErrors((e) => ({ ...e, outcome: undefined }));
  };

  const save = useAction('fail_saveCall', async () => {
    const checked = checkWrapUp(call.id, { ...draft, notes: notes.text }, Date.now());
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    // Saved first, so the close merges against what is stored now (text from another tab included).
    await notes.flush();
    const { sync } = notes;
    const closed = await client('call/finish', { ...checked.wrapUp, notes: sync.current.text, base: sync.savedBase });
    await onSaved(closed, checked.wrapUp.followUp?.dueAt ?? null);
  });

  return (
    <form
      class="card-view"
      data-testid="view-wrapup"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <CardHeader raw={raw} e164={call.e164} onClose={onClose} title={t('wrapUpTitle')}>
        <p class="cp-muted card-head__sub">{customer ? t('wrapUpWith', customer.name) : t('wrapUpThis')}</p>
      </CardHeader>
      <div class="card-body">
        <NotesField notes={notes} label={t('notes')} rows={5} testId="wrapup-notes" error={errors.notes} />
        <Select label={t('outcome')} placeholder={t('chooseOutcome')} options={outcomeOptions()} value={draft.outcome} error={errors.outcome} testId="wrapup-outcome" onChange={(e) => chooseOutcome(e.currentTarget.value)} />
        {retry && <RetryLine retry={retry} retryAfterHours={prefs.retryAfterHours} />}
        <fieldset class="card-fieldset">
          <legend class="cp-field__label">{t('followUp')}</legend>
          <Checkbox label={t('noFollowUp')} checked={draft.noFollowUp} testId="wrapup-no-follow-up" onChange={(noFollowUp) => set({ noFollowUp })} />
          {!draft.noFollowUp && (
            <>
              <div class="card-grid2">
                <TextInput label={t('date')} type="date" value={draft.date} testId="wrapup-date" onInput={(e) => (setTimeTouched(true), set({ date: e.currentTarget.value }))} />
                <TextInput label={t('timeYours')} type="time" value={draft.time} testId="wrapup-time" onInput={(e) => (setTimeTouched(true), set({ time: e.currentTarget.value }))} />
              </div>
              <FollowUpFit date={draft.date} time={draft.time} customer={customer} />
              <div class="card-grid2">
                <Select label={t('channel')} options={channels.map((c) => ({ value: c, label: channelLabel(c) }))} value={draft.channel} testId="wrapup-channel" onChange={(e) => (setChannelTouched(true), set({ channel: e.currentTarget.value as WrapUpDraft['channel'] }))} />
                <TextInput label={t('noteOptional')} value={draft.note} placeholder={t('notePlaceholder')} testId="wrapup-note" onInput={(e) => set({ note: e.currentTarget.value })} />
              </div>
            </>
          )}
          {errors.followUp && (
            <span class="cp-field__error" role="alert" data-testid="wrapup-follow-up-error">
              {errors.followUp}
            </span>
          )}
        </fieldset>
        <ErrorBanner message={save.error} onDismiss={save.clearError} />
        <div class="cp-row card-actions">
          <Button variant="ghost" onClick={() => void notes.flush().then(() => onBack(notes.sync.current.call, notes.sync.current.text))}>
            {t('backToCall')}
          </Button>
          <span class="cp-spacer" />
          <Button type="submit" variant="primary" busy={save.busy} data-testid="wrapup-save">
            {t('saveAndClose')}
          </Button>
        </div>
      </div>
    </form>
  );
}
