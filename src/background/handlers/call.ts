import { finishCall, getCall, saveCallNotes, startCall } from '../../db/calls.ts';
import { getSettings } from '../../db/settings-store.ts';
import { dialUrl } from '../../shared/dial-url.ts';
import type { callMessages } from '../../shared/protocol/call.ts';
import { revisionOf } from '../../shared/revision.ts';
import type { BackgroundDeps } from '../deps.ts';
import { announceRecordChange } from '../record-changes.ts';
import { rearmAfterCommit } from '../reminders.ts';
import { refreshBadge } from '../toolbar-badge.ts';
import type { HandlersOf } from './handlers-of.ts';

export const callHandlers = ({ db, now }: BackgroundDeps): HandlersOf<typeof callMessages> => ({
  'call/start': async (input) => {
    const call = await startCall(db, input, now());
    // The call panel and the toolbar badge follow the calls waiting for their wrap-up.
    announceRecordChange({ kind: 'call', id: call.id, revision: revisionOf(call) });
    await refreshBadge({ db, now });
    const { dialTemplate } = await getSettings(db);
    return { call, dialUrl: dialUrl(dialTemplate, call.e164, call.ext) };
  },
  'call/save-notes': async (input) => {
    const call = await saveCallNotes(db, input);
    if (revisionOf(call) !== input.base.revision) announceRecordChange({ kind: 'call', id: call.id, revision: revisionOf(call) });
    return call;
  },
  'call/get': ({ id }) => getCall(db, id),
  'call/finish': async (wrapUp) => {
    const { call, followUp } = await finishCall(db, wrapUp, now());
    announceRecordChange({ kind: 'call', id: call.id, revision: revisionOf(call) });
    // The customer's file lists the call (and its follow-up) now.
    if (call.customerId) announceRecordChange({ kind: 'customer', id: call.customerId });
    // The alarm is not IndexedDB work, so it is set after the transaction has committed; the call is
    // closed by then, so a failure to set it must not be answered as a failure to close the call.
    if (followUp) await rearmAfterCommit({ db, now });
    else await refreshBadge({ db, now });
    return call;
  },
});
