import { listOpenCalls } from '../../db/open-calls.ts';
import type { panelMessages } from '../../shared/protocol/panel.ts';
import type { BackgroundDeps } from '../deps.ts';
import type { HandlersOf } from './handlers-of.ts';

export const panelHandlers = ({ db }: BackgroundDeps): HandlersOf<typeof panelMessages> => ({
  'call/list-open': () => listOpenCalls(db),
});
