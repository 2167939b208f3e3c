import type * as v from 'valibot';

/**
 * Who may send a message: "content" = a content script in a tab; "ui" = the extension's own pages
 * (card iframe, popup, options). The background refuses a message from anyone else.
 */
export type Sender = 'content' | 'ui';

export interface MessageDef<S extends v.GenericSchema, Res> {
  from: Sender;
  /** The request's one schema: its type is inferred from it, and the router checks every request against it. */
  request: S;
  /** Type-only: the answer's shape. */
  response?: Res;
}

/** Names the answer's type in a message definition: `message('ui', schema, answer<Call>())`. */
export const answer = <Res>(): Res | undefined => undefined;

export const message = <S extends v.GenericSchema, Res>(from: Sender, request: S, _answer: Res | undefined): MessageDef<S, Res> => ({ from, request });
