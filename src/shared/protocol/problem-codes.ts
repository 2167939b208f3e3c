/**
 * What a content script may report (protocol/diagnostics.ts has the message). Apart from the
 * message's schema so the content script imports these without valibot (card-params-check.ts says why).
 */
export const PROBLEM_CODES = [
  /** The browser lacks what marks are drawn with (CSS Custom Highlight API, StaticRange). */
  'marks-unsupported',
  /** The marks' stylesheet could not be adopted: marks would be there but not painted. */
  'style-blocked',
  /** Reading or marking the page threw. */
  'scan-failed',
  /** The number detector (a lazily loaded part of the extension) did not load. */
  'detector-failed',
  /** The content script failed while starting in the page. */
  'start-failed',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Longest detail a report may carry (the background shortens what it keeps further). */
export const MAX_REPORT_DETAIL = 500;

export interface ProblemReport {
  code: ProblemCode;
  /** What went wrong in a few words: an error's name and message. */
  detail: string;
}
