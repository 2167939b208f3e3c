/** Every string the popup and the options page show about pages where Callprep could not run. */
import { MIN_CHROME_VERSION, MIN_FIREFOX_VERSION } from '../../shared/browser-minimums.ts';
import { t, tPlural } from '../../shared/i18n/messages.ts';
import type { ProblemCode } from '../../shared/protocol/diagnostics.ts';
import type { FailureKey } from './describe-error.ts';

/** Why, in words a user can act on; read after "Callprep could not run on this page:". */
export function problemReason(code: ProblemCode): string {
  switch (code) {
    case 'marks-unsupported':
      return t('problem_marksUnsupported', MIN_CHROME_VERSION, MIN_FIREFOX_VERSION);
    case 'style-blocked':
      return t('problem_styleBlocked');
    case 'scan-failed':
      return t('problem_scanFailed');
    case 'detector-failed':
      return t('problem_detectorFailed');
    case 'start-failed':
      return t('problem_startFailed');
  }
}

/** The reason as a sentence of its own (the options page lists them without the popup's lead-in). */
export const reasonSentence = (code: ProblemCode): string => problemReason(code).replace(/^./, (c) => c.toLocaleUpperCase());

/** Read at each use (getters), so the words are those of the language the browser resolved. */
export const DIAGNOSTICS_TEXT = {
  get pageProblem() { return t('diagnosticsPageProblem'); },
  get details() { return t('diagnosticsDetails'); },
  get title() { return t('diagnosticsTitle'); },
  get intro() { return t('diagnosticsIntro'); },
  get empty() { return t('diagnosticsEmpty'); },
  get browser() { return t('diagnosticsBrowser'); },
  version: 'Callprep',
  times: (count: number) => tPlural('diagnosticsTimes', count),
  get last() { return t('diagnosticsLast'); },
  get copy() { return t('diagnosticsCopy'); },
  get copied() { return t('diagnosticsCopied'); },
  get copyFailed() { return t('diagnosticsCopyFailed'); },
  get clear() { return t('diagnosticsClear'); },
  get cleared() { return t('diagnosticsCleared'); },
  loadWhat: 'fail_readDiagnostics' as FailureKey,
  clearWhat: 'fail_clearDiagnostics' as FailureKey,
};
