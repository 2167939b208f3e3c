/**
 * Every string the popup and the options page show about pages where Callprep could not run, in one
 * place (a later change moves them into the browser's i18n).
 */
import { MIN_CHROME_VERSION, MIN_FIREFOX_VERSION } from '../../shared/browser-minimums.ts';
import type { ProblemCode } from '../../shared/protocol/diagnostics.ts';

/** Why, in words a user can act on; read after "Callprep could not run on this page:". */
export const PROBLEM_REASONS: Record<ProblemCode, string> = {
  'marks-unsupported': `this browser cannot mark text on pages. Callprep needs Chrome ${MIN_CHROME_VERSION} or Firefox ${MIN_FIREFOX_VERSION} or newer.`,
  'style-blocked': 'the page did not let Callprep add the style that makes numbers visible.',
  'scan-failed': 'reading the page for phone numbers failed.',
  'detector-failed': 'part of Callprep did not load. Reload the page; after an update of Callprep this is expected.',
  'start-failed': 'Callprep failed while starting on this page.',
};

/** The reason as a sentence of its own (the options page lists them without the popup's lead-in). */
export const reasonSentence = (code: ProblemCode): string => PROBLEM_REASONS[code].replace(/^./, (c) => c.toUpperCase());

export const DIAGNOSTICS_TEXT = {
  pageProblem: 'Callprep could not run on this page:',
  details: 'Details',
  title: 'Diagnostics',
  intro: 'Pages where Callprep could not run, and why. Only the site, the cause, the browser and an error message are kept: no page text and no numbers.',
  empty: 'Nothing to report: Callprep has run everywhere it was asked to.',
  browser: 'Browser',
  version: 'Callprep',
  times: (count: number) => (count === 1 ? 'once' : `${count} times`),
  last: 'last',
  copy: 'Copy for a bug report',
  copied: 'Copied. Paste it into your bug report.',
  copyFailed: 'Could not copy. Select the text below and copy it.',
  clear: 'Clear the log',
  cleared: 'Log cleared.',
  loadWhat: 'read the diagnostics log',
  clearWhat: 'clear the diagnostics log',
} as const;
