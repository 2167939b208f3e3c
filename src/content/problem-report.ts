/**
 * Tells the background, once per cause, that this frame could not do its work (see
 * shared/protocol/diagnostics.ts): the popup and the options page then say so. Nothing of the page
 * goes with it, only the cause and the error's name and message.
 */
import { MAX_REPORT_DETAIL, type ProblemCode } from '../shared/protocol/problem-codes.ts';
import { askBackground, isExtensionAlive } from './runtime.ts';

export interface ProblemReporter {
  report(code: ProblemCode, error: unknown): void;
}

const REPORT_TIMEOUT_MS = 5000;

/** "TypeError: x is not a function", shortened; the same for anything thrown. */
export function errorDetail(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_REPORT_DETAIL ? `${text.slice(0, MAX_REPORT_DETAIL - 1)}…` : text;
}

export function createProblemReporter(send = askBackground): ProblemReporter {
  const reported = new Set<ProblemCode>();
  return {
    report(code, error) {
      console.error(`Callprep could not run here (${code})`, error);
      // Once per cause and frame; and nothing to tell once the extension itself is gone.
      if (reported.has(code) || !isExtensionAlive()) return;
      reported.add(code);
      send('diagnostics/report', { code, detail: errorDetail(error) }, REPORT_TIMEOUT_MS).catch((sendError: unknown) =>
        // The background cannot be reached: the browser console is the only place left.
        console.error('Callprep: the problem above could not be logged', sendError),
      );
    },
  };
}
