/**
 * Card sessions: the card page shows and does something only when Callprep opened it (issue 9: any
 * page could frame card.html?e164=… and read the customer's file off its height, or trick a click on
 * Call). Whoever opens a card (the content script beside a number, the popup for a tab) first asks
 * the background for a session; the card URL carries only its token. The card claims it on load:
 * the background checks the claiming frame is in the tab it was issued for, binds it to that frame,
 * and from then on takes that card's messages only from that frame and with that token
 * (background/card-gate.ts). Data never travels in a URL.
 */
import * as v from 'valibot';
import { e164 } from '../records/fields.ts';
import { CardParamsSchema, type CardParams } from './card-params.ts';
import { answer, message } from './define.ts';
import type { NumberLookup } from '../views.ts';

/** 128 random bits, base64url: a session token, or the key of the card's line to its host. */
const SESSION_TOKEN = /^[A-Za-z0-9_-]{22,64}$/;
const sessionToken = v.pipe(v.string('must be a card session token'), v.regex(SESSION_TOKEN, 'must be a card session token'));

/** What the content script gets: the token for the card URL, and the key its port handoff carries. */
export interface CardSessionGrant {
  token: string;
  /** Never in a URL: the card proves with it that a message port comes from its host (card-frame.ts). */
  key: string;
}

/** What the card gets for its token. */
export interface CardSession {
  params: CardParams;
  /** In a page (an iframe the content script hosts), or standalone in a tab of its own. */
  inPage: boolean;
  /** The host's port key (in a page only). */
  key?: string;
  /** The number's lookup, made while the card loaded (background/lookup-prefetch.ts); first claim only. */
  lookup?: NumberLookup;
}

export const cardMessages = {
  /** The content script, about to open the card for a number, asks for its session (tab and frame from the sender). */
  'page/open-card-session': message('content', CardParamsSchema, answer<CardSessionGrant>()),
  /** The popup opens a number's card in a tab of its own. */
  'card/open-tab-session': message('ui', v.object({ e164 }), answer<{ token: string }>()),
  /** The card page claims the session its URL names: only from the tab (and kind of frame) it was issued for. */
  'card/claim-session': message('ui', v.object({ token: sessionToken }), answer<CardSession>()),
};
