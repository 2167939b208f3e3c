/** The diagnostics log: where Callprep could not run and why, to read, copy into a bug report, or clear. */
import { useState } from 'preact/hooks';
import type { DiagnosticsLog } from '../../shared/protocol/diagnostics.ts';
import { DIAGNOSTICS_TEXT as T, reasonSentence } from '../shared/diagnostics-text.ts';
import { Button, ErrorBanner, SuccessBanner, useAction, useClient, useQuery } from '../shared/index.ts';
import { bugReportText } from './bug-report.ts';

interface Props {
  now?: () => number;
  /** Writes text to the clipboard; rejects when the browser refuses. */
  copy?: (text: string) => Promise<void>;
}

const writeClipboard = (text: string) => navigator.clipboard.writeText(text);

export function DiagnosticsSection({ now = Date.now, copy = writeClipboard }: Props) {
  const client = useClient();
  const log = useQuery<DiagnosticsLog>((c) => c('diagnostics/get', {}), [], T.loadWhat);
  const [status, setStatus] = useState<'copied' | 'copy-failed' | 'cleared' | null>(null);
  const clear = useAction(T.clearWhat, async () => {
    await client('diagnostics/clear', {});
    await log.refresh();
    setStatus('cleared');
  });
  if (!log.data) return <ErrorBanner message={log.error} />;
  const report = bugReportText(log.data, now());
  const onCopy = () =>
    copy(report).then(
      () => setStatus('copied'),
      // The browser refused (no focus, no permission): the text stays selectable below.
      (error: unknown) => (console.error('Callprep: copying the diagnostics failed', error), setStatus('copy-failed')),
    );

  return (
    <div class="op-diagnostics" data-testid="diagnostics">
      <p class="cp-muted">
        {T.version} {log.data.extensionVersion} · {T.browser}: {log.data.browser}
      </p>
      {log.data.sites.length === 0 ? (
        <p data-testid="diagnostics-empty">{T.empty}</p>
      ) : (
        <ul class="op-diagnostics__sites" data-testid="diagnostics-sites">
          {log.data.sites.map(({ site, problems }) => (
            <li key={site} data-testid="diagnostics-site" data-site={site}>
              <strong>{site}</strong>
              <ul>
                {problems.map((p) => (
                  <li key={p.code} data-code={p.code}>
                    {reasonSentence(p.code)} <span class="cp-muted">({p.code}, {T.times(p.count)}, {p.browser}: {p.detail})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <div class="op-diagnostics__actions">
        <Button onClick={() => void onCopy()} data-testid="diagnostics-copy">
          {T.copy}
        </Button>
        <Button variant="secondary" disabled={clear.busy || !log.data.sites.length} onClick={() => void clear.run()} data-testid="diagnostics-clear">
          {T.clear}
        </Button>
      </div>
      <SuccessBanner message={status === 'copied' ? T.copied : status === 'cleared' ? T.cleared : null} testId="diagnostics-status" />
      <ErrorBanner message={status === 'copy-failed' ? T.copyFailed : (clear.error ?? log.error)} />
      <textarea class="op-diagnostics__report" aria-label={T.title} readOnly rows={Math.min(8, report.split('\n').length + 1)} value={report} data-testid="diagnostics-report" />
    </div>
  );
}
