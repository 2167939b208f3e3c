import { bool, object, str } from '../guard.ts';
import { message } from './define.ts';

export interface PageConfig {
  enabled: boolean;
  /** Region for national numbers, "" when neither the user nor the browser gives one. */
  defaultCountry: string;
}

export const pageMessages = {
  /** A content script asks, when its frame starts and after each "config changed" push, whether to run and how to read national numbers. */
  'page/config': message<{ hostname: string }, PageConfig>('content', object({ hostname: str(253) })),
  /** The per-site switch (popup, options). */
  'site/set-enabled': message<{ hostname: string; enabled: boolean }, { disabledSites: string[] }>(
    'ui',
    object({ hostname: str(253), enabled: bool }),
  ),
};
