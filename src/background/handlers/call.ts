import { finishCall, saveCallNotes, startCall } from '../../db/calls.ts';
import { getSettings } from '../../db/settings-store.ts';
import { dialUrl } from '../../shared/dial-url.ts';
import type { callMessages } from '../../shared/protocol/call.ts';
import type { BackgroundDeps } from '../deps.ts';
import { rearmAfterCommit } from '../reminders.ts';
import type { HandlersOf } from './handlers-of.ts';

export const callHandlers = ({ db, now }: BackgroundDeps): HandlersOf<typeof callMessages> => ({
  'call/start': async (input) => {
    const call = await startCall(db, input, now());
    const { dialTemplate } = await getSettings(db);
    return { call, dialUrl: dialUrl(dialTemplate, call.e164, call.ext) };
  },
  'call/save-notes': ({ callId, notes }) => saveCallNotes(db, callId, notes),
  'call/finish': async (wrapUp) => {
    const { call, followUp } = await finishCall(db, wrapUp, now());
    // The alarm is not IndexedDB work, so it is set after the transaction has committed; the call is
    // closed by then, so a failure to set it must not be answered as a failure to close the call.
    if (followUp) await rearmAfterCommit({ db, now });
    return call;
  },
});
