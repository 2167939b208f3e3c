import * as v from 'valibot';
import { flag, nothing, text } from '../records/fields.ts';
import { CardPlaceSchema, type CardPlace } from '../settings.ts';
import { CardParamsSchema } from './card-params.ts';
import { answer, message } from './define.ts';

export interface PageConfig {
  enabled: boolean;
  /** The user's region for national numbers ("DE"), "" for automatic: the page resolves it (shared/phone-region.ts). */
  defaultCountry: string;
}

export const pageMessages = {
  /**
   * A content script asks, when its frame starts and after each "config changed" push, whether to run
   * and how to read national numbers. For its own site only: the background reads the site from the
   * sender the browser reports, so the request carries nothing a page could change.
   */
  'page/config': message('content', nothing, answer<PageConfig>()),
  /**
   * A content script in an embedded frame too small for the card asks for it in its tab's top frame
   * (the background pushes `card/open` there, frameId 0). Rejected when the top frame does not open it
   * (no content script there, or Callprep switched off for the top site): the frame then opens it itself.
   */
  'page/open-card-in-top': message('content', CardParamsSchema, answer<{ opened: true }>()),
  /** That frame's user clicked elsewhere in it or pressed Escape there: the docked card in the top frame closes. */
  'page/close-card-in-top': message('content', nothing, answer<{ closed: boolean }>()),
  /** Where the user put the card on the asking frame's site (docked, dragged), or null: beside the number. Read from the sender's URL, as page/config. */
  'page/card-place': message('content', nothing, answer<CardPlace | null>()),
  /** The user docked, dragged or undocked the card: kept for the sender's site (null forgets it). */
  'page/set-card-place': message('content', v.object({ place: v.nullable(CardPlaceSchema) }), answer<{ saved: true }>()),
  /** The per-site switch (popup, options). */
  'site/set-enabled': message('ui', v.object({ hostname: text(253), enabled: flag }), answer<{ disabledSites: string[] }>()),
};
