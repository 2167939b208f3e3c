/**
 * Diagnostics: a content script that cannot do its work on a page reports why, once per cause, and
 * the background keeps a small log per site for the popup ("Callprep could not run on this page")
 * and the options page (the log, copied into a bug report). A report carries a cause and an error's
 * name and message, never page text; the background takes the site from the sender, not from here.
 */
import * as v from 'valibot';
import { finite, nothing, oneOf, text } from '../records/fields.ts';
import { answer, message } from './define.ts';
import { MAX_REPORT_DETAIL, PROBLEM_CODES, type ProblemCode } from './problem-codes.ts';

export { MAX_REPORT_DETAIL, PROBLEM_CODES, type ProblemCode, type ProblemReport } from './problem-codes.ts';

/** One cause on one site, as logged. */
export interface LoggedProblem {
  code: ProblemCode;
  detail: string;
  /** Reports of it (at most one per page and frame). */
  count: number;
  firstAt: number;
  lastAt: number;
  /** The browser that last reported it, e.g. "Firefox 140.0". */
  browser: string;
  /** The tab it was last reported from, so the popup speaks about that tab's page only. */
  tabId?: number;
}

export interface SiteProblems {
  /** Hostname, or the kind of page for pages without one ("file", "about:blank"). */
  site: string;
  lastAt: number;
  problems: LoggedProblem[];
}

export interface DiagnosticsLog {
  /** This browser, e.g. "Chromium 156.0.7700.0". */
  browser: string;
  extensionVersion: string;
  /** Most recent first. */
  sites: SiteProblems[];
}

export const diagnosticsMessages = {
  /** A content script could not do its work on its page. */
  'diagnostics/report': message('content', v.object({ code: oneOf(PROBLEM_CODES), detail: text(MAX_REPORT_DETAIL) }), answer<{ logged: boolean }>()),
  /** The popup: problems on the active tab's site (from that tab only, when the tab is known). */
  'diagnostics/page': message('ui', v.object({ hostname: text(253), tabId: v.optional(finite) }), answer<LoggedProblem[]>()),
  /** The options page: the whole log. */
  'diagnostics/get': message('ui', nothing, answer<DiagnosticsLog>()),
  'diagnostics/clear': message('ui', nothing, answer<{ cleared: true }>()),
};
