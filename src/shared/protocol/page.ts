import type { CardParams } from '../card-frame.ts';
import { bool, object, str } from '../guard.ts';
import { cardParams } from './card-params.ts';
import { message } from './define.ts';

export interface PageConfig {
  enabled: boolean;
  /** Region for national numbers, "" when neither the user nor the browser gives one. */
  defaultCountry: string;
}

export const pageMessages = {
  /**
   * A content script asks, when its frame starts and after each "config changed" push, whether to run
   * and how to read national numbers. For its own site only: the background reads the site from the
   * sender the browser reports, so the request carries nothing a page could change.
   */
  'page/config': message<Record<string, never>, PageConfig>('content', object({})),
  /**
   * A content script in an embedded frame too small for the card asks for it in its tab's top frame
   * (the background pushes `card/open` there, frameId 0). Rejected when the top frame does not open it
   * (no content script there, or Callprep switched off for the top site): the frame then opens it itself.
   */
  'page/open-card-in-top': message<CardParams, { opened: true }>('content', cardParams),
  /** That frame's user clicked elsewhere in it or pressed Escape there: the docked card in the top frame closes. */
  'page/close-card-in-top': message<Record<string, never>, { closed: boolean }>('content', object({})),
  /** The per-site switch (popup, options). */
  'site/set-enabled': message<{ hostname: string; enabled: boolean }, { disabledSites: string[] }>(
    'ui',
    object({ hostname: str(253), enabled: bool }),
  ),
};
