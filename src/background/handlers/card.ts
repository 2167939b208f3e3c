import type { cardMessages } from '../../shared/protocol/card.ts';
import { frameOf } from '../card-gate.ts';
import type { CardSessions } from '../card-sessions.ts';
import type { HandlersOf } from './handlers-of.ts';

export const cardHandlers = (sessions: CardSessions): HandlersOf<typeof cardMessages> => ({
  'page/open-card-session': (params, { sender }) => sessions.open(params, frameOf(sender)),
  'card/open-tab-session': ({ e164 }) => sessions.openForTab({ e164, raw: e164 }),
  'card/claim-session': ({ token }, { sender }) => sessions.claim(token, frameOf(sender)),
});
