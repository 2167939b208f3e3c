/**
 * Whether a request may be sent again when the background stopped before answering it. Chrome stops
 * an MV3 service worker that it deems idle, also in the middle of a request; the sender then gets
 * "message channel closed before a response was received" without knowing whether the work was done.
 * A request is repeatable when doing it twice leaves the same result as once: reads, saves of whole
 * values, and saves merged against the state they started from (notes, customer edits). One that
 * adds something (a concern, a commitment, an import) is only sent again when it surely never arrived.
 * A record, so a new message type does not compile until it is decided here.
 */
import type { MessageType } from './index.ts';

export const REPEATABLE: Record<MessageType, boolean> = {
  'page/config': true,
  'page/open-card-in-top': true,
  'page/close-card-in-top': true,
  'page/card-place': true,
  // Saves a whole value for the site: twice is once.
  'page/set-card-place': true,
  // Pure work on the text sent: the answer is the same each time.
  'detect/texts': true,
  // A second try would issue a second session; the first one's card simply never opens.
  'page/open-card-session': false,
  'card/open-tab-session': false,
  // The frame a session is bound to may claim it again and is told the same.
  'card/claim-session': true,
  // A report counts a problem: sent again it would count twice.
  'diagnostics/report': false,
  'diagnostics/page': true,
  'diagnostics/get': true,
  'diagnostics/clear': true,
  'site/set-enabled': true,
  'customer/lookup': true,
  'customer/get': true,
  'customer/create': false,
  'customer/update': true,
  // A customer already gone is no change: deleting twice is deleting once.
  'customer/delete': true,
  'customer/search': true,
  'concern/add': false,
  'concern/set-resolved': true,
  'commitment/add': false,
  'commitment/set-done': true,
  'call/start': true,
  'call/save-notes': true,
  'call/get': true,
  // A second try after a first that landed is refused ("already closed") and would read as a failure.
  'call/finish': false,
  'followup/list': true,
  'followup/set-status': true,
  'followup/reschedule': true,
  // Adds a follow-up: sent again it would plan a second one.
  'followup/plan': false,
  'settings/get': true,
  'settings/update': true,
  'data/load-samples': true,
  // Re-arms the reminder for what the restore wrote: the same after a second time.
  'backup/restored': true,
  'import/preview': true,
  'import/commit': false,
  // Sync (issue 11): discovery and status read; connecting again with the same answers stores the same account.
  'sync/discover': true,
  'sync/connect': true,
  'sync/disconnect': true,
  'sync/status': true,
  // A sync is idempotent: its progress is kept in IndexedDB and running it twice changes nothing more.
  'sync/run': true,
  // The call panel's list of calls waiting for their wrap-up: a read.
  'call/list-open': true,
};
