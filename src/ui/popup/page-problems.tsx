/** "Callprep could not run on this page: …", when a frame of the active tab reported why. */
import type { LoggedProblem } from '../../shared/protocol/diagnostics.ts';
import { DIAGNOSTICS_TEXT as T, problemReason } from '../shared/diagnostics-text.ts';
import { ErrorBanner, useQuery } from '../shared/index.ts';

interface Props {
  site: string;
  /** The active tab; undefined when unknown (the popup opened as a tab with ?site=): the site's log then. */
  tabId: number | undefined;
  onDetails: () => void;
}

export function PageProblems({ site, tabId, onDetails }: Props) {
  const problems = useQuery<LoggedProblem[]>((c) => c('diagnostics/page', { hostname: site, tabId }), [site, tabId], T.loadWhat);
  const latest = problems.data?.[0];
  if (!latest) return <ErrorBanner message={problems.error} />;
  return (
    <div class="pp-problem" role="alert" data-testid="page-problem" data-code={latest.code}>
      <strong>{T.pageProblem}</strong> {problemReason(latest.code)}{' '}
      <a
        href="#diagnostics"
        onClick={(e) => {
          e.preventDefault();
          onDetails();
        }}
      >
        {T.details}
      </a>
    </div>
  );
}
