import type { cardMessages } from '../../shared/protocol/card.ts';
import { frameOf } from '../card-gate.ts';
import type { CardSessions } from '../card-sessions.ts';
import type { LookupPrefetch } from '../lookup-prefetch.ts';
import type { HandlersOf } from './handlers-of.ts';

export const cardHandlers = (sessions: CardSessions, prefetch: LookupPrefetch): HandlersOf<typeof cardMessages> => ({
  'page/open-card-session': async (params, { sender }) => {
    const grant = await sessions.open(params, frameOf(sender));
    prefetch.start(grant.token, params.e164);
    return grant;
  },
  'card/open-tab-session': ({ e164 }) => sessions.openForTab({ e164, raw: e164 }),
  'card/claim-session': async ({ token }, { sender }) => {
    const session = await sessions.claim(token, frameOf(sender));
    const lookup = await prefetch.take(token);
    return lookup ? { ...session, lookup } : session;
  },
});
