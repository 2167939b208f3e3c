import type { Guard } from '../guard.ts';

/**
 * Who may send a message: "content" = a content script in a tab; "ui" = the extension's own pages
 * (card iframe, popup, options). The background refuses a message from anyone else.
 */
export type Sender = 'content' | 'ui';

export interface MessageDef<Req, Res> {
  from: Sender;
  /** Checks the request at the receiver; throws GuardError on bad data. */
  request: Guard<Req>;
  /** Type-only: the answer's shape. */
  response?: Res;
}

export const message = <Req, Res>(from: Sender, request: Guard<Req>): MessageDef<Req, Res> => ({ from, request });
